package org.competencygraph.capability;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.competencygraph.api.InvalidArgumentException;

/**
 * Turns what a user types into a Lucene query for Neo4j's full-text indexes: every word must match, as a whole
 * word (ranked higher) or as the start of a word. Lucene syntax typed by the user is treated as plain text.
 */
public final class FullText {

	private static final int MAX_LENGTH = 200;

	private FullText() {
	}

	public static String query(String argument, String text) {
		if (text.length() > MAX_LENGTH) {
			throw new InvalidArgumentException(argument, "must be at most " + MAX_LENGTH + " characters");
		}
		String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty())
			.toArray(String[]::new);
		if (words.length == 0) {
			throw new InvalidArgumentException(argument, "must contain at least one letter or digit");
		}
		return Arrays.stream(words).map(w -> "(" + w + "^2 OR " + w + "*)").collect(Collectors.joining(" AND "));
	}

}
