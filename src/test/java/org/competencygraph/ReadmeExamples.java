package org.competencygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The GraphQL examples of a README section, as users copy them: tests run them as written. */
public final class ReadmeExamples {

	private ReadmeExamples() {
	}

	/**
	 * The operations of the first ```graphql block of the section with this heading (e.g. "## Training plans"):
	 * each top-level {...}, comments left out.
	 */
	public static List<String> graphQl(String heading) {
		String readme;
		try {
			readme = Files.readString(Path.of("README.md"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int at = readme.indexOf(heading + "\n");
		if (at < 0) {
			throw new IllegalArgumentException("README.md has no section '" + heading + "'");
		}
		String section = readme.substring(at);
		int next = section.indexOf("\n## ", heading.length());
		section = next < 0 ? section : section.substring(0, next);
		int open = section.indexOf("```graphql\n") + "```graphql\n".length();
		String block = section.substring(open, section.indexOf("```", open)).replaceAll("(?m)#.*$", "");
		List<String> operations = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < block.length(); i++) {
			if (block.charAt(i) == '{' && depth++ == 0) {
				start = i;
			}
			else if (block.charAt(i) == '}' && --depth == 0) {
				operations.add(block.substring(start, i + 1));
			}
		}
		return operations;
	}

}
