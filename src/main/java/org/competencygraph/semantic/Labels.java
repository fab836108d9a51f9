package org.competencygraph.semantic;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Labels compared as words: the one normal form of names, aliases and query texts for lexical matching. */
public final class Labels {

	private Labels() {
	}

	/** Lower case, accents, apostrophes and punctuation removed ({@code +} and {@code #} kept: C++, C#), & as and. */
	public static String normalise(String text) {
		// Most labels are plain ASCII: one pass gives the same words. The general rules took a visible share of a
		// job description's matching, which normalises every name and alias of the capabilities found by their words.
		String ascii = ascii(text);
		return ascii != null ? ascii : byRules(text);
	}

	/** The normal form by its rules: accents taken off (NFD), then the replacements in order. */
	static String byRules(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replace("'", "")
			.replace("\u2019", "")
			.replaceAll("[^a-z0-9+#]+", " ")
			.strip();
	}

	/**
	 * As {@link #byRules} for a text of ASCII characters only (which NFD leaves as they are), in one pass; null for
	 * any other text.
	 */
	private static @Nullable String ascii(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		boolean gap = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				return null;
			}
			if (c >= 'A' && c <= 'Z') {
				c = (char) (c + ('a' - 'A'));
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#') {
				if (gap && !out.isEmpty()) {
					out.append(' ');
				}
				gap = false;
				out.append(c);
			}
			else if (c == '&') {
				if (!out.isEmpty()) {
					out.append(' ');
				}
				out.append("and");
				gap = true;
			}
			else if (c != '\'') {
				// An apostrophe is dropped and joins what it separates ("manager's"); anything else separates words.
				gap = true;
			}
		}
		return out.toString();
	}

	/** The distinct words of a normalised label. */
	public static Set<String> words(String normalised) {
		return normalised.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(normalised.split(" ")));
	}

	/** Shared words over all words of the two (Jaccard), 0-1. */
	public static double overlap(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int shared = 0;
		for (String word : a) {
			if (b.contains(word)) {
				shared++;
			}
		}
		return shared / (double) (a.size() + b.size() - shared);
	}

}
