package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A web page's list copied into a text file loses its bullets: the Civil Service Jobs site's "We'll assess you against
 * these behaviours during the selection process:" over "Delivering at Pace", "Working Together", ... pastes as short
 * lines, one a line. Read as they were, the first name stood alone after a blank line and was taken for a heading, and
 * the others were paragraphs of its section, no requirements.
 */
final class PastedLists {

	/** A line introducing a list: ending in a colon, no list item or table row itself. */
	private static final Pattern INTRODUCTION = Pattern.compile("^(?![-*\u2022\u00b7\u25aa\u25e6\u2013]\\s)[^\t|]*\\S:\\s*$");

	/**
	 * A short name: from a capital, up to six words, no sentence end and no colon (a "Label: value" fact), not a list
	 * item already, no table row.
	 */
	private static final Pattern NAME = Pattern.compile("^\\p{Lu}[^\t|:.;!?]*$");

	private static final Pattern ITEM = Pattern.compile("^(?:[-*\u2022\u00b7\u25aa\u25e6\u2013]|\\(?(\\d{1,3}|[a-z]|[ivx]{2,5})[.)])\\s");

	private static final int MAX_WORDS = 6;

	/** A priority heading introducing a list is short: "Essential criteria", not "Essential duties of the post". */
	private static final int MAX_PRIORITY_WORDS = 2;

	/**
	 * A longer item: from a capital, a digit or a currency sign ("€60,000 - €72,000 depending on experience", "25
	 * days' annual leave"), not ending in a colon, no table row.
	 */
	private static final Pattern LINE_ITEM = Pattern.compile("^[\\p{Lu}\\p{N}\\p{Sc}][^\t|]*[^:\\s]$");

	/** At least this many words in each longer item: short lines are a label and its value ("Location" / "York"). */
	private static final int MIN_ITEM_WORDS = 3;

	/** At least this many longer items one a line: two lines from a capital may be one sentence wrapped. */
	private static final int MIN_LINE_ITEMS = 3;

	private PastedLists() {
	}

	/**
	 * The lines with the bullets a copy lost put back: after a line ending in a colon (and at most one blank line), a
	 * run of two or more short names ({@link #NAME}), one a line with no blank line between them and a blank line
	 * (or the end) after them, are that list's items ("- "). A run that goes on into a longer line is left as it is:
	 * the short lines are then a heading's and a paragraph's. So are three or more longer lines ({@link #LINE_ITEM}, of
	 * three words or more) one a line with a blank line or the end after them, as a LinkedIn job page pastes an
	 * employer's lists under "KEY RESPONSIBILITIES:" and "WHAT WE OFFER:": read as lines, a line ending in a
	 * preposition ("... the restore tests our auditors ask for") went on into the next item, and short ones in a list
	 * of benefits ("Education assistance and paid certifications") were taken for headings of requirements.
	 */
	static List<String> asListItems(List<String> lines, ExtractionRules rules) {
		List<String> result = new ArrayList<>(lines);
		for (int i = 0; i < lines.size(); i++) {
			if (isPriorityHeading(lines.get(i).strip(), rules)) {
				priorityList(lines, i, rules, result);
				continue;
			}
			if (!INTRODUCTION.matcher(lines.get(i).strip()).matches()) {
				continue;
			}
			int from = i + 1 < lines.size() && lines.get(i + 1).isBlank() ? i + 2 : i + 1;
			int to = from;
			while (to < lines.size() && isName(lines.get(to).strip())) {
				to++;
			}
			if (to - from >= 2 && (to == lines.size() || lines.get(to).isBlank())) {
				markItems(lines, from, to, result);
				continue;
			}
			to = from;
			while (to < lines.size() && isLineItem(lines.get(to).strip())) {
				to++;
			}
			if (to - from >= MIN_LINE_ITEMS && (to == lines.size() || lines.get(to).isBlank())) {
				markItems(lines, from, to, result);
			}
		}
		return result;
	}

	/**
	 * A priority alone on its line, no colon ("Essential criteria", "Desirable criteria", "Desirable"), as the NHS Jobs
	 * site's person specification pastes each group's two lists: it introduces a list as a line ending in a colon
	 * does. Its short names ("Cisco CCNA certification" / "ITIL Foundation certificate") were taken for headings of no
	 * known section and their criteria lost.
	 */
	private static boolean isPriorityHeading(String line, ExtractionRules rules) {
		return NAME.matcher(line).matches() && line.split("\\s+").length <= MAX_PRIORITY_WORDS
				&& rules.priorityHeading(line) != null;
	}

	/**
	 * The short names after a priority heading ({@link #isPriorityHeading}): one or more (the heading says criteria
	 * follow), ending at a blank line, the end, or the next priority heading ("Desirable criteria" after the
	 * essential list); a run going on into a longer line is left as it is.
	 */
	private static void priorityList(List<String> lines, int at, ExtractionRules rules, List<String> result) {
		int to = at + 1;
		// Lines in a tab's cells are a table's layout (a person specification pasted from Word: "Essential" over
		// "\tOur values", a group row over its numbered criteria), read by the table rules.
		while (to < lines.size() && isName(lines.get(to).strip()) && !lines.get(to).contains("\t")
				&& !isPriorityHeading(lines.get(to).strip(), rules)) {
			to++;
		}
		if (to > at + 1 && (to == lines.size() || lines.get(to).isBlank()
				|| isPriorityHeading(lines.get(to).strip(), rules))) {
			markItems(lines, at + 1, to, result);
		}
	}

	/** The lines from {@code from} up to {@code to} as list items ("- "), the bullets the copy lost put back. */
	private static void markItems(List<String> lines, int from, int to, List<String> result) {
		for (int j = from; j < to; j++) {
			result.set(j, "- " + lines.get(j).strip());
		}
	}

	private static boolean isLineItem(String line) {
		return LINE_ITEM.matcher(line).matches() && !ITEM.matcher(line).find()
				&& line.split("\\s+").length >= MIN_ITEM_WORDS;
	}

	private static boolean isName(String line) {
		return NAME.matcher(line).matches() && !ITEM.matcher(line).find() && line.split("\\s+").length <= MAX_WORDS;
	}

}
