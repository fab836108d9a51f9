package org.competencygraph.extraction;

import java.util.List;
import java.util.function.Function;

import org.competencygraph.capability.Capability;
import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.semantic.ConceptMatch;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Kenyan state corporation's vacancy announcement (the lead's held-out document of stop 39), on a few lines written
 * for the test: lists numbered in lower-case roman numerals whose items end in "; and", membership of a professional
 * body, the constitution's integrity test and the clearances shortlisted candidates present.
 */
class VacancyAnnouncementTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	private static final String ANNOUNCEMENT = """
			MARA HIGHLANDS WATER SERVICES AUTHORITY

			Requirements for Appointment
			For appointment to this grade, a candidate must have:
			i. Bachelor's degree in Computer Science from a recognized institution;
			ii. At least three (3) years' relevant work experience in ICT infrastructure support;
			iii. Membership to a relevant professional body such as the ICT Society of Kenya (ICTSK) in good standing;
			iv. Certificate in ITIL Foundation will be an added advantage; and
			v. Meet the requirements of Chapter Six (6) of the Constitution of Kenya, 2010.

			HOW TO APPLY
			Shortlisted candidates shall be required to present the following documents during the interview:
			- Original academic and professional certificates and transcripts;
			- Valid Certificate of Good Conduct from the Directorate of Criminal Investigations (DCI);
			- Valid Clearance Certificate from the Higher Education Loans Board (HELB);
			- Valid Tax Compliance Certificate from the Kenya Revenue Authority (KRA); and
			- Valid report from a registered Credit Reference Bureau (CRB).
			""";

	private static List<String> texts() {
		return Outline.of(ANNOUNCEMENT, RULES).passages.stream().map(Passage::text).toList();
	}

	private static DraftProfile unmatchedDraft() {
		return new DraftBuilder(RULES, new Cues(RULES, ProficiencyScale.load()),
				phrase -> new Resolution(null, List.of(), false), 0.66, id -> false)
			.build("announcement.txt", Outline.of(ANNOUNCEMENT, RULES));
	}

	@Test
	void itemsNumberedInRomanNumeralsAreItemsOfTheirOwn() {
		assertThat(texts()).contains("At least three (3) years' relevant work experience in ICT infrastructure support;",
				"Certificate in ITIL Foundation will be an added advantage; and")
			.noneMatch(text -> text.matches("[ivx]+\\.?"))
			.noneMatch(text -> text.contains("advantage; and v"));
		assertThat(Outline.of(ANNOUNCEMENT, RULES).passages).filteredOn(p -> p.text().startsWith("At least three"))
			.extracting(Passage::sectionKind).containsExactly("skills");
	}

	@Test
	void theIntegrityTestOfTheConstitutionAndTheClearancesAreLeftOut() {
		DraftProfile draft = unmatchedDraft();
		assertThat(draft.extraction().boilerplate())
			.filteredOn(left -> left.text().contains("Chapter Six")).extracting(LeftOut::reason)
			.containsExactly("eligibility conditions");
		assertThat(draft.extraction().boilerplate())
			.filteredOn(left -> left.text().startsWith("Valid") || left.text().startsWith("Original"))
			.extracting(LeftOut::reason).hasSize(5).containsOnly("pre-employment checks");
		assertThat(draft.extraction().unmatched()).extracting(u -> u.text())
			.noneMatch(text -> text.contains("Chapter Six") || text.contains("Certificate of Good Conduct")
					|| text.contains("Tax Compliance") || text.contains("transcripts"));
	}

	@Test
	void membershipOfAProfessionalBodyIsProposedAsAQualification() {
		Requirement membership = unmatchedDraft().jobs().getFirst().requirements().stream()
			.filter(r -> r.provenance().text().startsWith("Membership")).findFirst().orElseThrow();
		assertThat(membership.capability()).isInstanceOfSatisfying(DraftProfile.ProposedCapability.class, proposed -> {
			assertThat(proposed.kind()).isEqualTo("Qualification");
			assertThat(proposed.qualificationType()).isEqualTo("other");
			assertThat(proposed.id()).startsWith("qualification/membership");
		});
	}

	@Test
	void aPartMatchedByAWordOfTheWholeSentencesMatchAddsNothing() {
		Capability systems = MatchingRulesTests.capability("skill/system-monitoring", CapabilityKind.SKILL,
				"IT Systems Monitoring and Reporting", null);
		Capability monitoring = MatchingRulesTests.capability("skill/monitoring", CapabilityKind.SKILL, "Monitoring", null);
		Capability reporting = MatchingRulesTests.capability("skill/management-reporting", CapabilityKind.SKILL,
				"Management Reporting", null);
		List<ConceptMatch> candidates = List.of(MatchingRulesTests.candidate(systems, 0.84),
				MatchingRulesTests.candidate(monitoring, 0.8), MatchingRulesTests.candidate(reporting, 0.75));
		Function<String, Resolution> matcher = phrase -> {
			Capability best = phrase.startsWith("Monitoring the performance and") ? systems
					: phrase.equals("Monitoring the performance") ? monitoring
					: phrase.contains("monthly reports") ? reporting : null;
			return new Resolution(best == null ? null : new Match(best.id(), best.name(), "semantic", 0.85, "test"),
					best == null ? List.of() : candidates, false);
		};
		DraftProfile draft = new DraftBuilder(RULES, new Cues(RULES, ProficiencyScale.load()), matcher, 0.66, id -> false)
			.build("announcement.txt", Outline.of("""
					Duties and Responsibilities
					i. Monitoring the performance and availability of servers and network links and preparing monthly reports;
					""", RULES));
		// Monitoring, a word of the sentence's own match, is left out; Management Reporting, another capability, is a part's.
		assertThat(draft.jobs().getFirst().requirements()).extracting(Requirement::capability)
			.containsExactlyInAnyOrder("skill/system-monitoring", "skill/management-reporting");
	}

	@Test
	void anItemsClosingAndIsNoWordOfItsPhrase() {
		Cues cues = new Cues(RULES, ProficiencyScale.load());
		assertThat(cues.phrase("Integrity and high ethical standards; and")).isEqualTo("Integrity and high ethical standards");
		assertThat(cues.phrase("Training staff on the use of ICT systems, or")).isEqualTo("Training staff on the use of ICT systems");
	}

	@Test
	void aSentenceNamingTwoCandidatesByTheirNamesAsksForBoth() {
		Capability interpersonal = MatchingRulesTests.capability("skill/interpersonal-skills", CapabilityKind.SKILL,
				"Interpersonal Skills", null);
		Capability communication = MatchingRulesTests.capability("competency/communication", CapabilityKind.COMPETENCY,
				"Communication", null);
		Capability degree = MatchingRulesTests.capability("qualification/bachelors-degree-computer-science",
				CapabilityKind.QUALIFICATION, "Bachelor's Degree in Computer Science", "degree");
		Capability anyDegree = MatchingRulesTests.capability("qualification/bachelors-degree",
				CapabilityKind.QUALIFICATION, "Bachelor's Degree", "degree");
		Function<String, Resolution> matcher = phrase -> phrase.contains("interpersonal")
				? new Resolution(new Match(interpersonal.id(), interpersonal.name(), "semantic", 0.97, "test"),
						List.of(MatchingRulesTests.candidate(interpersonal, 0.97),
								MatchingRulesTests.candidate(communication, 0.88)), false)
				: phrase.contains("degree")
						? new Resolution(new Match(degree.id(), degree.name(), "semantic", 0.95, "test"),
								List.of(MatchingRulesTests.candidate(degree, 0.95),
										MatchingRulesTests.candidate(anyDegree, 0.85)), false)
						: new Resolution(null, List.of(), false);
		DraftProfile draft = new DraftBuilder(RULES, new Cues(RULES, ProficiencyScale.load()), matcher, 0.66, id -> false)
			.build("announcement.txt", Outline.of("""
					Key Competencies and Skills
					i. Good communication and interpersonal skills;
					ii. Bachelor's degree in Computer Science from a recognized institution;
					""", RULES));
		// Both named in the first; in the second the broader degree's name stands within the match's: no second one.
		assertThat(draft.jobs().getFirst().requirements()).extracting(Requirement::capability)
			.containsExactlyInAnyOrder("skill/interpersonal-skills", "competency/communication",
					"qualification/bachelors-degree-computer-science");
	}

}
