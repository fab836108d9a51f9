package org.competencygraph.importer;

/**
 * How far an import is, for whoever shows it: one stage at a time (reading the release's files, then writing the
 * nodes or relationships of each file), each with the units it has to do and the units done so far. The pipeline
 * calls it one call at a time, also from its parallel work, so an implementation need not be thread-safe.
 */
public interface ImportProgress {

	/** Tells nobody. */
	ImportProgress NONE = new ImportProgress() {

		@Override
		public void stage(String description, long total) {
		}

		@Override
		public void advance(long done) {
		}

	};

	/**
	 * A stage begins, and the one before it is over.
	 *
	 * @param description what the stage does, e.g. {@code esco: (:Job:Occupation) from occupations_en.csv}
	 * @param total the units the stage has to do (files read, rows written), 0 when it has none
	 */
	void stage(String description, long total);

	/** {@code done} more units of the current stage are done (files read, rows committed or found unchanged). */
	void advance(long done);

}
