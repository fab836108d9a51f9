package org.competencygraph.importer.profile;

import java.util.function.ToLongFunction;

import org.competencygraph.importer.ImportReport.FileReport;
import org.competencygraph.importer.ImportReport.WriteCount;

/**
 * What importing one job-profile file changed, as the GraphQL type {@code ImportedFile} and the {@code import}
 * command show it: the report of the file read through the targets {@link JobProfileWriter} writes.
 *
 * @param jobsCreated jobs that did not exist before
 * @param jobsUpdated jobs that existed and were replaced by the file's version
 * @param capabilitiesCreated capabilities that did not exist before
 * @param requirements {@code REQUIRES} relationships the file's jobs now have (inherited ones included)
 * @param careerLinks {@code PROGRESSES_TO} relationships the file's jobs now have
 * @param duties duties the file's jobs now have
 * @param dutiesRemoved duties the file's jobs had and no longer have
 */
record ImportedFile(String name, int jobsCreated, int jobsUpdated, int capabilitiesCreated, int requirements,
		int careerLinks, int duties, int dutiesRemoved) {

	static ImportedFile of(FileReport file) {
		return new ImportedFile(file.file(), count(file, JobProfileWriter.JOBS, WriteCount::created),
				count(file, JobProfileWriter.JOBS, WriteCount::updated),
				count(file, JobProfileWriter.CAPABILITIES, WriteCount::created),
				count(file, JobProfileWriter.REQUIREMENTS, WriteCount::created),
				count(file, JobProfileWriter.CAREER_LINKS, WriteCount::created),
				count(file, JobProfileWriter.DUTIES, w -> w.created() + w.updated() + w.unchanged()),
				count(file, JobProfileWriter.DUTIES, WriteCount::removed));
	}

	/** The command's line, e.g. {@code a.yaml: 2 jobs created, 0 updated, 1 new capabilities, ...}. */
	String describe() {
		return "%s: %d jobs created, %d updated, %d new capabilities, %d requirements, %d career links, %d duties"
			.formatted(this.name, this.jobsCreated, this.jobsUpdated, this.capabilitiesCreated, this.requirements,
					this.careerLinks, this.duties)
				+ (this.dutiesRemoved == 0 ? "" : " (%d removed)".formatted(this.dutiesRemoved));
	}

	private static int count(FileReport file, String target, ToLongFunction<WriteCount> count) {
		return Math.toIntExact(file.writes()
			.stream()
			.filter(write -> write.target().equals(target))
			.mapToLong(count)
			.sum());
	}

}
