package org.competencygraph.importer.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A job-profile file that breaks the format. Its message names the file and, for every problem, the field path
 * or line where it is; nothing from the file was written.
 */
public class InvalidJobProfileException extends RuntimeException {

	private final String fileName;

	private final List<String> problems;

	InvalidJobProfileException(String fileName, List<String> problems) {
		super(fileName + " was not imported, nothing was changed: "
				+ problems.stream().collect(Collectors.joining("; ")));
		this.fileName = fileName;
		this.problems = List.copyOf(problems);
	}

	public String fileName() {
		return this.fileName;
	}

	/** Each problem as "where: what", e.g. {@code jobs[0].requirements[2].priority: must be essential or desirable}. */
	public List<String> problems() {
		return this.problems;
	}

}
