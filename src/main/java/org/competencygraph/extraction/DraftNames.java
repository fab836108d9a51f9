package org.competencygraph.extraction;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** How the draft names what the document does not name in the form the format wants: ids and titles. */
final class DraftNames {

	private DraftNames() {
	}

	/** Words a title keeps in lower case when not its first. */
	private static final List<String> SMALL_WORDS = List.of("of", "and", "the", "for", "to", "in", "on", "a", "an");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

	/**
	 * ALL-CAPS titles in title case: a word of three letters or fewer kept in capitals (IT, ICT, "(ICT"), unless it is
	 * part of a hyphenated word ("End-User"); small words in lower case after the first.
	 */
	static String titleCase(String text) {
		if (!text.equals(text.toUpperCase(Locale.ROOT))) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		for (String word : text.split(" ")) {
			String lower = word.toLowerCase(Locale.ROOT);
			List<String> runs = LETTERS.matcher(word).results().map(MatchResult::group).toList();
			String written;
			if (!out.isEmpty() && SMALL_WORDS.contains(lower)) {
				written = lower;
			}
			else if (runs.size() == 1 && runs.getFirst().length() <= 3) {
				written = word;
			}
			else {
				written = LETTERS.matcher(lower)
					.replaceAll(run -> Character.toUpperCase(run.group().charAt(0)) + run.group().substring(1));
			}
			out.append(out.isEmpty() ? "" : " ").append(written);
		}
		return out.toString();
	}

	/**
	 * The noun phrase of a qualification in a requirement's words, closed by one of {@code ends} ("licence") and
	 * opened after the last of {@code stops} (articles, verbs such as "hold" or "need", punctuation) before it; null
	 * when no such noun stands in the words or the phrase would be the noun alone.
	 */
	static @Nullable String nounPhrase(String words, ExtractionRules.ProposalNames names) {
		String[] tokens = words.split("\\s+");
		for (int end = 0; end < tokens.length; end++) {
			String word = tokens[end].toLowerCase(Locale.ROOT).replaceAll("[^a-z']", "");
			if (!names.nounPhraseEnds().contains(word)) {
				continue;
			}
			int start = end;
			while (start > 0 && !tokens[start - 1].matches(".*[,.;:()]")
					&& !names.stops().contains(tokens[start - 1].toLowerCase(Locale.ROOT))) {
				start--;
			}
			if (start == end) {
				return null;
			}
			String phrase = String.join(" ", List.of(tokens).subList(start, end + 1)).replaceAll("[,.;:]+$", "");
			return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
		}
		return null;
	}

	static String slug(String text, int max) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > max) {
			slug = slug.substring(0, max).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "x" : slug;
	}

}
