package org.competencygraph.extraction;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.competencygraph.capability.Capability;
import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.extraction.DraftProfile.Job;
import org.competencygraph.extraction.DraftProfile.ProposedCapability;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.semantic.ConceptMatch;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules between reading and matching, without a database: the kind check (a match by meaning of the wrong kind
 * gives way), sentences naming several capabilities matched part by part, and person specifications laid out as
 * tables read by their columns. The matcher knows a few phrases exactly, each with its candidates and their kinds.
 */
class MatchingRulesTests {

	static final Capability ECDL = capability("certification/ecdl", CapabilityKind.QUALIFICATION, "ECDL",
			"certification");

	static final Capability LICENCE = capability("licence/driving-licence", CapabilityKind.QUALIFICATION,
			"Driving Licence", "licence");

	static final Capability COMMUNICATION = capability("competency/communication", CapabilityKind.COMPETENCY,
			"Communication", null);

	static final Capability INDEPENDENT = capability("competency/working-independently", CapabilityKind.COMPETENCY,
			"Working Independently", null);

	static final Capability TIME = capability("skill/time-management", CapabilityKind.SKILL, "Time Management", null);

	static final Capability DEGREE = capability("qualification/bachelors-degree", CapabilityKind.QUALIFICATION,
			"Bachelor's Degree", "degree");

	static final Capability INCIDENTS = capability("skill/incident-management", CapabilityKind.SKILL,
			"Incident and Service Request Management", null);

	static final Capability TEAMWORK = capability("competency/teamwork", CapabilityKind.COMPETENCY, "Team Working", null);

	static final Capability CUSTOMERS = capability("competency/customer-service", CapabilityKind.COMPETENCY,
			"Customer Service", null);

	static final Capability FAULTS = capability("skill/troubleshooting", CapabilityKind.SKILL, "Troubleshooting", null);

	static final Capability DATA_CENTRES = capability("knowledge/data-center-operations",
			CapabilityKind.KNOWLEDGE_AREA, "Data Center Operations", null);

	/** Phrase to its candidates, best first; the first is the match when it reaches 0.66. */
	static final Map<String, List<ConceptMatch>> KNOWN = Map.ofEntries(
			Map.entry("Must hold a full driving licence", List.of(candidate(ECDL, 0.76), candidate(COMMUNICATION, 0.3))),
			Map.entry("Must hold a clean driving licence", List.of(candidate(ECDL, 0.76), candidate(LICENCE, 0.72))),
			Map.entry("work independently and prioritise your own workload",
					List.of(candidate(INDEPENDENT, 0.8), candidate(TIME, 0.7))),
			Map.entry("prioritise your own workload", List.of(candidate(TIME, 0.78))),
			Map.entry("work independently", List.of(candidate(INDEPENDENT, 0.9))),
			Map.entry("Work independently and prioritise your own workload",
					List.of(candidate(INDEPENDENT, 0.8), candidate(TIME, 0.7))),
			Map.entry("communicate clearly and manage a degree of pressure", List.of(candidate(COMMUNICATION, 0.75))),
			Map.entry("manage a degree of pressure", List.of(candidate(DEGREE, 0.75))),
			// The whole duty is about incidents; its last words alone sound like team work.
			Map.entry("Log incidents and escalate them to second-line teams", List.of(candidate(INCIDENTS, 0.8))),
			Map.entry("escalate them to second-line teams", List.of(candidate(TEAMWORK, 0.76))),
			// Matched by words of a modifier clause; the head says what the duty is.
			Map.entry("Fix software bugs reported by the customer service team",
					List.of(candidate(CUSTOMERS, 0.72), candidate(FAULTS, 0.7))),
			Map.entry("Fix software bugs", List.of(candidate(FAULTS, 0.74), candidate(TEAMWORK, 0.4))),
			Map.entry("Administer the Windows estate across two data centres",
					List.of(candidate(DATA_CENTRES, 0.7), candidate(TEAMWORK, 0.5))),
			Map.entry("Administer the Windows estate", List.of(candidate(TEAMWORK, 0.5))),
			// Head and whole agree: the whole's match stands.
			Map.entry("Resolve incidents raised by hotel staff", List.of(candidate(INCIDENTS, 0.8))),
			Map.entry("Resolve incidents", List.of(candidate(TEAMWORK, 0.67), candidate(INCIDENTS, 0.66))),
			// A duty in the second person, matched without its "you".
			Map.entry("take over escalated tickets from our service desk and solve them",
					List.of(candidate(INCIDENTS, 0.78), candidate(FAULTS, 0.7))),
			Map.entry("take over escalated tickets", List.of(candidate(INCIDENTS, 0.77))));

