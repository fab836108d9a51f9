package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading in capitals that runs into its text on one line, as the common US human resources template prints its
 * duties ("ESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned.") and some
 * templates their other sections ("QUALIFICATIONS To perform this job successfully, ..."). Read whole, the line is a
 * sentence, no heading: the duties under it went on under the summary above and were read as its context. The
 * capitals naming a section the vocabularies know become a heading of their own; words going on in lower case after
 * two or more such words finish the heading's phrase ("include the following.") and are left out; a sentence after
 * them, or one opening in a capital, is a line of its own.
 */
final class RunInHeadings {

	/** Words in capitals ("and/or" between them allowed), then the text, opening with a letter. */
	private static final Pattern RUN_IN = Pattern.compile(
			"^(\\p{Lu}[\\p{Lu}/&'-]*(?:,?\\s+(?:and/or|and|or|of|&|\\p{Lu}[\\p{Lu}/&'-]*))*)\\s+(\\p{L}.*\\p{Ll}.*)$");

	/** The end of the heading's phrase going on in lower case: its first sentence end, or a colon. */
	private static final Pattern PHRASE_END = Pattern.compile("[.:]\\s+|[.:]$");

	private RunInHeadings() {
	}

	/** The lines with each heading in capitals run into its text on a line of its own, its text after it. */
	static List<String> separated(List<String> lines, ExtractionRules rules) {
		List<String> separated = new ArrayList<>(lines.size());
		for (String line : lines) {
			Matcher runIn = RUN_IN.matcher(line.strip());
			if (!runIn.matches() || rules.sectionKind(runIn.group(1)) == null || isCapitals(runIn.group(2))
					|| (!runIn.group(1).contains(" ") && !Character.isUpperCase(runIn.group(2).charAt(0)))) {
				// One word in capitals before lower case may be a sentence's emphasis ("EXPERIENCE is essential").
				separated.add(line);
				continue;
			}
			separated.add(runIn.group(1));
			String text = runIn.group(2);
			if (Character.isLowerCase(text.charAt(0))) {
				Matcher end = PHRASE_END.matcher(text);
				text = end.find() ? text.substring(end.end()) : "";
			}
			if (!text.isBlank()) {
				separated.add(text.strip());
			}
		}
		return separated;
	}

	/** The word after the capitals in capitals too ("IT SUPPORT Team"): the capitals ran on, no text follows. */
	private static boolean isCapitals(String text) {
		String first = text.split("\\s+")[0];
		return first.length() > 1 && first.equals(first.toUpperCase(java.util.Locale.ROOT));
	}

}
