package org.competencygraph.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.competencygraph.extraction.DraftProfile.Job;
import org.competencygraph.extraction.DraftProfile.ProposedCapability;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction without a database: a job description to a draft, with a matcher that knows two capabilities by a
 * word of theirs, so what the draft says depends only on the reading of the document and the cue words.
 */
class DraftBuilderTests {

	static final Map<String, String> KNOWN = Map.of("communicate", "competency/communication", "faults",
			"skill/troubleshooting", "incident", "skill/incident-management");

	static final Function<String, Resolution> MATCHER = phrase -> KNOWN.entrySet().stream()
		.filter(e -> phrase.toLowerCase().contains(e.getKey()))
		.findFirst()
		.map(e -> new Resolution(new Match(e.getValue(), e.getValue(), "semantic", 0.8, "test"), List.of(), false))
		.orElse(new Resolution(null, List.of(), false));

	static DraftProfile draft(String name, byte[] content) {
		ExtractionRules rules = ExtractionRules.load();
		Outline outline = Outline.of(DocumentText.read(name, content), rules);
		return new DraftBuilder(rules, new Cues(rules, ProficiencyScale.load()), MATCHER, 0.66,
				id -> id.equals("certification/ccna-certification-or-equivalent")).build(name, outline);
	}

	static byte[] fixture(String name) throws IOException {
		return new ClassPathResource("extraction/" + name).getContentAsByteArray();
	}

	static Requirement requirement(Job job, String words) {
		return job.requirements().stream().filter(r -> r.provenance().text().contains(words)).findFirst().orElseThrow();
	}

	@Test
	void metadataSectionsPriorityLevelAndKindFromATextDocument() throws IOException {
		DraftProfile draft = draft("network-support-analyst.txt", fixture("network-support-analyst.txt"));
		assertThat(draft.jobs()).hasSize(1);
		Job job = draft.jobs().getFirst();
		assertThat(job.title()).isEqualTo("Network Support Analyst");
		assertThat(job.code()).isEqualTo("NSA-204");
		assertThat(job.grade()).isEqualTo("7");
		assertThat(job.department()).isEqualTo("Digital Services");
		assertThat(job.organization()).isEqualTo("Northbridge District Council");
		assertThat(job.id()).isEqualTo("northbridge-district-council/network-support-analyst");
		assertThat(job.summary()).startsWith("To keep the council's voice and data networks");
		assertThat(job.duties()).extracting(DraftProfile.Duty::text).hasSize(3).first().asString()
			.startsWith("Investigate and resolve network faults");

		Requirement tcp = requirement(job, "TCP/IP");
		assertThat(tcp.priority()).isEqualTo("essential");
		assertThat(tcp.level()).isEqualTo(3);
		assertThat(tcp.levelText()).isEqualTo("working knowledge");
		assertThat(tcp.capability()).isInstanceOfSatisfying(ProposedCapability.class, c -> {
			assertThat(c.kind()).isEqualTo("KnowledgeArea");
			assertThat(c.id()).isEqualTo("knowledge/tcp-ip-networking-and-routing");
		});
		assertThat(tcp.provenance().section()).isEqualTo("Person Specification / Essential");
		assertThat(tcp.provenance().position()).isEqualTo(20);

		Requirement years = requirement(job, "three years");
		assertThat(years.levelText()).isEqualTo("3 years");
		assertThat(years.level()).isEqualTo(3);
		assertThat(((ProposedCapability) years.capability()).qualificationType()).isEqualTo("experience");

		Requirement communicate = requirement(job, "communicate clearly");
		assertThat(communicate.capability()).isEqualTo("competency/communication");
		assertThat(communicate.confidence()).isEqualTo(0.8);

		Requirement ccna = requirement(job, "CCNA");
		assertThat(ccna.priority()).isEqualTo("desirable");
		assertThat(((ProposedCapability) ccna.capability()).qualificationType()).isEqualTo("certification");
		// An id the graph already has is not reused: importing the draft would rename that capability.
		assertThat(ccna.capabilityId()).isEqualTo("certification/ccna-certification-or-equivalent-2");

		Requirement duty = requirement(job, "network faults");
		assertThat(duty.capability()).isEqualTo("skill/troubleshooting");
		assertThat(duty.derivedFromDuty()).isTrue();
		// Duties that name no known capability are listed for review, not proposed as capabilities.
		assertThat(job.requirements()).noneMatch(r -> r.provenance().text().contains("monthly reports"));
		assertThat(draft.extraction().unmatched()).anyMatch(p -> p.text().contains("monthly reports") && !p.proposed());

		assertThat(draft.extraction().boilerplate()).extracting(DraftProfile.LeftOut::reason)
			.contains("other duties", "equal opportunities", "physical conditions");
		assertThat(job.requirements()).noneMatch(r -> r.provenance().text().contains("equal opportunities"));
	}

