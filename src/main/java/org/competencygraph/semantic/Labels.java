package org.competencygraph.semantic;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Labels compared as words: the one normal form of names, aliases and query texts for lexical matching. */
public final class Labels {

	private Labels() {
	}

	/** Lower case, accents, apostrophes and punctuation removed ({@code +} and {@code #} kept: C++, C#), & as and. */
	public static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replace("'", "")
			.replace("\u2019", "")
			.replaceAll("[^a-z0-9+#]+", " ")
			.strip();
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
