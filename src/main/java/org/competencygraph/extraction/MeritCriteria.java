package org.competencygraph.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement of merit criteria codes each criterion by its kind and number ("ED1 Successful completion of ...", "EX2
 * Experience ...", "AEX1" an asset's, "K3 Knowledge ...", "A1 Ability ...", "PS2 Judgement"), as Canadian public
 * service posters and other selection processes do so that applicants can answer criterion by criterion. The code is
 * the criterion's list marker, as a bullet or a number is, and not part of its words: left in, "PS3 Reliability" was
 * matched by its code's letters and "A1 Ability to write scripts ..." proposed as a capability named "a1-ability...".
 */
final class MeritCriteria {

	/** A code at the start of a line: one to four capitals and a number, before a criterion starting in capitals. */
	private static final Pattern CODE = Pattern.compile("^(\\s*)([A-Z]{1,4})(\\d{1,2})[.):]?\\s+(?=[A-Z(])");

	/** A definition of a term the criteria use: "Significant experience is defined as ...". */
	private static final Pattern DEFINITION = Pattern.compile("^(\\p{L}[\\p{L} -]{2,40}?)\\s+(?:is|are)\\s+defined\\s+as\\b.*");

	/**
	 * A definition by how recent ("Recent experience is defined as experience acquired within the last five years"):
	 * its years are no level.
	 */
	private static final Pattern RECENCY = Pattern.compile("(?i)\\b(?:within|in|during|over)\\s+the\\s+(?:last|past|previous)\\b");

	/** At least this many coded lines, and one code's letters with two numbers or more, make a coded list. */
	private static final int CODED_LINES = 3;

	private MeritCriteria() {
	}

	/**
	 * The lines with each criterion's code made a list marker ("- "), when the document codes its criteria: a coded
	 * series ("EX1", "EX2", ...) among at least three coded lines. A lone line starting like a code ("L2 Windows &
	 * VMware Engineer", a title) is left as it is.
	 */
	static List<String> asListItems(List<String> lines) {
		Map<String, Set<String>> numbers = new HashMap<>();
		int coded = 0;
		for (String line : lines) {
			Matcher code = CODE.matcher(line);
			if (code.find()) {
				numbers.computeIfAbsent(code.group(2), letters -> new HashSet<>()).add(code.group(3));
				coded++;
			}
		}
		if (coded < CODED_LINES || numbers.values().stream().noneMatch(series -> series.size() >= 2)) {
			return lines;
		}
		return lines.stream().map(line -> CODE.matcher(line).replaceFirst("$1- ")).toList();
	}

	/**
	 * Gives each sentence using a term the document defines ("Significant experience is defined as the depth and
	 * breadth of experience normally associated with ... approximately two (2) years") that definition, so that its
	 * years are the level of "EX1 Significant experience installing ... servers"; the definition itself is a note
	 * (rules.yaml, "definitions"), no requirement.
	 */
	static UnaryOperator<Passage> definitions(List<Passage> passages) {
		Map<String, String> defined = new HashMap<>();
		for (Passage passage : passages) {
			Matcher definition = DEFINITION.matcher(passage.text());
			if (definition.matches() && !RECENCY.matcher(passage.text()).find()) {
				defined.putIfAbsent(ExtractionRules.lower(definition.group(1).strip()), passage.text());
			}
		}
		return passage -> {
			String text = ExtractionRules.lower(passage.text());
			for (Map.Entry<String, String> term : defined.entrySet()) {
				if (!passage.text().equals(term.getValue()) && ExtractionRules.indexOf(text, term.getKey(), 0) >= 0) {
					return passage.withDefinition(term.getValue());
				}
			}
			return passage;
		};
	}

}
