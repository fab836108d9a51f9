package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.capability.Capability;
import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Irish public service competition's job specification (the lead's held-out document of stop 37), on a few lines
 * written for the test: headings in capitals over numbered and mixed-case ones, a named competency over its
 * indicators, and the conditions of character, health and hours that are no capabilities.
 */
class CompetitionNoticeTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	private static final String NOTICE = """
			SLIABH ARD COUNTY COUNCIL

			QUALIFICATIONS FOR THE POST

			1. Character
			Each candidate must be of good character.

			2. Health
			Each candidate shall be in a state of health such as would indicate a reasonable prospect of ability to render
			regular and efficient service.

			3. Education, Training, Experience, etc.
			Each candidate must, on the latest date for receipt of completed application forms:
			(a) hold a qualification at Level 6 on the NFQ in Computing, and
			(b) have at least three years' experience in the support of ICT infrastructure.

			Desirable
			- Experience of working in a local authority.

			KEY COMPETENCIES

			Problem Solving and Decision Making
			- Diagnoses and resolves technical problems in a logical and timely manner.

			Working with Others
			- Works effectively with colleagues across the Council.

			PARTICULARS OF THE OFFICE

			1. Hours of Work
			The standard working week is 35 hours.
			""";

	private static Passage passage(String start) {
		return Outline.of(NOTICE, RULES).passages.stream().filter(p -> p.text().startsWith(start)).findFirst()
			.orElseThrow();
	}

	@Test
	void aNumberedHeadingClosingInEtcIsAHeading() {
		assertThat(passage("hold a qualification").sectionKind()).isEqualTo("qualifications");
		assertThat(passage("hold a qualification").section()).isEqualTo("Education, Training, Experience");
	}

	@Test
	void aHeadingInCapitalsEndsThePriorityOfAMixedCaseHeadingAndTheNumberedPartAbove() {
		assertThat(passage("Experience of working in a local authority").priority()).isEqualTo("desirable");
		assertThat(passage("Diagnoses and resolves").priority()).isNull();
		assertThat(passage("Diagnoses and resolves").section()).doesNotContain("Desirable").doesNotContain("Health");
	}

	@Test
	void aCompetencyNamedInMixedCaseUnderAHeadingInCapitalsIsAPartOfItsSection() {
		assertThat(passage("Diagnoses and resolves").sectionKind()).isEqualTo("skills");
		assertThat(passage("Diagnoses and resolves").section()).isEqualTo("Problem Solving and Decision Making");
		assertThat(passage("Works effectively").sectionKind()).isEqualTo("skills");
	}

	@Test
	void conditionsOfCharacterHealthAndHoursAreLeftOut() {
		DraftProfile draft = UnmatchedDrafts.draft("notice.txt", NOTICE);
		assertThat(draft.extraction().boilerplate()).extracting(LeftOut::reason)
			.contains("eligibility conditions", "working hours")
			.filteredOn("eligibility conditions"::equals).hasSize(2);
		assertThat(draft.extraction().unmatched()).extracting(u -> u.text())
			.noneMatch(text -> text.contains("character") || text.contains("health") || text.contains("working week"));
	}

	@Test
	void aQualificationOfAnotherLevelIsNoMatch() {
		assertThat(KindCheck.levelsAgree("a qualification at Level 6 or higher on the NFQ", "NQF Level 2 Qualification")).isFalse();
		assertThat(KindCheck.levelsAgree("a qualification at Level 6 or higher on the NFQ", "NQF Level 7 Qualification")).isTrue();
		assertThat(KindCheck.levelsAgree("a diploma (NQF level 6 or 7)", "NQF Level 7 Qualification")).isTrue();
		assertThat(KindCheck.levelsAgree("Educated to A level or equivalent (NVQ Level 3)", "NQF Level 3 Qualification")).isTrue();
		assertThat(KindCheck.levelsAgree("a degree in computing", "NQF Level 3 Qualification")).isTrue();
		// Drafted: the level 2 qualification, nearest by meaning, gives way to the next candidate of a level that fits.
		Capability level2 = MatchingRulesTests.capability("qualification/it-qualification-nqf-level-2",
				CapabilityKind.QUALIFICATION, "Recognised IT Qualification at NQF Level 2", "qualification-level");
		Capability degree = MatchingRulesTests.capability("qualification/bachelors-degree-computer-science",
				CapabilityKind.QUALIFICATION, "Bachelor's Degree in Computer Science", "degree");
		DraftProfile draft = new DraftBuilder(RULES, new Cues(RULES, ProficiencyScale.load()),
				phrase -> new Resolution(new Match(level2.id(), level2.name(), "semantic", 0.9, "test"),
						List.of(MatchingRulesTests.candidate(level2, 0.9), MatchingRulesTests.candidate(degree, 0.8)), false),
				0.66, id -> false)
			.build("notice.txt", Outline.of("""
					Qualifications
					- A qualification at Level 7 or higher on the NFQ in Computing.
					""", RULES));
		assertThat(draft.jobs().getFirst().requirements()).extracting(Requirement::capability)
			.containsExactly("qualification/bachelors-degree-computer-science");
	}

}
