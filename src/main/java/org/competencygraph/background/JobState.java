package org.competencygraph.background;

/** Where a background job is in its life. */
public enum JobState {

	/** Started and waiting for its thread. */
	QUEUED,

	/** Running. */
	RUNNING,

	/** Finished; its report is available. */
	SUCCEEDED,

	/** Stopped by a problem, named in its errors; what it committed before stays. */
	FAILED;

	public boolean finished() {
		return this == SUCCEEDED || this == FAILED;
	}

}
