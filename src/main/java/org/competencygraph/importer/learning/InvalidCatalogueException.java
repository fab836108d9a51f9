package org.competencygraph.importer.learning;

import java.util.List;

/**
 * A catalogue file that cannot be imported. Every problem names the file and where in it (line and field, or field
 * path), e.g. {@code courses.csv: line 7, field 'hours': must be a number}; nothing from the file was written.
 */
public class InvalidCatalogueException extends RuntimeException {

	private final String fileName;

	private final List<String> problems;

	InvalidCatalogueException(String fileName, List<String> problems) {
		super(fileName + " was not imported, nothing was changed: " + String.join("; ", problems));
		this.fileName = fileName;
		this.problems = List.copyOf(problems);
	}

	public String fileName() {
		return this.fileName;
	}

	public List<String> problems() {
		return this.problems;
	}

}
