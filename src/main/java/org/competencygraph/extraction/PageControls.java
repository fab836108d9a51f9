package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A job site's page copied into a text file brings the page's buttons and links with the advert, each a line of its
 * own, as a LinkedIn job page pastes: "Share" and "Show more options" between the company's name and the title, "Easy
 * Apply", "Save", "Message", "Show less" closing the description, "Follow", "See who you know"; a paragraph cut off by
 * "…see more"; and the skills the poster tagged the job with, cut off by "+8 more" ("Skills: Windows Server, VMware
 * vSphere, +8 more": tags that restate the advert, as a job portal's "Key Skills" do). Read as text, the controls stood
 * between the company's name and the title (the organization was not found) and "Show less" was matched as a
 * requirement; the tags were requirements before the first heading.
 */
final class PageControls {

	/** A link closing a paragraph the page cut short ("… founded in 2004 …see more"). */
	private static final Pattern SEE_MORE = Pattern.compile("\\s*(?:\u2026|\\.\\.\\.)\\s*(?:see|show)\\s+more\\s*$",
			Pattern.CASE_INSENSITIVE);

	/** A list the page cut short, the number of the items it hides at its end ("..., VMware vSphere, +8 more"). */
	private static final Pattern CUT_LIST = Pattern.compile(",\\s*\\+\\d+\\s+more\\s*$", Pattern.CASE_INSENSITIVE);

	private PageControls() {
	}

	/**
	 * The lines with the page's controls ({@code pageControls}, whole lines) and its cut-short lists blanked, so that
	 * the lines keep their numbers, and "…see more" taken off the paragraph it closes.
	 */
	static List<String> blanked(List<String> lines, ExtractionRules rules) {
		List<String> result = new ArrayList<>(lines.size());
		for (String line : lines) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				result.add(line);
			}
			else if (rules.isPageControl(stripped) || CUT_LIST.matcher(stripped).find()) {
				result.add("");
			}
			else {
				result.add(SEE_MORE.matcher(line).replaceFirst(""));
			}
		}
		return result;
	}

}
