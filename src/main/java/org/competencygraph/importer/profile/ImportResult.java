package org.competencygraph.importer.profile;

/**
 * What importing one job-profile file changed.
 *
 * @param fileName the file
 * @param jobsCreated jobs that did not exist before
 * @param jobsUpdated jobs that existed and were replaced by the file's version
 * @param capabilitiesCreated capabilities that did not exist before
 * @param requirements {@code REQUIRES} relationships the file's jobs now have (inherited ones included)
 * @param careerLinks {@code PROGRESSES_TO} relationships the file's jobs now have
 */
public record ImportResult(String fileName, int jobsCreated, int jobsUpdated, int capabilitiesCreated,
		int requirements, int careerLinks) {

	@Override
	public String toString() {
		return "%s: %d jobs created, %d updated, %d new capabilities, %d requirements, %d career links"
			.formatted(this.fileName, this.jobsCreated, this.jobsUpdated, this.capabilitiesCreated, this.requirements,
					this.careerLinks);
	}

}
