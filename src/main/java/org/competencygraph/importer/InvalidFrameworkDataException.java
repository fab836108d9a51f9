package org.competencygraph.importer;

import java.util.List;
import java.util.stream.Collectors;

import org.competencygraph.background.JobFailure;
import org.competencygraph.framework.Framework;

/**
 * A release folder that cannot be imported: a required file is missing, or a file is truncated, garbled or not
 * in the expected layout. Every problem names the file and, where it applies, the line. Nothing was written.
 */
public class InvalidFrameworkDataException extends RuntimeException implements JobFailure {

	private static final int MAX_IN_MESSAGE = 10;

	private final Framework framework;

	private final List<String> problems;

	public InvalidFrameworkDataException(Framework framework, String directory, List<String> problems) {
		super(framework.displayName() + " data in " + directory + " was not imported, nothing was changed: "
				+ problems.stream().limit(MAX_IN_MESSAGE).collect(Collectors.joining("; "))
				+ (problems.size() > MAX_IN_MESSAGE ? "; and " + (problems.size() - MAX_IN_MESSAGE) + " more" : ""));
		this.framework = framework;
		this.problems = List.copyOf(problems);
	}

	public Framework framework() {
		return this.framework;
	}

	/** Each problem as "file, line N: what is wrong". */
	@Override
	public List<String> problems() {
		return this.problems;
	}

}
