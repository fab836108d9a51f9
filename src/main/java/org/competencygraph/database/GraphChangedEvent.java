package org.competencygraph.database;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Published after the application has committed a write to the graph (a job-profile import, a framework import,
 * a linking run), so that read models built from the graph can update. Listeners run in the publisher's thread
 * after the commit, so a caller that gets the writer's answer can read its own write.
 *
 * @param cause what changed, for logs (e.g. {@code job-profile import service-desk.yaml})
 * @param jobIds when the write touched only these jobs (their properties, requirements, career links) and the
 * capabilities below, so that a read model may update just them; null when anything may have changed
 * @param capabilityIds the capabilities the write created or changed, with {@code jobIds}
 */
public record GraphChangedEvent(String cause, @Nullable Set<String> jobIds, @Nullable Set<String> capabilityIds) {

	/** A write that may have changed anything. */
	public static GraphChangedEvent anything(String cause) {
		return new GraphChangedEvent(cause, null, null);
	}

	/** A write that touched only these jobs and capabilities. */
	public static GraphChangedEvent of(String cause, Set<String> jobIds, Set<String> capabilityIds) {
		return new GraphChangedEvent(cause, Set.copyOf(jobIds), Set.copyOf(capabilityIds));
	}

	public boolean scoped() {
		return this.jobIds != null && this.capabilityIds != null;
	}

}
