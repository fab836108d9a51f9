package org.competencygraph.database;

import java.util.Set;

/**
 * Published after the application has committed a write to the graph (a job-profile import, a framework import,
 * a linking run), so that read models built from the graph can update. Listeners run in the publisher's thread
 * after the commit, so a caller that gets the writer's answer can read its own write. What changed decides how
 * much a read model must read again: {@link Anything} or only some {@link JobsChanged jobs}.
 */
public sealed interface GraphChangedEvent {

	/** What changed, for logs (e.g. {@code job-profile import service-desk.yaml}). */
	String cause();

	/** A write that may have changed anything. */
	static GraphChangedEvent anything(String cause) {
		return new Anything(cause);
	}

	/** A write that touched only these jobs and capabilities. */
	static GraphChangedEvent of(String cause, Set<String> jobIds, Set<String> capabilityIds) {
		return new JobsChanged(cause, jobIds, capabilityIds);
	}

	/** A write that may have changed anything: read models read the whole graph again. */
	record Anything(String cause) implements GraphChangedEvent {
	}

	/**
	 * A write that touched only these jobs (their properties, requirements, career links) and created or changed
	 * only these capabilities, so that a read model may update just them.
	 */
	record JobsChanged(String cause, Set<String> jobIds, Set<String> capabilityIds) implements GraphChangedEvent {

		public JobsChanged {
			jobIds = Set.copyOf(jobIds);
			capabilityIds = Set.copyOf(capabilityIds);
		}

	}

}
