package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.importer.ProficiencyScale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reading of layouts met in held-out job descriptions (issue 15's fourth round), each on a few lines written
 * for the test: Markdown tables with E / D tick columns, criteria closing in "(E)" / "(D)", lettered duties under a
 * heading in capitals, an unknown heading over a list of requirements, PDF lines broken at the margin, and the
 * advert wording removed before matching.
 */
class OutlineTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	private static List<Passage> passages(String text) {
		return Outline.of(text, RULES).passages;
	}

	private static Passage passage(List<Passage> passages, String start) {
		return passages.stream().filter(p -> p.text().startsWith(start)).findFirst().orElseThrow();
	}

	@Test
	void aCapabilityFrameworkTableIsReadByItsHeaderEachIndicatorACriterion() {
		// As a Word table is read: cells tab-separated, a cell's paragraphs apart by DocumentText.CELL_PARAGRAPH.
		char paragraph = DocumentText.CELL_PARAGRAPH;
		List<Passage> passages = passages("""
				## Capabilities for the role

				Capability group\tCapability name\tBehavioural indicators\tLevel
				Relationships\tCommunicate Effectively\tExplain technical issues clearly%sListen carefully before acting\tIntermediate
				Results\tPlan and Prioritise\tPlan and organise own work to meet deadlines\tAdept
				""".formatted(paragraph));
		assertThat(passages).extracting(Passage::text).containsExactly("Explain technical issues clearly",
				"Listen carefully before acting", "Plan and organise own work to meet deadlines");
		assertThat(passage(passages, "Listen").section()).endsWith("Communicate Effectively");
		assertThat(passage(passages, "Plan").section()).endsWith("Plan and Prioritise");
		assertThat(passages).allSatisfy(p -> assertThat(p.sectionKind()).isEqualTo("skills"));
	}

	@Test
	void aCanadianPublicServicePostersSectionsAndAssetQualifications() {
		List<Passage> passages = passages("""
				ABILITIES:
				Ability to communicate effectively in writing.

				PERSONAL SUITABILITY:
				Client service orientation
				Initiative

				Asset qualifications
				Experience using PowerShell to automate administrative tasks.

				Organizational needs
				The agency is committed to having a skilled and diverse workforce reflective of Canadian society.

				Conditions of employment
				Possession of a valid Class 5 driver's licence or equivalent.
				""");
		assertThat(passage(passages, "Client service").sectionKind()).isEqualTo("skills");
		assertThat(passage(passages, "Initiative").sectionKind()).isEqualTo("skills");
		assertThat(passage(passages, "Experience using PowerShell").priority()).isEqualTo("desirable");
		assertThat(passage(passages, "The agency is committed").sectionKind()).isEqualTo("boilerplate");
		assertThat(passage(passages, "Possession of a valid").sectionKind()).isEqualTo("boilerplate");
	}

	@Test
	void aMarkdownTableWithEssentialAndDesirableTickColumns() {
		List<Passage> passages = passages("""
				## Person specification

				| Criteria | E | D |
				|---|:-:|:-:|
				| A degree in computing or equivalent experience | ✓ | |
				| A PhD in a computational field | | ✓ |

				E = essential, D = desirable
				""");
		assertThat(passages).extracting(Passage::text)
			.containsExactly("A degree in computing or equivalent experience", "A PhD in a computational field");
		assertThat(passage(passages, "A degree").priority()).isEqualTo("essential");
		assertThat(passage(passages, "A PhD").priority()).isEqualTo("desirable");
		assertThat(passages).allSatisfy(p -> assertThat(p.sectionKind()).isEqualTo("skills"));
	}

	@Test
	void criteriaClosingInAPriorityMarkAndLetteredDutiesUnderACapitalsHeading() {
		Outline outline = Outline.of("""
				Post:           OT Systems Engineer
				Department:     Control Systems

				PURPOSE OF THE POST
				To keep the control systems running.

				PRINCIPAL ACCOUNTABILITIES
				a) Maintain and configure the servers.
				b) Diagnose and repair faults.

				SELECTION CRITERIA
				Qualifications
				1. A recognised security qualification, e.g. GICSP (D)
				2. Degree in engineering, or equivalent (E)
				Other
				3. Full driving licence (E)
				4. Willing to work on a rota (E)
				""", RULES);
		List<Passage> passages = outline.passages;
		assertThat(outline.jobs.getFirst().metadata()).containsEntry("title", "OT Systems Engineer");
		assertThat(passage(passages, "Maintain").sectionKind()).isEqualTo("duties");
		assertThat(passage(passages, "Diagnose").sectionKind()).isEqualTo("duties");
		Passage security = passage(passages, "A recognised");
		assertThat(security.text()).isEqualTo("A recognised security qualification, e.g. GICSP");
		assertThat(security.priority()).isEqualTo("desirable");
		assertThat(passage(passages, "Degree").priority()).isEqualTo("essential");
		// "Other" is a heading of its list, not a requirement, and its list states requirements.
		assertThat(passages).noneMatch(p -> p.text().equals("Other"));
		assertThat(passage(passages, "Full driving licence").sectionKind()).isEqualTo("skills");
		assertThat(passage(passages, "Full driving licence").priority()).isEqualTo("essential");
	}

	@Test
	void anUnknownHeadingOverAListIsASectionOfRequirementsOnlyWhenItsSentencesStateThem() {
		List<Passage> passages = passages("""
				Day to day you'll
				- build new features for our storefront
				- fix bugs reported by the customer service team

				Is this you?
				- You must have two years of experience building websites.
				- Experience with an e-commerce platform would be a real plus.
				- You stay calm when something breaks.

				Why Brightwell
				- 25% staff discount
				- 28 days' holiday
				""");
		assertThat(passage(passages, "build").sectionKind()).isEqualTo("duties");
		assertThat(passages).noneMatch(p -> p.text().startsWith("Is this you"));
		assertThat(passage(passages, "You must").sectionKind()).isEqualTo("skills");
		assertThat(passage(passages, "You stay calm").sectionKind()).isEqualTo("skills");
		assertThat(passage(passages, "25%").sectionKind()).isEqualTo("other");
	}

	@Test
	void anUnknownHeadingOverDutiesOpeningWithTheirVerbsIsASectionOfDuties() {
		// As the seed's council job description lists its duties: sub-headings under "Purpose of Job", a summary.
		List<Passage> passages = passages("""
				## Purpose of Job:
				To be responsible to the Infrastructure Manager for the council's systems.

				### Database Administration
				1.  Use standard procedures and database management tools to assist with database problems.
				2.  Enrol users, maintain system security, controls and monitor user access to databases.
				3.  On occasion, cover for colleagues.

				### Working arrangements
				- Reports to the Infrastructure Manager
				- Supports the out-of-hours rota once a month

				### Health and safety
				- Take reasonable care of your own health and safety.
				- Follow the council's health and safety policies.
				""");
		assertThat(passage(passages, "Use standard").sectionKind()).isEqualTo("duties");
		assertThat(passage(passages, "Enrol users").sectionKind()).isEqualTo("duties");
		// A reporting line opens with no duty's verb: one duty of two sentences is no list of duties.
		assertThat(passage(passages, "Supports the").sectionKind()).isEqualTo("other");
		assertThat(passage(passages, "Follow the").sectionKind()).isEqualTo("other");
	}

	@Test
	void pdfLinesBrokenAtTheMarginAreJoined() {
		String text = DocumentText.unwrap("""
				Brightwell Home
				• You must have at least two years of commercial experience building websites with JavaScript,
				HTML and CSS.
				• You'll need a solid grasp of REST APIs and JSON, and of the tools around them too.
				Why Brightwell
				""");
		assertThat(text.lines().toList()).containsExactly("Brightwell Home",
				"• You must have at least two years of commercial experience building websites with JavaScript, HTML and CSS.",
				"• You'll need a solid grasp of REST APIs and JSON, and of the tools around them too.", "Why Brightwell");
	}

	@Test
	void advertWordingAndAClosingPriorityAreNotMatched() {
		Cues cues = new Cues(RULES, ProficiencyScale.load());
		assertThat(cues.phrase("You'll need a solid grasp of REST APIs and JSON.")).isEqualTo("REST APIs and JSON");
		assertThat(cues.phrase("Experience with Shopify or another e-commerce platform would be a real plus."))
			.isEqualTo("Shopify or another e-commerce platform");
		assertThat(cues.phrase("Ideally you'll also know the accessibility standards (WCAG 2.2)."))
			.isEqualTo("accessibility standards (WCAG 2.2)");
		assertThat(cues.phrase("Escalate faults where necessary.")).isEqualTo("Escalate faults where necessary");
	}

	@Test
	void aPriorityLabelOverCriteriaListedBetweenSemicolons() {
		List<Passage> passages = passages("""
				### What you need to succeed

				**Essential:** at least 3 years administering Windows Server; hands-on Microsoft 365 and Intune; clear, courteous written English.

				**Preferred:** VMware vSphere; PowerShell scripting; experience in a law firm.
				""");
		assertThat(passages).extracting(Passage::text).containsExactly("at least 3 years administering Windows Server",
				"hands-on Microsoft 365 and Intune", "clear, courteous written English", "VMware vSphere",
				"PowerShell scripting", "experience in a law firm");
		assertThat(passage(passages, "hands-on").priority()).isEqualTo("essential");
		assertThat(passage(passages, "PowerShell").priority()).isEqualTo("desirable");
		assertThat(passages).allSatisfy(p -> assertThat(p.sectionKind()).isEqualTo("skills"));
	}


	@Test
	void numberedHeadingsAndSubHeadingsAreToldApartFromANumberedList() {
		List<Passage> passages = passages("""
				Role Profile

				1. Why this role exists
				The engineer keeps the plant's systems running.

				2. Main responsibilities

				2.1 Users get a fast fix
				    • Diagnose faults and fix them.

				2.2 The network is reliable
				    • Look after the switches and the cabling.

				3. Person specification
				1. Knowledge of networking
				2. Experience of supporting users
				\tApplication form
				\t3. ECDL qualification
				\tApplication form
				""");
		Passage diagnose = passage(passages, "Diagnose");
		assertThat(diagnose.sectionKind()).isEqualTo("duties");
		assertThat(diagnose.section()).isEqualTo("Main responsibilities / Users get a fast fix");
		assertThat(passage(passages, "Look after").sectionKind()).isEqualTo("duties");
		// Items of a numbered list stay requirements, not headings.
		assertThat(passage(passages, "Knowledge of networking").sectionKind()).isEqualTo("skills");
		assertThat(passage(passages, "Experience of supporting").sectionKind()).isEqualTo("skills");
		assertThat(passages).noneMatch(p -> p.text().startsWith("Users get") || p.text().startsWith("Main"));
		// A numbered criterion in a table's cell, between assessment cells, stays a criterion.
		assertThat(passages).extracting(Passage::text).contains("ECDL qualification");
	}

	@Test
	void aPriorityClosingAfterADashIsNotMatched() {
		Cues cues = new Cues(RULES, ProficiencyScale.load());
		assertThat(cues.phrase("Sound understanding of TCP/IP and wireless networking \u2014 essential"))
			.isEqualTo("Sound understanding of TCP/IP and wireless networking");
		assertThat(cues.phrase("CompTIA Network+ or Cisco CCNA - desirable")).isEqualTo("CompTIA Network+ or Cisco CCNA");
		assertThat(cues.phrase("Knowledge of what is non-essential")).isEqualTo("what is non-essential");
	}


	@Test
	void aShortLineBetweenABlankLineAndProseIsAHeadingOnceTheHeadingsHaveBegun() {
		List<Passage> passages = passages("""
				Depot Technician
				Example Rail Services

				Duties
				- Diagnose and fix faults on the depot's network.

				Life at the depot
				Our depot sits beside the river. The canteen serves breakfast from seven.
				""");
		// Its prose is context under its own heading, not duties of the section above.
		assertThat(passage(passages, "Our depot").section()).isEqualTo("Life at the depot");
		assertThat(passage(passages, "Our depot").sectionKind()).isEqualTo("other");
		assertThat(passage(passages, "Diagnose").sectionKind()).isEqualTo("duties");
		// The lines at the top stay the title and organization, not headings.
		assertThat(Outline.of("""
				Depot Technician

				Example Rail Services
				We run the depots of the northern lines.
				""", RULES).passages).allSatisfy(p -> assertThat(p.section()).isEqualTo("(before the first heading)"));
	}

	/** Helper ex30's note (stop 42): a priority heading right after the duties kept their kind. */
	@Test
	void aPriorityHeadingAfterTheDutiesStartsRequirements() {
		List<Passage> passages = passages("""
				Systems Engineer

				What you'll do
				- Manage our Windows servers and the backups.

				Nice to have
				- Experience with Kubernetes.

				Desired Skills
				- Scripting in PowerShell.
				""");
		assertThat(passage(passages, "Manage our").sectionKind()).isEqualTo("duties");
		assertThat(passage(passages, "Experience with").sectionKind()).isEqualTo("skills");
		assertThat(passage(passages, "Experience with").priority()).isEqualTo("desirable");
		assertThat(passage(passages, "Scripting").sectionKind()).isEqualTo("skills");
	}

	/**
	 * A row of one cell inside a person specification's table ("Experience" across its columns) groups the criteria
	 * under it; the table's columns hold on (helper ex33's note, stop 43: it threw a NullPointerException).
	 */
	@Test
	void aGroupRowInsideATableKeepsItsColumns() {
		List<Passage> passages = passages("""
				## Person specification

				Criteria\tEssential\tDesirable\tAssessed by
				Qualifications
				A degree in computing or equivalent experience\t✓\t\tApplication
				Experience
				Supporting users on a service desk\t✓\t\tApplication, interview
				Administering Microsoft 365\t\t✓\tInterview
				""");
		assertThat(passage(passages, "A degree").priority()).isEqualTo("essential");
		assertThat(passage(passages, "Supporting users").priority()).isEqualTo("essential");
		assertThat(passage(passages, "Supporting users").assessedBy()).containsExactly("Application", "interview");
		assertThat(passage(passages, "Administering").priority()).isEqualTo("desirable");
		assertThat(passages).noneMatch(p -> p.text().contains("\u2713"));
	}

	/** An agency's "What's on offer:" (the lead's round of stop 44): benefits, even the certifications paid for. */
	@Test
	void whatIsOnOfferIsBenefits() {
		List<Passage> passages = passages("""
				What's on offer:
				- 25 days holiday plus bank holidays
				- Ongoing training and certifications paid for by the business
				""");
		assertThat(passage(passages, "25 days").sectionKind()).isEqualTo("boilerplate");
		assertThat(RULES.boilerplateReason("Ongoing training and certifications paid for by the business"))
			.isEqualTo("benefits");
	}

	/** A candidate pack's offer of adjustments to the process (stop 44): it matched Continuous Service Improvement. */
	@Test
	void adjustmentsToTheApplicationAreTheProcessNotTheJob() {
		assertThat(RULES.boilerplateReason("Please tell us if you need any adjustments to the application or interview process."))
			.isEqualTo("application instructions");
	}

	@Test
	void indeedsFooterItemsAreCriteriaWithTheirPriorityInBrackets() {
		// A posting on Indeed pasted as text: the structured footer's items, one a line, their bullets lost.
		List<Passage> passages = passages("""
				Experience:

				Linux: 2 years (Required)
				Cisco IOS: 1 year (Preferred)

				License/Certification:

				CCNA (Preferred)
				""");
		assertThat(passage(passages, "Linux").text()).isEqualTo("Linux: 2 years");
		assertThat(passage(passages, "Linux").priority()).isEqualTo("essential");
		assertThat(passage(passages, "Linux").sectionKind()).isEqualTo("experience");
		assertThat(passage(passages, "Cisco").priority()).isEqualTo("desirable");
		assertThat(passage(passages, "CCNA").priority()).isEqualTo("desirable");
	}

	@Test
	void indeedsFooterFactsAreLeftOut() {
		List<Passage> passages = passages("""
				Ability to Commute:

				Reading, PA 19601 (Required)

				Ability to Relocate:

				Reading, PA 19601: Relocate before starting work (Required)
				""");
		assertThat(passages).extracting(Passage::sectionKind).containsOnly("boilerplate");
		assertThat(RULES.boilerplateReason("Pay: $58,000.00 - $70,000.00 per year")).isEqualTo("job facts");
	}

	@Test
	void aHeadingNamingSkillsAndExperienceListsSkillsNotOnlyExperience() {
		List<Passage> passages = passages("""
				Skills & Experience Required:

				- Terraform
				- Three years' experience in a service desk role

				Experience and skills

				- Ansible
				""");
		// Each item takes its kind from its own words, as under "Requirements": a bare tool is no experience.
		assertThat(passages).extracting(Passage::sectionKind).containsOnly("skills");
	}

}
