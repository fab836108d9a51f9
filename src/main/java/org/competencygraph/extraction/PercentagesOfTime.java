package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A US state or county government's duty statement weighs each duty by the share of the position's time it takes
 * ("35%  Administers, configures and maintains ...", the percentage at the start of the line or in a column of its
 * own), under "Essential Functions" and "Marginal Functions". The percentage is the duty's list marker, as a bullet
 * is, and not part of its words: left in, the first duty ran on with its percentage ("35% Administers ...") and the
 * others' percentages, read as a row's label, became sub-headings ("Essential Functions / 20%"). The column headings
 * over the percentages ("Percentage of Time | Duties", which a PDF's narrow column may give as two broken lines) are
 * no heading of the duties.
 */
final class PercentagesOfTime {

	/** A percentage of time opening a line ("40%", "5 %", "10-15%"), before a duty starting in capitals. */
	private static final Pattern WEIGHT = Pattern.compile("^(\\s*)\\d{1,3}(?:\\.\\d)?\\s?%(?:\\s*[-\u2013]\\s*\\d{1,3}\\s?%)?[\\t ]+(?=[A-Z])");

	/** At least this many weighted lines make a document weigh its duties. */
	private static final int WEIGHTED_LINES = 2;

	/** The column headings over the first weighted line: at most this many short lines. */
	private static final int HEADER_LINES = 3;

	private static final int HEADER_WORDS = 4;

	private PercentagesOfTime() {
	}

	/**
	 * The lines with each duty's percentage made a list marker ("- "), when at least two lines open with one, and the
	 * column headings just above the first of them left out: short lines from one naming the weight's column
	 * ({@code tableColumns.weight}: "Percentage of Time", "% of Time") down to the first duty.
	 */
	static List<String> asListItems(List<String> lines, ExtractionRules rules) {
		int first = -1;
		int weighted = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (WEIGHT.matcher(lines.get(i)).find()) {
				weighted++;
				first = first < 0 ? i : first;
			}
		}
		if (weighted < WEIGHTED_LINES) {
			return lines;
		}
		List<String> words = rules.tableColumns().getOrDefault("weight", List.of());
		int header = first;
		for (int i = first - 1; i >= 0 && first - i <= HEADER_LINES && isShort(lines.get(i)); i--) {
			String lower = ExtractionRules.lower(lines.get(i).replace('\t', ' '));
			if (lower.contains("%") || ExtractionRules.anyOf(lower, words) != null) {
				header = i;
			}
		}
		List<String> items = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (i < header || i >= first) {
				items.add(WEIGHT.matcher(lines.get(i)).replaceFirst("$1- "));
			}
		}
		return items;
	}

	/** A line of a few words, no sentence: a column heading or a piece of one. */
	private static boolean isShort(String line) {
		String stripped = line.strip();
		return !stripped.isEmpty() && stripped.split("\\s+").length <= HEADER_WORDS && !stripped.matches(".*[.;:]$");
	}

}
