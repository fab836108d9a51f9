package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A US public university's staff job posting as its applicant tracking system prints it (issue 15's twentieth round),
 * on a few lines written for the test: the posting's facts as "Label: value" lines, duty blocks headed by a
 * percentage of time, "Minimum" and "Preferred Qualifications" beside "Knowledge, Skills and Abilities", and the
 * working conditions.
 */
class UniversityPostingTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	private static final String POSTING = """
			Eastern Ridge State University
			Careers at ERSU

			Posting Details

			Posting Number: S01234P
			Working Title: Systems Administrator I
			Department: Information Technology Services
			FLSA: Exempt
			Appointment Percent: 100%
			Work Schedule: Monday - Friday, 8:00 a.m. - 5:00 p.m.; participation in the on-call rotation is required

			Essential Duties and Responsibilities
			Installs and patches Linux servers.

			Minimum Qualifications
			Bachelor's degree in information technology and two (2) years of experience administering servers.

			Preferred Qualifications
			Experience in a higher education environment.

			Knowledge, Skills and Abilities
			Knowledge of TCP/IP networking.
			Ability to manage multiple priorities and meet deadlines.

			Licenses/Certifications
			None required.

			Physical Demands / Working Conditions
			Must be able to lift and move server equipment weighing up to 50 pounds.
			Must be able to participate in a rotating after-hours on-call schedule, including weekends and holidays.
			""";

	private static Outline outline() {
		return Outline.of(POSTING, RULES);
	}

	private static Passage passage(String start) {
		return outline().passages.stream().filter(p -> p.text().startsWith(start)).findFirst().orElseThrow();
	}

	private static DraftProfile draft() {
		return UnmatchedDrafts.draft("posting.txt", outline());
	}

	@Test
	void knowledgeSkillsAndAbilitiesAfterPreferredQualificationsAreNotPreferred() {
		assertThat(passage("Experience in a higher education").priority()).isEqualTo("desirable");
		assertThat(passage("Knowledge of TCP/IP").priority()).isNull();
		assertThat(passage("Ability to manage multiple priorities").priority()).isNull();
		assertThat(passage("Ability to manage multiple priorities").section())
			.isEqualTo("Knowledge, Skills and Abilities");
	}

	@Test
	void aBarePriorityHeadingStillHoldsOverTheSectionsUnderIt() {
		List<Passage> passages = Outline.of("""
				Desirable
				Qualifications
				A degree in computing.
				Knowledge
				Knowledge of ITIL.
				""", RULES).passages;
		assertThat(passages).extracting(Passage::priority).containsOnly("desirable");
	}

	@Test
	void onCallHoursUnderWorkingConditionsAreAConditionWhereLiftingIsStillARequirement() {
		DraftProfile draft = draft();
		assertThat(draft.extraction().boilerplate()).filteredOn(left -> left.reason().equals("working hours"))
			.extracting(LeftOut::text)
			.containsExactly("Must be able to participate in a rotating after-hours on-call schedule, including weekends and holidays.");
		assertThat(draft.extraction().unmatched()).extracting(u -> u.text()).anyMatch(text -> text.contains("50 pounds"));
		// Elsewhere a sentence that states a requirement beside the hours stays one, as before.
		assertThat(RULES.boilerplateReason("Must be able to participate in the on-call rotation.", false)).isNull();
	}

	@Test
	void thePostingsWorkingTitleIsTheJobsTitle() {
		assertThat(outline().jobs.getFirst().metadata()).containsEntry("title", "Systems Administrator I")
			.containsEntry("code", "S01234P");
	}

	@Test
	void thePostingsFactsAreNoRequirements() {
		DraftProfile draft = draft();
		assertThat(draft.extraction().boilerplate()).filteredOn(left -> left.reason().equals("job facts"))
			.extracting(LeftOut::text)
			.anyMatch(text -> text.startsWith("Work Schedule:"))
			.anyMatch(text -> text.startsWith("Appointment Percent:"));
		assertThat(draft.extraction().unmatched()).extracting(u -> u.text())
			.noneMatch(text -> text.contains("Monday") || text.contains("100%"));
	}

}
