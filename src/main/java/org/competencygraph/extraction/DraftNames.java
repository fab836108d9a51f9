package org.competencygraph.extraction;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** How the draft names what the document does not name in the form the format wants: ids and titles. */
final class DraftNames {

	private DraftNames() {
	}

	/** ALL-CAPS titles in title case, short words (IT, ICT) kept. */
	static String titleCase(String text) {
		if (!text.equals(text.toUpperCase(Locale.ROOT))) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		for (String word : text.split(" ")) {
			String lower = word.toLowerCase(Locale.ROOT);
			String written = List.of("of", "and", "the", "for", "to", "in", "on").contains(lower) ? lower
					: word.length() <= 3 ? word : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
			out.append(out.isEmpty() ? "" : " ").append(written);
		}
		return out.toString();
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