	@Test
	void severalLevelsBecomeJobsThatIncludeTheLevelBelow() throws IOException {
		DraftProfile draft = draft("levels-example.md", fixture("levels-example.md"));
		assertThat(draft.jobs()).extracting(Job::title)
			.containsExactly("Service Desk Analyst Level 1", "Service Desk Analyst Level 2", "Service Desk Analyst Level 3");
		assertThat(draft.jobs()).extracting(Job::includesRequirementsOf)
			.containsExactly(null, "example-trust/service-desk-analyst-level-1", "example-trust/service-desk-analyst-level-2");
		assertThat(draft.jobs().get(0).duties()).extracting(DraftProfile.Duty::text)
			.containsExactly("Log and track incidents reported by users.");
		Requirement knowledge = requirement(draft.jobs().get(1), "In-depth knowledge");
		assertThat(knowledge.capability()).isEqualTo("skill/incident-management");
		// Preferred in the person specification, but a Level 2 duty ("Resolve escalated incidents") implies it: the
		// stated sentence's level and provenance are kept, the priority stays essential.
		assertThat(knowledge.priority()).isEqualTo("essential");
		assertThat(knowledge.evidence()).contains("a duty of the job implies it (the sentence says desirable)");
		assertThat(knowledge.level()).isEqualTo(5);
	}