	static final Function<String, Resolution> MATCHER = phrase -> {
		List<ConceptMatch> candidates = KNOWN.getOrDefault(phrase, List.of());
		ConceptMatch best = candidates.isEmpty() ? null : candidates.getFirst();
		Match match = best == null || best.score() < 0.66 ? null
				: new Match(best.id(), best.name(), "semantic", best.score(), "test");
		return new Resolution(match, candidates, false);
	};

	static Capability capability(String id, CapabilityKind kind, String name, @Nullable String qualificationType) {
		return new Capability(id, kind, name, List.of(), null, qualificationType, List.of());
	}

	static ConceptMatch candidate(Capability capability, double score) {
		return new ConceptMatch(capability.id(), capability.name(), capability, null, null, score, "semantic",
				capability.name(), null, score, "test");
	}

	static Job draft(String text) {
		ExtractionRules rules = ExtractionRules.load();
		Outline outline = Outline.of(DocumentText.read("test.txt", text.getBytes(StandardCharsets.UTF_8)), rules);
		return new DraftBuilder(rules, new Cues(rules, ProficiencyScale.load()), MATCHER, 0.66, id -> false)
			.build("test.txt", outline)
			.jobs()
			.getFirst();
	}

	static List<Object> capabilities(Job job) {
		return job.requirements().stream().map(Requirement::capability).toList();
	}

	@Test
	void aLicenceIsNotMatchedToACertificate() {
		Job job = draft("""
				Job Title: Field Engineer

				Essential
				- Must hold a full driving licence.
				- Must hold a clean driving licence.
				""");
		Requirement full = job.requirements().getFirst();
		assertThat(full.capability()).isInstanceOfSatisfying(ProposedCapability.class,
				c -> assertThat(c.qualificationType()).isEqualTo("licence"));
		assertThat(full.evidence()).contains("kind check").contains("'ECDL' is a certification");
		// The next candidate of a fitting kind, when it reaches the threshold, is taken instead.
		Requirement clean = job.requirements().get(1);
		assertThat(clean.capability()).isEqualTo(LICENCE.id());
		assertThat(clean.evidence()).contains("kind check");
	}

	@Test
	void eachSentenceOfAParagraphHasItsOwnPriority() {
		// An advert written as prose: one paragraph, three requirements, three priorities.
		Job job = draft("""
				Job Title: IT Technician

				What we're looking for
				You will have at least two years' experience in an IT support role, ideally in a school. GCSEs in English and Maths at grade 4 or above are required. Experience of device management tools such as Intune would be an advantage.

				Qualifications
				- A degree in computing or a related subject. Desirable.
				""");
		assertThat(job.requirements()).extracting(r -> r.provenance().text(), Requirement::priority).containsExactly(
				// "ideally" opens the last clause: the school is desirable, the two years are not.
				org.assertj.core.groups.Tuple.tuple("You will have at least two years' experience in an IT support role, ideally in a school.", "essential"),
				org.assertj.core.groups.Tuple.tuple("GCSEs in English and Maths at grade 4 or above are required.", "essential"),
				org.assertj.core.groups.Tuple.tuple("Experience of device management tools such as Intune would be an advantage.", "desirable"),
				// A short sentence after a criterion still qualifies it.
				org.assertj.core.groups.Tuple.tuple("A degree in computing or a related subject.", "desirable"));
	}

