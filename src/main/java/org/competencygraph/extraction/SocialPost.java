package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job posted on a social network or a messaging channel and pasted as text marks its lists with emoji and arrows
 * ("✔️ Manage our Microsoft 365 tenant", "🔹 2+ years' experience ...", "➤ ITIL 4 Foundation", "→ A call with me")
 * and decorates its headings, hook and facts with one ("🔧 What you'll do:", "🚀 We're hiring! 🚀", "📍 Location:
 * ..."). Emoji carry no words: left in, a list's items were read as paragraphs (a short one as a heading, "🔹 Strong
 * Windows 10/11 troubleshooting skills"), a heading behind one was no heading, and the title kept its "📢".
 */
final class SocialPost {

	/**
	 * A pictograph, an arrow, a geometric shape or a check mark, with the marks that join or vary it (the variation
	 * selector, the zero-width joiner, a skin tone, a keycap). Not ©, ® or ™, which follow a product's name.
	 */
	private static final String SYMBOL = "(?:(?![\u00a9\u00ae\u2122])[\\p{IsExtended_Pictographic}\u2190-\u21ff\u2794-\u27bf\u25a0-\u25ff\u2713\u2714]"
			+ "[\ufe0f\u200d\u20e3\\x{1f3fb}-\\x{1f3ff}]*)";

	/** A line opening with symbols before its words: the first symbol is its marker. */
	private static final Pattern MARKER = Pattern.compile("^\\s*(" + SYMBOL + ")(?:\\s*" + SYMBOL + ")*\\s+(?=\\S)");

	/**
	 * Pictographs standing apart from the words (after them, between sentences, at the end of a line); not arrows,
	 * which inside a line may say something ("Windows 10 → 11").
	 */
	private static final Pattern LOOSE = Pattern.compile("\\s*(?<![\\p{L}\\p{N}])(?:(?![\u00a9\u00ae\u2122])\\p{IsExtended_Pictographic}[\ufe0f\u200d\u20e3\\x{1f3fb}-\\x{1f3ff}]*)+");

	/** The bullets among the symbols that the outline reads as such (a Word list's, as a PDF gives them). */
	private static final Pattern OWN_BULLETS = Pattern.compile("^\\s*[\u25aa\u25e6]\\s");

	private SocialPost() {
	}

	/**
	 * The lines with emoji and arrows read as a list's markers where they are one, and left out elsewhere. A marker
	 * that opens two or more lines of a run of lines each opening with a symbol (no blank line between) is a list's
	 * bullet: those lines become list items ("- "). A symbol opening a line once, before a heading, a hook or a line
	 * of facts, is decoration, and so is one standing apart after the words ("Who we are 👇", "... on day one 👋"):
	 * both are left out. Table rows (tab-separated or between bars) are left as they are: a tick in a cell is a mark.
	 */
	static List<String> asListItems(List<String> lines) {
		List<String> markers = new ArrayList<>();
		boolean any = false;
		for (String line : lines) {
			Matcher marker = isRow(line) ? null : MARKER.matcher(line);
			String symbol = marker != null && marker.find() ? marker.group(1).replaceAll("[\ufe0f\u200d]", "") : null;
			markers.add(symbol);
			any |= symbol != null || !isRow(line) && LOOSE.matcher(line).find();
		}
		if (!any) {
			return lines;
		}
		List<String> result = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			int end = i;
			while (end < lines.size() && markers.get(end) != null) {
				end++;
			}
			if (end == i) {
				result.add(plain(lines.get(i)));
				i++;
				continue;
			}
			Map<String, Integer> counts = new HashMap<>();
			for (int j = i; j < end; j++) {
				counts.merge(markers.get(j), 1, Integer::sum);
			}
			for (int j = i; j < end; j++) {
				Matcher own = OWN_BULLETS.matcher(lines.get(j));
				if (own.lookingAt()) {
					// "▪ item", "◦ sub-item": a bullet the outline reads already, however often it stands.
					result.add(own.group() + plain(lines.get(j).substring(own.end())));
					continue;
				}
				String words = plain(MARKER.matcher(lines.get(j)).replaceFirst(""));
				result.add(counts.get(markers.get(j)) >= 2 ? "- " + words : words);
			}
			i = end;
		}
		return result;
	}

	/** The line without the symbols standing apart from its words. */
	private static String plain(String line) {
		return isRow(line) ? line : LOOSE.matcher(line).replaceAll("").stripTrailing();
	}

	private static boolean isRow(String line) {
		return line.indexOf('\t') >= 0 || line.strip().startsWith("|");
	}

}