	@Test
	void wordAndPdfDocumentsGiveTheSameRequirementsAsTheirText() throws IOException {
		String text = new String(fixture("network-support-analyst.txt"), StandardCharsets.UTF_8);
		List<String> expected = texts(draft("network-support-analyst.txt", text.getBytes(StandardCharsets.UTF_8)));
		assertThat(texts(draft("network-support-analyst.docx", Documents.docx(text)))).isEqualTo(expected);
		assertThat(texts(draft("network-support-analyst.pdf", Documents.pdf(text)))).isEqualTo(expected);
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsRefused() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentText.read("cv.pdf", "plain words".getBytes()))
			.isInstanceOf(InvalidDocumentException.class)
			.hasMessageContaining("cv.pdf: cannot be read as pdf");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentText.read("cv.odt", new byte[1]))
			.hasMessageContaining("must end with .txt, .md, .docx or .pdf");
	}

	@Test
	void aLicenceIsProposedByItsOwnNameAndPreEmploymentChecksAreBoilerplate() {
		String text = """
				IT Technician
				Example Schools Trust

				What we're looking for
				You will spend part of each week at our other schools, so you will need a full UK driving licence and access to a car.
				Full driving licence and willingness to travel between sites.
				This post is subject to an enhanced DBS check.
				The trust is committed to safeguarding and promoting the welfare of children.
				An understanding of safeguarding in schools would be useful.
				""";
		Job job = draft("advert.txt", text.getBytes(StandardCharsets.UTF_8)).jobs().getFirst();
		// The licence, not the whole sentence, names the proposal (as a curator writes it).
		assertThat(requirement(job, "access to a car").capability()).isInstanceOfSatisfying(ProposedCapability.class, c -> {
			assertThat(c.name()).isEqualTo("Full UK driving licence");
			assertThat(c.id()).isEqualTo("licence/full-uk-driving-licence");
		});
		assertThat(((ProposedCapability) requirement(job, "willingness to travel").capability()).name())
			.isEqualTo("Full driving licence");
		DraftProfile draft = draft("advert.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(draft.extraction().boilerplate()).extracting(DraftProfile.LeftOut::reason)
			.contains("pre-employment checks", "values statement");
		assertThat(job.requirements()).noneMatch(r -> r.provenance().text().contains("DBS"));
		// Knowing about safeguarding is a requirement; only the employer's commitment is boilerplate.
		assertThat(requirement(job, "understanding of safeguarding").priority()).isEqualTo("desirable");
	}

	@Test
	void otherCountriesPreEmploymentChecksAndASecurityClearanceAreBoilerplate() {
		String text = """
				Field ICT Support Officer

				Essential requirements
				Eligibility to obtain and maintain a Working with Children Check clearance and a national police check.
				You must have the right to work in the UK.
				Reliability Status security clearance.
				Ability to communicate with staff at every level.
				Ability to obtain and hold a Secret security clearance to work on incident systems.
				""";
		DraftProfile draft = draft("role.txt", text.getBytes(StandardCharsets.UTF_8));
		// A security clearance the job needs is a condition of employment too, granted by the government to whom the
		// post is offered (twenty-second round: no curated profile makes one a capability; until then it was kept).
		assertThat(draft.extraction().boilerplate()).filteredOn(l -> l.reason().equals("pre-employment checks"))
			.hasSize(4);
		Job job = draft.jobs().getFirst();
		assertThat(job.requirements()).noneMatch(r -> r.provenance().text().contains("police check")
				|| r.provenance().text().contains("right to work") || r.provenance().text().contains("Reliability")
				|| r.provenance().text().contains("Secret security clearance"));
		assertThat(job.requirements()).anyMatch(r -> r.provenance().text().contains("communicate"));
	}

	@Test
	void travelThePostInvolvesIsAConditionUnlessTheSentenceStatesARequirementBesides() {
		String text = """
				Systems Engineer

				Other requirements
				Occasional travel to our regional offices.
				Willingness and ability to travel to field offices, up to 15% of the time.
				A full driving licence, for travel between our sites.
				Ability to explain technical issues to colleagues.
				""";
		DraftProfile draft = draft("role.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(draft.extraction().boilerplate()).filteredOn(l -> l.reason().equals("travel")).hasSize(2);
		Job job = draft.jobs().getFirst();
		assertThat(job.requirements()).noneMatch(r -> r.provenance().text().contains("regional offices")
				|| r.provenance().text().contains("field offices"));
		assertThat(job.requirements()).anyMatch(r -> r.provenance().text().contains("driving licence"));
	}

	@Test
	void aTitlesClosingGenderMarkIsNotPartOfTheTitle() {
		for (String line : List.of("System Administrator Infrastructure (m/f/d)", "System Administrator Infrastructure (M/W/D)",
				"System Administrator Infrastructure H/F")) {
			DraftProfile draft = draft("advert.txt", (line + "\n\nYour tasks\n- Resolve incidents raised by users.\n")
				.getBytes(StandardCharsets.UTF_8));
			Job job = draft.jobs().getFirst();
			assertThat(job.title()).isEqualTo("System Administrator Infrastructure");
			assertThat(job.id()).endsWith("/system-administrator-infrastructure");
		}
	}

	@Test
	void aLanguageOtherThanTheDocumentsOwnIsACapabilityOfItsOwn() {
		String text = """
				Systems Engineer

				Your profile
				- Able to communicate in fluent German and good English, written and spoken
				- Welsh language skills are desirable
				- Experience of Irish public sector procurement
				""";
		DraftProfile draft = draft("role.txt", text.getBytes(StandardCharsets.UTF_8));
		Job job = draft.jobs().getFirst();
		assertThat(job.requirements()).filteredOn(r -> r.provenance().text().contains("German"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.capability()).isInstanceOfSatisfying(ProposedCapability.class, c -> {
					assertThat(c.name()).isEqualTo("German language");
					assertThat(c.kind()).isEqualTo("Skill");
				});
				assertThat(r.priority()).isEqualTo("essential");
			});
		assertThat(requirement(job, "Welsh").capability()).isInstanceOfSatisfying(ProposedCapability.class,
				c -> assertThat(c.name()).isEqualTo("Welsh language"));
		assertThat(requirement(job, "Welsh").priority()).isEqualTo("desirable");
		assertThat(requirement(job, "Irish").capability()).isInstanceOfSatisfying(ProposedCapability.class,
				c -> assertThat(c.name()).doesNotContain("language"));
	}

	@Test
	void aDutyNamingTheOnCallRotaAfterAClauseOfItsOwnIsADuty() {
		String text = """
				Systems Engineer

				Duties
				- Resolve incidents raised by users, and take part in a shared on-call rota.
				- This position is part of an on-call roster, one week in five, and incidents may come at night.
				- Take your turn on the out-of-hours on-call rota (one week in six).
				""";
		DraftProfile draft = draft("role.txt", text.getBytes(StandardCharsets.UTF_8));
		Requirement incidents = requirement(draft.jobs().getFirst(), "Resolve incidents");
		assertThat(incidents.capabilityId()).isEqualTo("skill/incident-management");
		assertThat(incidents.derivedFromDuty()).isTrue();
		// The rota as the sentence's own subject stays a condition of the post.
		assertThat(draft.extraction().boilerplate()).filteredOn(l -> l.reason().equals("working hours"))
			.extracting(DraftProfile.LeftOut::text)
			.containsExactly("This position is part of an on-call roster, one week in five, and incidents may come at night.",
					"Take your turn on the out-of-hours on-call rota (one week in six).");
	}

	@Test
	void anEuVacancyNoticesConditionsOfEligibilityAndApplicationStepsAreBoilerplate() {
		String text = """
				VACANCY NOTICE
				ICT Infrastructure Officer
				Function group and grade: AD 6

				4. ELIGIBILITY CRITERIA

				4.1 General conditions
				\u2022 be a national of a Member State of the European Union;
				\u2022 enjoy full rights as a citizen;
				\u2022 have a thorough knowledge of one of the official languages of the European Union.

				4.2 Education and professional experience
				\u2022 at least three years of experience in resolving incident tickets.

				5. SELECTION CRITERIA

				5.1 Essential criteria
				\u2022 ability to communicate with users at every level;

				5.2 Advantageous criteria
				\u2022 experience of diagnosing network faults.

				7. CONDITIONS OF EMPLOYMENT
				Before being engaged, the candidate will undergo a medical examination and must provide the originals of the diplomas.

				9. HOW TO APPLY
				Applications must be submitted through the e-recruitment tool, with a Europass CV and a letter in English.
				""";
		DraftProfile draft = draft("notice.txt", text.getBytes(StandardCharsets.UTF_8));
		Job job = draft.jobs().getFirst();
		assertThat(job.requirements()).noneMatch(r -> r.provenance().text().contains("Member State")
				|| r.provenance().text().contains("full rights") || r.provenance().text().contains("official languages")
				|| r.provenance().text().contains("medical examination")
				|| r.provenance().text().contains("Applications must"));
		assertThat(draft.extraction().unmatched()).noneMatch(p -> p.text().contains("official languages")
				|| p.text().contains("Applications must") || p.text().contains("medical examination"));
		assertThat(requirement(job, "incident tickets").priority()).isEqualTo("essential");
		assertThat(requirement(job, "communicate with users").priority()).isEqualTo("essential");
		assertThat(requirement(job, "network faults").priority()).isEqualTo("desirable");
	}

	@Test
	void takingResponsibilityIsARequirementAndTheResponsibilityForLabelIsTheReportingLine() {
		String text = """
				Infrastructure Engineer

				Key responsibilities
				1. Take personal responsibility for resolving faults reported by users.
				2. Manage smaller projects with responsibility for how the team communicates with users.

				Supervision and management
				Reporting to: Infrastructure Technical Lead
				Responsibility for: N/A

				Person specification
				Experience of incident management would be highly regarded.
				""";
		DraftProfile draft = draft("jd.txt", text.getBytes(StandardCharsets.UTF_8));
		Job job = draft.jobs().getFirst();
		// "responsibility for" inside a duty is part of the duty, not a reporting line.
		assertThat(requirement(job, "resolving faults").capabilityId()).isEqualTo("skill/troubleshooting");
		assertThat(requirement(job, "smaller projects").capabilityId()).isEqualTo("competency/communication");
		// The label line of the reporting section is.
		assertThat(draft.extraction().boilerplate())
			.anySatisfy(l -> assertThat(l.text()).startsWith("Responsibility for: N/A"))
			.anySatisfy(l -> assertThat(l.reason()).isEqualTo("reporting line"));
		assertThat(requirement(job, "highly regarded").priority()).isEqualTo("desirable");
	}

	@Test
	void aClassSpecificationsTitleDefinitionDisclaimerAndLittleSupervision() {
		String text = """
				COUNTY OF EXAMPLE
				CLASS SPECIFICATION
				NETWORK TECHNICIAN II

				DEFINITION
				Under general supervision, investigates network faults and performs related work as required.

				EXAMPLES OF DUTIES (Illustrative Only)
				Management reserves the right to add, modify, change or rescind the work assignments of different positions.
				1. Responds to incident reports from County employees.

				MINIMUM QUALIFICATIONS
				Ability to:
				Work independently with little direct supervision to resolve faults;
				""";
		DraftProfile draft = draft("class-spec.txt", text.getBytes(StandardCharsets.UTF_8));
		Job job = draft.jobs().getFirst();
		// The line naming the kind of document is not the job's title; the next line is.
		assertThat(job.title()).isEqualTo("Network Technician II");
		// The definition says what the class is, as a summary does; its verbs are not requirements of their own.
		assertThat(job.summary()).startsWith("Under general supervision, investigates network faults");
		assertThat(job.requirements()).noneMatch(r -> r.provenance().text().startsWith("Under general supervision"));
		// The employer's right to change the duties is no duty.
		assertThat(draft.extraction().boilerplate()).anySatisfy(l -> {
			assertThat(l.text()).startsWith("Management reserves the right");
			assertThat(l.reason()).isEqualTo("other duties");
		});
		assertThat(requirement(job, "incident reports").capabilityId()).isEqualTo("skill/incident-management");
		// Working with little supervision is asked of the candidate, not the post's reporting line.
		assertThat(draft.extraction().boilerplate()).noneMatch(l -> l.text().contains("little direct supervision"));
		assertThat(requirement(job, "little direct supervision").capabilityId()).isEqualTo("skill/troubleshooting");
	}

	@Test
	void anAgencysApplicationStepsPayAndLicenceNumbersAreBoilerplateAfterTheRequirements() {
		// A job board advert placed by a recruitment agency: what follows the requirements, under no heading of its
		// own, is read in the requirements section, and "experience" in the pay line or "licence" in the agency's
		// licence number would otherwise make requirements of them wherever they stand.
		String text = """
				IT Support Executive

				Job Highlights
				* 5-day work week
				* Transport provided from the MRT station

				Our client, a regional logistics operator, is growing its IT team.

				Working Location: Jurong
				Working Hours: Mon - Fri, 8.30am - 5.30pm
				Salary: $3,500 - $4,200 (depending on experience) + AWS
				Job Type: Permanent, Full Time

				Job Requirements:
				\u2022 Ability to resolve incident tickets raised by users
				\u2022 Able to communicate with users at every level

				Interested applicants, please send your updated resume stating your expected salary.
				We regret that only shortlisted candidates will be notified.
				Harbourline Recruitment Pte Ltd | EA Licence No. 12C3456
				""";
		DraftProfile draft = draft("advert.txt", text.getBytes(StandardCharsets.UTF_8));
		Job job = draft.jobs().getFirst();
		assertThat(job.requirements()).extracting(r -> r.provenance().text())
			.containsExactly("Ability to resolve incident tickets raised by users",
					"Able to communicate with users at every level");
		assertThat(draft.extraction().boilerplate()).extracting(DraftProfile.LeftOut::reason)
			.contains("pay", "application instructions", "agency details");
	}

	@Test
	void aShortSentenceOfAProseParagraphIsARequirementUnlessItSaysHowMuchOfTheOneBefore() {
		// A vacancy circular writes its requirements as one paragraph of sentences: a short one among them is a
		// criterion of its own ("Understanding of ITIL processes."), where a short one that says how much or which of
		// the criterion before it ("At least two of them.") qualifies that criterion and asks nothing of its own.
		String text = """
				Senior IT Technician

				REQUIREMENTS       : Experience of diagnosing network faults on switches, routers and wireless access points. At least two of them. Incident management skills. Able to communicate clearly.
				""";
		DraftProfile draft = draft("circular.txt", text.getBytes(StandardCharsets.UTF_8));
		Job job = draft.jobs().getFirst();
		assertThat(job.requirements()).extracting(r -> r.provenance().text())
			.containsExactly("Experience of diagnosing network faults on switches, routers and wireless access points.",
					"Incident management skills.", "Able to communicate clearly.");
		assertThat(draft.extraction().unmatched()).isEmpty();
	}

	@Test
	void theEnquiriesLineClosingACircularIsNoDutyAndAnInitialEndsNoSentence() {
		// The circular's run-in "ENQUIRIES :" after the duties is read as their subheading: the name and telephone
		// number were duties, and "Mr K." a sentence of its own matched by meaning.
		String text = """
				Senior IT Technician

				DUTIES             : Resolve incident tickets raised by users. Diagnose network faults.
				ENQUIRIES          : Mr K. Mothibi Tel No: (018) 388 4412
				""";
		DraftProfile draft = draft("circular.txt", text.getBytes(StandardCharsets.UTF_8));
		Job job = draft.jobs().getFirst();
		assertThat(job.duties()).extracting(DraftProfile.Duty::text)
			.containsExactly("Resolve incident tickets raised by users.", "Diagnose network faults.");
		assertThat(job.requirements()).extracting(r -> r.provenance().text())
			.containsExactly("Resolve incident tickets raised by users.", "Diagnose network faults.");
		assertThat(draft.extraction().unmatched()).isEmpty();
		assertThat(Outline.sentences("Contact Ms N. Seleke or Dr A. Botha. Applications close on Friday."))
			.containsExactly("Contact Ms N. Seleke or Dr A. Botha.", "Applications close on Friday.");
	}

	@Test
	void aSectionReadAsContextOnlyIsListedInTheDraft() {
		// "WHERE YOU COME IN" is a heading the vocabularies do not know and its lines state no requirement: they are
		// read as context only, so no requirement comes of the incident line; the reviewer must see that, and where.
		String text = """
				Store Systems Engineer
				Harvest Lane Markets

				What you will need
				- Able to communicate clearly with store managers.

				WHERE YOU COME IN
				- Keep the tills and scales of 140 stores running.
				- Work through the incident queue with the help desk.
				""";
		DraftProfile draft = draft("advert.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(draft.jobs().getFirst().requirements()).extracting(Requirement::capabilityId)
			.containsExactly("competency/communication");
		assertThat(draft.extraction().notRead()).singleElement().satisfies(section -> {
			assertThat(section.section()).isEqualTo("WHERE YOU COME IN");
			assertThat(section.sentences()).isEqualTo(2);
			assertThat(section.position()).isEqualTo(8);
			assertThat(section.first()).isEqualTo("Keep the tills and scales of 140 stores running.");
			assertThat(section.reason()).contains("context only");
		});
	}

	@Test
	void aJobPortalsFactsAboutTheVacancyAreNoRequirements() {
		// "Any other tasks assigned" closing the duties is no duty. A job board's "Job Details" and "Preferred
		// Candidate" blocks after the skills: where, which industry, what contract, and its filters on the
		// candidate. Read in the skills section, each line was a requirement. "Job Details" and "Preferred Candidate",
		// each a short line between a blank line and the block, are the blocks' headings.
		String text = """
				IT Support Engineer
				Gulf Logistics LLC

				Key Responsibilities:
				- Any other tasks assigned by the IT Manager.

				Requirements:
				- Incident management experience.

				Skills
				Troubleshooting faults

				Job Details
				Job Location: Riyadh, Saudi Arabia
				Company Industry: Logistics
				Employment Type: Full Time Employee

				Preferred Candidate
				Career Level: Mid Career
				Nationality: Any
				""";
		DraftProfile draft = draft("advert.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(draft.jobs().getFirst().requirements()).extracting(Requirement::capabilityId)
			.containsExactly("skill/incident-management", "skill/troubleshooting");
		assertThat(draft.jobs().getFirst().duties()).isEmpty();
		assertThat(draft.extraction().boilerplate()).filteredOn(l -> l.reason().equals("other duties"))
			.extracting(DraftProfile.LeftOut::text)
			.containsExactly("Any other tasks assigned by the IT Manager.");
		assertThat(draft.extraction().boilerplate()).filteredOn(l -> l.reason().equals("job facts"))
			.extracting(DraftProfile.LeftOut::text)
			.containsExactly("Job Location: Riyadh, Saudi Arabia", "Company Industry: Logistics",
					"Employment Type: Full Time Employee", "Career Level: Mid Career", "Nationality: Any");
	}

	@Test
	void whoMayApplyByNationalityOrResidenceIsAnEligibilityConditionNotACapability() {
		String text = """
				IT Infrastructure Executive

				Job Requirements:
				- Incident management experience.
				- Singaporeans only
				- UAE nationals only.
				- Candidates must hold a valid work visa for Malaysia.
				""";
		DraftProfile draft = draft("advert.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(draft.jobs().getFirst().requirements()).extracting(Requirement::capabilityId)
			.containsExactly("skill/incident-management");
		assertThat(draft.extraction().boilerplate()).filteredOn(l -> l.reason().equals("eligibility conditions"))
			.extracting(DraftProfile.LeftOut::text)
			.containsExactly("Singaporeans only", "UAE nationals only.",
					"Candidates must hold a valid work visa for Malaysia.");
	}

	@Test
	void aPersonSpecificationsNumberedCriterionWithItsAssessmentIsAskedForWhateverBoilerplateItResembles() {
		// As the seed council's person specification prints its values: numbered criteria assessed at interview.
		String text = """
				Infrastructure Engineer

				We are committed to our values and to equal opportunities for all.

				Person specification
				Essential
				\tSkills and abilities
				\t
				\t16. Ability to communicate with colleagues at all levels
				\tInterview
				Assessment
				\tOur values
				\t
				\t24. Respect
				\tInterview
				Assessment

				\t25. Openness
				\tInterview
				Assessment

				Desirable
				\tQualifications
				\t26. Project management qualification
				\tApplication form
				""";
		DraftProfile draft = draft("person-specification.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(draft.extraction().unmatched()).extracting(DraftProfile.Phrase::text)
			.contains("Respect", "Openness");
		assertThat(draft.extraction().boilerplate()).extracting(DraftProfile.LeftOut::text)
			.doesNotContain("Respect", "Openness")
			.contains("We are committed to our values and to equal opportunities for all.");
	}

	@Test
	void anAssessmentsColumnNamePrintedBeforeTheNextCriterionIsNoHeadingOfIt() {
		// The seed's layout without a blank line between two criteria and nothing after the last (noted in stop 41).
		String text = """
				Person specification
				Essential
				\tOur values
				\t
				\t24. Respect
				\tInterview
				Assessment
				\t25. Openness
				\tInterview
				Assessment""";
		Outline outline = Outline.of(text, UnmatchedDrafts.RULES);
		assertThat(outline.passages).extracting(Passage::text).containsExactly("Respect", "Openness");
		assertThat(outline.passages).extracting(Passage::section).containsOnly("Our values");
		assertThat(outline.passages.getFirst().assessedBy()).contains("Interview");
	}

	@Test
	void aCertificatesNameAloneIsACertification() {
		Job job = draft("advert.txt", """
				Network Engineer

				Desirable

				- CompTIA Network+
				- VCP-DCV
				""".getBytes(StandardCharsets.UTF_8)).jobs().getFirst();
		// Proposed as certificates, as a reviewer would import them, not as skills by the section.
		assertThat(job.requirements()).hasSize(2).allSatisfy(r -> assertThat(r.capability())
			.isInstanceOfSatisfying(ProposedCapability.class, c -> assertThat(c.qualificationType()).isEqualTo("certification")));
	}

	private static List<String> texts(DraftProfile draft) {
		return draft.jobs().getFirst().requirements().stream().map(r -> r.capabilityId() + " " + r.priority()).toList();
	}

}
