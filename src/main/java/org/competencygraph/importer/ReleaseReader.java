package org.competencygraph.importer;

import org.competencygraph.background.JobProgress;
import org.competencygraph.framework.Framework;

/**
 * Reads the release folder of one framework into a plan, every file read and checked before anything is written.
 * One bean per framework, in the framework's own package: the pipeline finds them by injection.
 */
public interface ReleaseReader {

	/** The framework whose releases this reads. */
	Framework framework();

	/**
	 * Reads and checks the whole release.
	 *
	 * @param progress told of the files as they are read
	 * @throws InvalidFrameworkDataException when the release cannot be imported, with every problem found
	 */
	GraphPlan read(ReleaseFolder folder, JobProgress progress);

}
