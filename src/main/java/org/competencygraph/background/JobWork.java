package org.competencygraph.background;

/** The work of a background job: it reports its progress and returns its report. */
@FunctionalInterface
public interface JobWork {

	/**
	 * Does the work on the job's thread.
	 * @return the report the job ends with, shown by the feature that started it
	 * @throws Exception a {@link JobFailure} for an expected failure, shown as it is; anything else is an internal
	 * error
	 */
	Object run(JobProgress progress) throws Exception;

}
