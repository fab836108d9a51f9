package org.competencygraph.background;

import java.util.List;

/**
 * An expected failure of a job's work, e.g. a release with missing files: its problems are shown to the caller
 * as they are. Any other exception is reported as an internal error without its message, which may name server
 * internals; the log has the details.
 */
public interface JobFailure {

	/** What is wrong, each in words for the user, e.g. {@code Skills.txt, line 12: 3 columns, expected 6}. */
	List<String> problems();

}
