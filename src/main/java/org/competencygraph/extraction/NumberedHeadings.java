package org.competencygraph.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Numbered headings ("2. Key result areas", "2.1 People on site get a fast fix"), told apart from the items of a
 * numbered list by their neighbours: a list's item has the item before or after it next to it ("1." then "2."), a
 * heading has a paragraph, a list of another kind or a number of another depth. A heading's number gives its depth
 * (one number a section, two a sub-heading), so that the reader handles it as a Markdown heading of that depth.
 * Numbered criteria in a table's cells, each over its "Application form" cell, are never headings.
 */
final class NumberedHeadings {

	/** One or two numbers ("2.", "2)", "2.1", "2.1."), then words from a capital. */
	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})(?:\\.(\\d{1,2}))?[.)]?\\s+(\\p{Lu}.*)$");

	/** At most this many words: a heading names a section, a longer line says something. */
	private static final int MAX_WORDS = 8;

	private NumberedHeadings() {
	}

	/**
	 * The line at {@code index} as a Markdown heading ("# Key result areas", "## People on site ...") when it is a
	 * numbered heading, else null.
	 */
	static @Nullable String asMarkdown(List<String> lines, int index) {
		String line = lines.get(index).strip();
		int[] numbers = numbers(line);
		// A numbered line in a table's cell (tab-separated) is a criterion of the table, whatever its neighbours.
		if (numbers == null || lines.get(index).indexOf('\t') >= 0) {
			return null;
		}
		Matcher matcher = NUMBERED.matcher(line);
		matcher.matches();
		String text = matcher.group(3).strip();
		// "3. Education, Training, Experience, etc.": a closing "etc." is no sentence end.
		String words = text.replaceAll("[:\\s]+$", "").replaceAll(",?\\s+etc\\.$", "");
		if (words.split("\\s+").length > MAX_WORDS || words.matches(".*[.;!,]$")
				|| words.matches("(?i).*\\b(of|in|to|with|for|on|and|or|the|a|an|including|such as)$")) {
			return null;
		}
		int[] before = numbers(neighbour(lines, index, -1));
		int[] after = numbers(neighbour(lines, index, 1));
		if (follows(before, numbers) || follows(numbers, after)) {
			return null;
		}
		return "#".repeat(numbers.length) + " " + words;
	}

	/** Whether {@code next} is the number after {@code first} at the same depth ("1." then "2.", "2.1" then "2.2"). */
	private static boolean follows(int @Nullable [] first, int @Nullable [] next) {
		if (first == null || next == null || first.length != next.length) {
			return false;
		}
		int last = first.length - 1;
		return next[last] == first[last] + 1 && (last == 0 || next[0] == first[0]);
	}

	private static int @Nullable [] numbers(@Nullable String line) {
		if (line == null) {
			return null;
		}
		Matcher matcher = NUMBERED.matcher(line.strip());
		if (!matcher.matches()) {
			return null;
		}
		return matcher.group(2) == null ? new int[] { Integer.parseInt(matcher.group(1)) }
				: new int[] { Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)) };
	}

	/** The nearest line that is not blank in the given direction, or null. */
	private static @Nullable String neighbour(List<String> lines, int index, int step) {
		for (int i = index + step; i >= 0 && i < lines.size(); i += step) {
			if (!lines.get(i).isBlank()) {
				return lines.get(i);
			}
		}
		return null;
	}

}
