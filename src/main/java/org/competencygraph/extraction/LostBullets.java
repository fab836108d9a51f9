package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list whose bullets were lost, read as one paragraph: a PDF's table cell (of jobs set side by side,
 * {@link SideBySideJobs}) comes out of a text extraction as
 * "Participate in the build ... of IT infrastructure Maintain and support IT infrastructure ... Troubleshoot and manage
 * escalations Monitor performance and make recommendations", its items told apart only by a capital where no
 * sentence begins. Such a line is split into list items before each verb opening a duty ({@code duties}) or word
 * opening a criterion ({@code runOnItems}) that stands capitalised right after a word ending in a small letter or
 * a closing parenthesis, when that gives enough items of enough words; otherwise it stays as it is. A word between
 * two capitalised words stands in a name ("the Acceptable Use Policy") and opens none.
 */
final class LostBullets {

	/**
	 * A capitalised word after a word ending in a small letter or a parenthesis and a space, no punctuation between;
	 * not after a word that a name follows ("the Minimum Information Security Standards", "of Conduct").
	 */
	private static final Pattern CAPITAL_AFTER_WORD = Pattern.compile(
			"(?<=[\\p{Ll})])(?<!\\b(?i:the|a|an|of|and|or|to|for|in|on|at|by|with|from|as))\\s+(\\p{Lu}\\p{Ll}+)\\b");

	/** A capitalised word closing the text before a word, and one opening the text after it: a name's words. */
	private static final Pattern WORD_BEFORE = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\s+$");

	private static final Pattern WORD_AFTER = Pattern.compile("\\s+\\p{Lu}\\p{Ll}+\\b");

	private final ExtractionRules rules;

	private final Set<String> criterionWords;

	LostBullets(ExtractionRules rules) {
		this.rules = rules;
		this.criterionWords = rules.runOnItems().criterionWords().stream().map(o -> o.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	/**
	 * @return the line's items, each as a list item ("- Maintain and support ..."), or the line itself in a list of
	 *     one when it is no list whose bullets were lost
	 */
	List<String> items(String line) {
		String text = line.strip();
		List<Integer> starts = new ArrayList<>(List.of(0));
		Matcher matcher = CAPITAL_AFTER_WORD.matcher(text);
		while (matcher.find()) {
			if (opens(matcher.group(1)) && !withinName(text, matcher.start(1), matcher.end(1))
					&& words(text.substring(starts.getLast(), matcher.start(1))) >= this.rules.runOnItems().minWords()) {
				starts.add(matcher.start(1));
			}
		}
		// A short last piece stays with the item before it.
		if (starts.size() > 1 && words(text.substring(starts.getLast())) < this.rules.runOnItems().minWords()) {
			starts.removeLast();
		}
		if (starts.size() < this.rules.runOnItems().minItems()) {
			return List.of(line);
		}
		List<String> items = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			items.add("- " + text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()).strip());
		}
		return items;
	}

	/**
	 * Whether the word stands inside a name, between two capitalised words ("the Acceptable Use Policy"): a verb there
	 * opens no item.
	 */
	private static boolean withinName(String text, int start, int end) {
		return WORD_BEFORE.matcher(text.substring(0, start)).find() && WORD_AFTER.matcher(text.substring(end)).lookingAt();
	}

	private boolean opens(String word) {
		return this.rules.isDutyVerb(word) || this.criterionWords.contains(word.toLowerCase(Locale.ROOT));
	}

	private static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}

}
