package org.competencygraph.extraction;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.competencygraph.extraction.DraftProfile.Job;
import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A US federal vacancy announcement's layout (the lead's held-out document of stop 36), on a few lines written for the
 * test: a wrapped line going on from a capital, competencies listed after an introduction's colon, and the conditions
 * of the appointment that are no capabilities.
 */
class ListsAndConditionsTests {

	/** Knows capabilities by their own name or alias (the same words) and, by meaning, anything about experience. */
	private static final Map<String, String> NAMES = Map.of("customer service", "competency/customer-service",
			"problem solving", "skill/complex-problem-solving");

	private static final Function<String, Resolution> MATCHER = phrase -> {
		String lower = phrase.toLowerCase().replaceAll("[.\\s]+$", "").strip();
		if (NAMES.containsKey(lower)) {
			return new Resolution(new Match(NAMES.get(lower), lower, "alias", 1.0, "same words"), List.of(), false);
		}
		if (lower.contains("experience") || lower.contains("communication")) {
			return new Resolution(new Match("experience/supervisory", "Supervisory Experience", "semantic", 0.8, "test"),
					List.of(), false);
		}
		return new Resolution(null, List.of(), false);
	};

	private static DraftProfile draft(String text) {
		ExtractionRules rules = ExtractionRules.load();
		Outline outline = Outline.of(text, rules);
		return new DraftBuilder(rules, new Cues(rules, ProficiencyScale.load()), MATCHER, 0.66, id -> false)
			.build("announcement.txt", outline);
	}

	@Test
	void aLineEndingInAndGoesOnFromACapitalAndAListAfterAColonNamesTheCapabilities() {
		Job job = draft("""
				IT Specialist (SYSADMIN)

				Qualifications
				Experience must demonstrate each of the following competencies: Attention to Detail, Customer Service, Oral Communication and
				Problem Solving.
				""").jobs().getFirst();
		assertThat(job.requirements()).extracting(Requirement::capability)
			.containsExactlyInAnyOrder("competency/customer-service", "skill/complex-problem-solving");
		assertThat(job.requirements()).allSatisfy(r -> assertThat(r.provenance().text())
			.startsWith("Experience must demonstrate").endsWith("Problem Solving."));
	}

	@Test
	void aShortPartCountsOnlyByACapabilitysOwnWordsAndASentenceListingOneIsMatchedWholeToo() {
		Job job = draft("""
				IT Specialist (SYSADMIN)

				Qualifications
				You must show these competencies: Oral Communication, Customer Service.
				""").jobs().getFirst();
		// "Oral Communication" matched only by meaning: one part named, so the sentence is matched whole too.
		assertThat(job.requirements()).extracting(Requirement::capability)
			.containsExactlyInAnyOrder("competency/customer-service", "experience/supervisory");
	}

	@Test
	void conditionsOfTheAppointmentAndTheAnnouncementsClosingPartsAreLeftOut() {
		DraftProfile draft = draft("""
				IT Specialist (SYSADMIN)

				Conditions of Employment
				- U.S. Citizenship is required.
				- Males born after 12-31-1959 must be registered for Selective Service.
				- One-year probationary period may be required.

				Qualifications
				Education may not be substituted for specialized experience at this grade level.
				Time-in-grade: current Federal employees must have served 52 weeks at the GS-09 level.
				There is no education requirement for this position.
				There is no education requirement, but you must have experience with customer service.

				Additional information
				This position is covered by a collective bargaining agreement.

				Required Documents
				- Veterans' preference documentation, if applicable.
				""");
		assertThat(draft.extraction().boilerplate()).extracting(LeftOut::reason).containsExactly("page header or footer",
				"eligibility conditions", "eligibility conditions", "eligibility conditions", "substitution rules",
				"eligibility conditions", "no requirement", "terms of employment", "section: Required Documents");
		assertThat(draft.jobs().getFirst().requirements()).singleElement()
			.satisfies(r -> assertThat(r.provenance().text()).startsWith("There is no education requirement, but"));
	}

}
