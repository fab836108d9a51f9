package org.competencygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job family's grades printed side by side, one job per column, as a PDF's text comes out of it (the seed's
 * Harvard job family, 003): each job drafted with its own title and its own column's duties and criteria, and a
 * cell's items told apart where their bullets were lost. Read by its rows, such a table drafted only the first job's
 * title and mixed the jobs' duties.
 */
class SideBySideJobsTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	private static final String FAMILY = """
			Job Function: Information Technology\tJob Family: Infrastructure -\tProfessional
			Job Title: Systems Professional II Job Code: S0956P Grade Level: 56 Job Summary Support the environment.\t\
			Job Title: Systems Professional III Job Code: S0957P Grade Level: 57 Job Summary Administer the systems.\t\
			Job Title: Systems Professional IV Job Code: S0958P Grade Level: 58 Job Summary Engineer the systems.
			Typical Core Duties\tTypical Core Duties\tTypical Core Duties
			 Participate in the build and documentation of IT infrastructure Maintain and support IT infrastructure \
			Troubleshoot and manage escalations \t Analyze and report on performance metrics Implement and support \
			secure IT solutions Contribute to establishment of best practices \t Define and track performance metrics \
			Design and implement secure IT solutions Mentor junior staff on the build of systems

			Basic Qualifications\tBasic Qualifications\tBasic Qualifications
			Minimum of two years' relevant work experience\tMinimum of five years' relevant work experience\t\
			Minimum of seven years' relevant work experience
			""";

	private static Outline outline(String document) {
		return Outline.of(document, RULES);
	}

	private static List<String> texts(Outline outline, int job) {
		return outline.passages.stream().filter(p -> p.job() == job).map(Passage::text).toList();
	}

	@Test
	void eachColumnIsAJobWithItsOwnTitleAndCode() {
		DraftProfile draft = UnmatchedDrafts.draft("family.txt", FAMILY);
		assertThat(draft.jobs()).extracting(DraftProfile.Job::title)
			.containsExactly("Systems Professional II", "Systems Professional III", "Systems Professional IV");
	}

	@Test
	void eachJobHasItsOwnColumnsDutiesAndCriteriaEachItemApart() {
		Outline outline = outline(FAMILY);
		assertThat(texts(outline, 0)).contains("Participate in the build and documentation of IT infrastructure",
				"Maintain and support IT infrastructure", "Troubleshoot and manage escalations",
				"Minimum of two years' relevant work experience")
			.noneMatch(text -> text.contains("five years") || text.contains("performance metrics"));
		assertThat(texts(outline, 1)).contains("Analyze and report on performance metrics",
				"Implement and support secure IT solutions", "Contribute to establishment of best practices",
				"Minimum of five years' relevant work experience");
		assertThat(texts(outline, 2)).contains("Define and track performance metrics",
				"Design and implement secure IT solutions", "Mentor junior staff on the build of systems",
				"Minimum of seven years' relevant work experience");
	}

	@Test
	void aTableOfCriteriaOrAJobsDetailsIsNoFamilyOfJobs() {
		// One title cell beside its value: a details table, read by its rows as before.
		assertThat(SideBySideJobs.unfold(List.of("Job Title:\tSystems Professional II", "Grade:\t56"),
				line -> line.startsWith("Job Title:"), List::of))
			.containsExactly("Job Title:\tSystems Professional II", "Grade:\t56");
		// The same title in each cell: the same job, not several.
		List<String> repeated = List.of("Job Title: Analyst\tJob Title: Analyst", "Duties\tDuties");
		assertThat(SideBySideJobs.unfold(repeated, line -> line.startsWith("Job Title:"), List::of))
			.isEqualTo(repeated);
	}

	@Test
	void aCellsItemsAreSplitOnlyWhereSeveralOpenWithAVerbOrACriterionsWord() {
		LostBullets lostBullets = new LostBullets(RULES);
		// A short piece stays with the item before it ("Supervisory" before "Experience").
		assertThat(lostBullets.items("Supervisory Experience Minimum two years' additional education Knowledge of "
				+ "information technology applications Demonstrated team performance skills"))
			.containsExactly("- Supervisory Experience", "- Minimum two years' additional education",
					"- Knowledge of information technology applications", "- Demonstrated team performance skills");
		// A name after "the" or "of", and a sentence naming one verb-like word, stay whole.
		String prose = "Knowledge of the Public Service Act, the Minimum Information Security Standards and the "
				+ "Protection of Personal Information Act";
		assertThat(lostBullets.items(prose)).containsExactly(prose);
		String one = "Provide second-level support to users and Support the service desk";
		assertThat(lostBullets.items(one)).containsExactly(one);
	}


	/**
	 * The held-out job family of the twenty-fifth round (check/university-client-support-family.txt): a second block's
	 * titles under a family's summary whose cut-off line ends in a comma, which took the first title as its
	 * continuation: the block's first job was not drafted.
	 */
	@Test
	void aTitleUnderALineEndingInACommaStartsAJobOfItsOwn() {
		String family = """
				Job Function: Information Technology\tJob Family: Client Support Services \u2013 Associate
				Job Family Summary: Provide technical support and service to faculty, staff and students f devices \
				and accounts.\tor desktop computers, laptops, printers,
				Job Title: Support Associate IV\tJob Title: Support Associate V
				Job Code: C0454S\tJob Code: C0455S
				Typical Core Duties\tTypical Core Duties
				 Lead the technical work of a client support team Design and maintain standard desktop images \
				Coordinate with vendors on hardware repairs\t Plan and manage the device lifecycle program Lead major \
				client support projects Negotiate with vendors and manage contracts
				""";
		DraftProfile draft = UnmatchedDrafts.draft("family.txt", family);
		assertThat(draft.jobs()).extracting(DraftProfile.Job::title)
			.containsExactly("Support Associate IV", "Support Associate V");
	}

	/**
	 * The twenty-fifth round's cells: items opening with a verb the vocabulary lacked ("Reset", "Escalate") ran into
	 * the one before, "Expert knowledge" into "Supervisory experience", and a verb inside a name ("the Acceptable Use
	 * Policy") opened an item "Use Policy".
	 */
	@Test
	void aVerbInsideANameOpensNoItemAndMoreVerbsAndCriterionWordsDo() {
		LostBullets lostBullets = new LostBullets(RULES);
		assertThat(lostBullets.items("Follow the University information security policies and the Acceptable Use "
				+ "Policy Reset passwords and unlock accounts Escalate unresolved problems to the service desk"))
			.containsExactly("- Follow the University information security policies and the Acceptable Use Policy",
					"- Reset passwords and unlock accounts", "- Escalate unresolved problems to the service desk");
		assertThat(lostBullets.items("Supervisory experience Expert knowledge of end-user computing Demonstrated "
				+ "ability to plan budgets"))
			.containsExactly("- Supervisory experience", "- Expert knowledge of end-user computing",
					"- Demonstrated ability to plan budgets");
	}

}
