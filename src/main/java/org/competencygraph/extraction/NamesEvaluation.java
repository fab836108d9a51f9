package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The draft's job titles and organization against the curated profile's, per document ({@code evaluate-extraction}
 * prints them beside {@link ExtractionEvaluation}'s figures).
 */
final class NamesEvaluation {

	private NamesEvaluation() {
	}

	/**
	 * Titles of the jobs the document details (not those a curator added for a ladder only, {@code detailedProfile:
	 * false}): each curated job earns 1 when a drafted job has its title (case, dashes and spacing aside), else 0.5 when a drafted title holds it whole or stands whole
	 * within it ("Database Administrator (SQL Server) - Technology Operations" for "Database Administrator (SQL
	 * Server)"), each drafted title counted once. The organization (the first job's) the same way: 1, 0.5 or 0.
	 *
	 * @param wrong each title and organization not right, as a reviewer reads it
	 */
	record Names(int drafted, int curated, double titleCredit, double organizationCredit, List<String> wrong) {
	}

	static Names compare(DraftProfile draft, JsonNode curated) {
		List<String> drafted = new ArrayList<>(draft.jobs().stream().map(job -> nameKey(job.title())).toList());
		List<String> wanted = new ArrayList<>();
		for (JsonNode job : curated.path("jobs")) {
			if (job.path("detailedProfile").asBoolean(true)) {
				wanted.add(nameKey(job.path("title").asString()));
			}
		}
		int curatedJobs = wanted.size();
		double credit = 0;
		List<String> wrong = new ArrayList<>();
		for (String title : List.copyOf(wanted)) {
			if (drafted.remove(title)) {
				credit += 1;
				wanted.remove(title);
			}
		}
		for (String title : wanted) {
			String within = drafted.stream().filter(d -> nameCredit(d, title) > 0).findFirst().orElse(null);
			if (within != null) {
				credit += 0.5;
				drafted.remove(within);
			}
			wrong.add(within == null ? "title '" + title + "' not drafted (drafted " + drafted + ")"
					: "title '" + within + "' for '" + title + "'");
		}
		String organization = draft.jobs().isEmpty() ? "" : nameKey(draft.jobs().getFirst().organization());
		String stated = nameKey(curated.path("jobs").path(0).path("organization").asString(""));
		double organizationCredit = nameCredit(organization, stated);
		if (organizationCredit < 1) {
			wrong.add("organization '" + organization + "' for '" + stated + "'");
		}
		return new Names(draft.jobs().size(), curatedJobs, credit, organizationCredit, wrong);
	}

	/** 1 for the same name, 0.5 when one holds the other whole (at word boundaries), 0 otherwise. */
	private static double nameCredit(String drafted, String curated) {
		if (drafted.equals(curated)) {
			return 1;
		}
		boolean within = !drafted.isEmpty() && !curated.isEmpty() && ((" " + drafted + " ").contains(" " + curated + " ")
				|| (" " + curated + " ").contains(" " + drafted + " "));
		return within ? 0.5 : 0;
	}

	/** A title or name as compared: lower case, any dash a hyphen, spacing single, no closing full stop. */
	static String nameKey(String title) {
		return title.toLowerCase(Locale.ROOT)
			.replaceAll("[\\u2010-\\u2015]", "-")
			.replaceAll("\\s+", " ")
			.replaceAll("[.\\s]+$", "")
			.strip();
	}

}