	@Test
	void preferablyOrIdeallyOpeningTheLastClauseQualifiesOnlyThatClause() {
		// The years are asked for ("Minimum"); the sector after ", preferably" is what is desirable. A sentence whose
		// desirable word is not such a clause stays desirable.
		Job job = draft("""
				Job Title: IT Infrastructure Executive

				Job Requirements:
				- Minimum 3 years of experience in IT support, preferably in a logistics environment
				- Incident management experience is preferred
				- Good communication skills, ideally.
				- Preferably an ITIL Foundation certificate
				""");
		assertThat(job.requirements()).extracting(r -> r.provenance().text(), Requirement::priority).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Minimum 3 years of experience in IT support, preferably in a logistics environment", "essential"),
				org.assertj.core.groups.Tuple.tuple("Incident management experience is preferred", "desirable"),
				org.assertj.core.groups.Tuple.tuple("Good communication skills, ideally.", "desirable"),
				org.assertj.core.groups.Tuple.tuple("Preferably an ITIL Foundation certificate", "desirable"));
	}

	@Test
	void anAddedAdvantageIsDesirable() {
		// "An added advantage", as job descriptions in India, Africa and the UK often write it: not "an advantage".
		Job job = draft("""
				Job Title: IT Officer

				Education
				- ITIL Foundation certification will be an added advantage.
				- A degree in computing.
				""");
		assertThat(job.requirements()).extracting(r -> r.provenance().text(), Requirement::priority).containsExactly(
				org.assertj.core.groups.Tuple.tuple("ITIL Foundation certification will be an added advantage.", "desirable"),
				org.assertj.core.groups.Tuple.tuple("A degree in computing.", "essential"));
	}

	@Test
	void aSentenceNamingTwoCapabilitiesGivesBoth() {
		Job job = draft("""
				Job Title: Analyst

				Essential
				- Ability to work independently and prioritise your own workload.
				""");
		assertThat(capabilities(job)).containsExactly(INDEPENDENT.id(), TIME.id());
		assertThat(job.requirements()).allSatisfy(r -> assertThat(r.provenance().text())
			.isEqualTo("Ability to work independently and prioritise your own workload."));
	}

	@Test
	void aPartOfAnUnfittingKindIsNotAdded() {
		// "manage a degree of pressure" matches a degree by meaning: a skills sentence names no qualification.
		Job job = draft("""
				Job Title: Analyst

				Skills
				- Ability to communicate clearly and manage a degree of pressure.
				""");
		assertThat(capabilities(job)).containsExactly(COMMUNICATION.id());
	}

	@Test
	void aPersonSpecificationTableIsReadByItsColumns() {
		Job job = draft("""
				Job Title: Network Manager

				PERSON SPECIFICATION
				Criteria\tEssential / Desirable\tHow assessed
				Ability to work independently and prioritise your own workload\tDesirable\tApplication, Interview
				Must hold a full driving licence\tEssential\tApplication
				""");
		Requirement independent = job.requirements().getFirst();
		assertThat(independent.capability()).isEqualTo(INDEPENDENT.id());
		assertThat(independent.priority()).isEqualTo("desirable");
		assertThat(independent.assessedBy()).containsExactly("Application", "Interview");
		assertThat(independent.provenance().text())
			.isEqualTo("Ability to work independently and prioritise your own workload");
		Requirement licence = job.requirements().stream()
			.filter(r -> r.provenance().text().contains("licence")).findFirst().orElseThrow();
		assertThat(licence.priority()).isEqualTo("essential");
		assertThat(licence.assessedBy()).containsExactly("Application");
	}

	@Test
	void tickedEssentialAndDesirableColumns() {
		Job job = draft("""
				Job Title: Network Manager

				Criteria\tEssential\tDesirable
				Ability to work independently and prioritise your own workload\t\tX
				Must hold a clean driving licence\tX\t
				""");
		assertThat(job.requirements().getFirst().priority()).isEqualTo("desirable");
		assertThat(job.requirements().getLast().priority()).isEqualTo("essential");
	}

	@Test
	void jobsSideBySideAreNoTable() {
		// Columns repeating one heading are several jobs laid out side by side (a flattened PDF), not criteria.
		Job job = draft("""
				Job Title: Analyst

				Basic Qualifications\tBasic Qualifications
				Must hold a full driving licence\tMust hold a clean driving licence
				""");
		assertThat(job.requirements().getFirst().provenance().text())
			.isEqualTo("Must hold a full driving licence Must hold a clean driving licence");
	}

	@Test
	void aCapabilityAnyDutyImpliesStaysEssential() {
		Job job = draft("""
				Job Title: Analyst

				Main Duties
				- Work independently and prioritise your own workload.

				Desirable
				- Ability to work independently and prioritise your own workload.
				""");
		Requirement independent = job.requirements().stream()
			.filter(r -> r.capability().equals(INDEPENDENT.id())).findFirst().orElseThrow();
		assertThat(independent.priority()).isEqualTo("essential");
	}

	@Test
	void aPartCountsOnlyWhenTheWholeSentenceHasItsCapabilityAmongItsCandidates() {
		Job job = draft("""
				Job Title: Analyst

				Main Duties
				- Log incidents and escalate them to second-line teams.
				""");
		assertThat(capabilities(job)).containsExactly(INCIDENTS.id());
	}

	@Test
	void aSentenceIsMatchedByItsHeadNotByAWordInAModifierClause() {
		ExtractionRules rules = ExtractionRules.load();
		assertThat(rules.head("Fix software bugs reported by the customer service team")).isEqualTo("Fix software bugs");
		assertThat(rules.head("Patching servers and end-user devices every month")).isEqualTo("Patching servers and end-user devices");
		// A clause opener within the first words keeps its object: no head shorter than the rule's minimum.
		assertThat(rules.head("Experience in a bank")).isEqualTo("Experience in a bank");
		assertThat(rules.head("working on an IT service desk or in a similar role")).isEqualTo("working on an IT service desk");
		assertThat(rules.head("Fix bugs reported by users")).isEqualTo("Fix bugs");
		Job job = draft("""
				Job Title: Developer

				Responsibilities
				- Fix software bugs reported by the customer service team.
				- Administer the Windows estate across two data centres.
				- Resolve incidents raised by hotel staff.

				Requirements
				- Administer the Windows estate across two data centres.
				""");
		assertThat(job.requirements()).filteredOn(r -> r.provenance().text().startsWith("Fix"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.capability()).isEqualTo(FAULTS.id());
				assertThat(r.evidence()).contains("the sentence's head");
			});
		// The whole matched only through "data centres": its head matches nothing, so no requirement is guessed, and
		// a requirement sentence is proposed as a new capability.
		assertThat(capabilities(job)).doesNotContain(DATA_CENTRES.id(), CUSTOMERS.id());
		assertThat(job.requirements()).filteredOn(r -> r.provenance().text().startsWith("Administer"))
			.singleElement()
			.satisfies(r -> assertThat(r.capability()).isInstanceOf(ProposedCapability.class));
		// Head and whole agree (the whole's match among the head's candidates): the whole's match stands.
		assertThat(capabilities(job)).contains(INCIDENTS.id());
	}

	@Test
	void anOpeningPhraseSayingWhenOrAsWhomIsNotTheSentencesHead() {
		ExtractionRules rules = ExtractionRules.load();
		Cues cues = new Cues(rules, ProficiencyScale.load());
		// Without the rule the head is "At the start of" (cut at "each"), which matches nothing.
		String phrase = cues.phrase("At the start of each term you will create and manage user accounts for staff.");
		assertThat(phrase).isEqualTo("create and manage user accounts for staff");
		assertThat(rules.head(phrase)).isEqualTo("create and manage user accounts");
		assertThat(cues.phrase("As a Service Desk Analyst you'll log and resolve calls.")).isEqualTo("log and resolve calls");
		// A lead-in that opens the sentence, or stands after more than a short opening phrase, leaves it as it was.
		assertThat(cues.phrase("You will resolve support tickets.")).isEqualTo("resolve support tickets");
		assertThat(cues.withoutOpening("You will be based at our main office but will spend part of each week at our "
				+ "other sites, so you will need a full driving licence.")).startsWith("You will be based");
	}

	@Test
	void aContinentalAdvertsTasksInTheSecondPersonAndItsProfile() {
		// "Your tasks" and "Your profile", as adverts of German, Austrian, Swiss or Dutch employers written in English
		// head them; each duty in the second person. Without the rule the tasks are context only (no requirement).
		Job job = draft("""
				Job Title: System Administrator

				Your tasks
				- As 2nd and 3rd level support, you take over escalated tickets from our service desk and solve them

				Your profile
				- A structured and independent way of working
				""");
		Requirement incidents = job.requirements().getFirst();
		assertThat(incidents.capability()).isEqualTo(INCIDENTS.id());
		assertThat(incidents.derivedFromDuty()).isTrue();
		assertThat(incidents.provenance().section()).isEqualTo("Your tasks");
		assertThat(job.requirements()).filteredOn(r -> r.provenance().section().equals("Your profile")).isNotEmpty();
		Cues cues = new Cues(ExtractionRules.load(), ProficiencyScale.load());
		assertThat(cues.phrase("You document systems and changes in our wiki.")).isEqualTo("document systems and changes in our wiki");
		// A bare "you" ends an opening phrase only after a comma: inside a phrase it is left where it is.
		assertThat(cues.phrase("Knowledge of the monitoring tools you use")).isEqualTo("monitoring tools you use");
	}

	@Test
	void anAdvertsYouWillYouHaveAndNiceToHave() {
		Job job = draft("""
				Job Title: Analyst

				You will
				- Log incidents and escalate them to second-line teams.

				You have
				- Ability to communicate clearly and manage a degree of pressure.

				Nice to have
				- A clean driving licence.
				""");
		assertThat(job.duties()).extracting(DraftProfile.Duty::text)
			.containsExactly("Log incidents and escalate them to second-line teams.");
		Requirement incidents = job.requirements().getFirst();
		assertThat(incidents.capability()).isEqualTo(INCIDENTS.id());
		assertThat(incidents.derivedFromDuty()).isTrue();
		Requirement communication = job.requirements().get(1);
		assertThat(communication.capability()).isEqualTo(COMMUNICATION.id());
		assertThat(communication.derivedFromDuty()).isNull();
		assertThat(communication.priority()).isEqualTo("essential");
		assertThat(communication.provenance().section()).isEqualTo("You have");
		Requirement licence = job.requirements().getLast();
		assertThat(licence.priority()).isEqualTo("desirable");
		assertThat(licence.capability()).isInstanceOfSatisfying(ProposedCapability.class,
				c -> assertThat(c.qualificationType()).isEqualTo("licence"));
	}

	@Test
	void aSubHeadingNamingNoSectionStaysInTheSectionAboveIt() {
		// As a Word document's "Heading 1" / "Heading 2" are read.
		Job job = draft("""
				Job Title: Analyst

				# Main duties and responsibilities
				## Technical support
				- Log incidents and escalate them to second-line teams.
				""");
		Requirement incidents = job.requirements().getFirst();
		assertThat(incidents.derivedFromDuty()).isTrue();
		assertThat(incidents.provenance().section()).isEqualTo("Main duties and responsibilities / Technical support");
	}

	@Test
	void criteriaWrittenInTheEssentialAndDesirableColumns() {
		// A person specification laid out "Factor | Essential | Desirable | Assessed by", each sentence a criterion.
		Job job = draft("""
				Job Title: Technician

				Person Specification
				Factor\tEssential\tDesirable\tAssessed by
				Skills and abilities\tAbility to communicate clearly and manage a degree of pressure. Must hold a full driving licence.\tAbility to work independently and prioritise your own workload.\tInterview, references
				""");
		Requirement communication = job.requirements().getFirst();
		assertThat(communication.capability()).isEqualTo(COMMUNICATION.id());
		assertThat(communication.priority()).isEqualTo("essential");
		assertThat(communication.assessedBy()).containsExactly("Interview", "references");
		assertThat(communication.provenance().section()).isEqualTo("Person Specification / Skills and abilities");
		assertThat(communication.provenance().text()).isEqualTo("Ability to communicate clearly and manage a degree of pressure.");
		Requirement licence = job.requirements().stream()
			.filter(r -> r.provenance().text().contains("licence")).findFirst().orElseThrow();
		assertThat(licence.priority()).isEqualTo("essential");
		Requirement independent = job.requirements().stream()
			.filter(r -> r.capability().equals(INDEPENDENT.id())).findFirst().orElseThrow();
		assertThat(independent.priority()).isEqualTo("desirable");
	}

	@Test
	void aTableOfTheJobsDetails() {
		ExtractionRules rules = ExtractionRules.load();
		Outline outline = Outline.of("""
				Job title\tField Engineer
				Band\tBand 4
				Directorate\tDigital Services
				""", rules);
		assertThat(outline.jobs.getFirst().metadata()).containsEntry("title", "Field Engineer")
			.containsEntry("grade", "Band 4").containsEntry("department", "Digital Services");
	}

	@Test
	void theLongestHeadingPhraseNamesTheSection() {
		ExtractionRules rules = ExtractionRules.load();
		assertThat(rules.sectionKind("You will")).isEqualTo("duties");
		assertThat(rules.sectionKind("You will have")).isEqualTo("skills");
		assertThat(rules.sectionKind("What you'll be doing")).isEqualTo("duties");
		assertThat(rules.sectionKind("Physical requirements")).isEqualTo("boilerplate");
		assertThat(rules.sectionKind("Education and experience")).isEqualTo("qualifications");
	}

	@Test
	void anAdvertsLetterheadIsTheOrganizationAndTheNextLineTheTitle() {
		Job job = draft("""
				HARBOURLINE BANK
				Database Administrator

				You have
				- Ability to communicate clearly and manage a degree of pressure.
				""");
		assertThat(job.organization()).isEqualTo("Harbourline Bank");
		assertThat(job.title()).isEqualTo("Database Administrator");
	}

}
