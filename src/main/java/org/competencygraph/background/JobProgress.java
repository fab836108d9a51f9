package org.competencygraph.background;

/**
 * What a background job's work reports while it runs: the stage it is in and how far it got. Called from the
 * job's own thread; cheap enough to call once per batch or per file.
 */
public interface JobProgress {

	/** Work that reports nothing, for callers that run it outside a job (tests, benchmarks). */
	JobProgress NONE = new JobProgress() {

		@Override
		public void stage(String description, long total) {
		}

		@Override
		public void advance(long done) {
		}

	};

	/**
	 * Starts a new stage, ending the one before.
	 * @param description what is being done, e.g. {@code writing 13,896 skills from skills_en.csv}
	 * @param total how many units the stage has, or 0 when not known in advance
	 */
	void stage(String description, long total);

	/** Adds {@code done} units to the current stage. */
	void advance(long done);

}
