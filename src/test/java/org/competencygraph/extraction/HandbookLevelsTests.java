package org.competencygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company handbook's job family page in Markdown (issue 15's twenty-seventh round): the family's responsibilities
 * and requirements, then a heading per level named by its rank ("### Associate", "### Senior Site Reliability
 * Engineer") whose lists add to the level below ("Extends the Intermediate responsibilities:"), with Markdown links
 * and inline code in the sentences. Each level is a job including the requirements of the one below; a link or code
 * is read as its words. Before, the page was one job and a bullet going on with a link was cut in two.
 */
class HandbookLevelsTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	private static final String FAMILY = """
			# Platform Engineer

			Quarrystone is an all-remote company. This page describes the Platform Engineer job family.

			## Responsibilities

			- Take part in reviews of infrastructure changes within our
			  [change management process](/handbook/engineering/change-management/).
			- Keep our build servers patched with `Ansible`.

			## Requirements

			- Experience administering Linux servers.

			## Levels

			### Junior Platform Engineer

			#### Junior responsibilities

			- Renew certificates and resize disks under supervision.

			### Senior

			Extends the Intermediate responsibilities:

			- Plan the capacity of our clusters.

			In addition to the Intermediate requirements:

			- 5+ years of experience running production systems.

			### Platform Engineer (Staff)

			#### Staff responsibilities

			- Set the technical direction of the platform.

			### Senior stakeholders

			- Work with the finance team on the budget.

			## Nice to have

			- A cloud provider certification.
			""";

	private static Outline outline(String document) {
		return Outline.of(document, RULES);
	}

	private static DraftProfile draft(String document) {
		return UnmatchedDrafts.draft("family.md", outline(document));
	}

	private static List<String> texts(Outline outline, int level) {
		return outline.passages.stream().filter(p -> p.level() == level).map(Passage::text).toList();
	}

	@Test
	void eachLevelNamedUnderAHeadingIsAJobIncludingTheLevelBelow() {
		DraftProfile draft = draft(FAMILY);
		assertThat(draft.jobs()).extracting(DraftProfile.Job::title)
			.containsExactly("Junior Platform Engineer", "Senior Platform Engineer", "Platform Engineer (Staff)");
		assertThat(draft.jobs()).extracting(DraftProfile.Job::includesRequirementsOf)
			.containsExactly(null, draft.jobs().get(0).id(), draft.jobs().get(1).id());
	}

	@Test
	void aLevelHoldsTheListsUnderItsHeadingAndTheFamilysListsGoOnTheLowest() {
		Outline outline = outline(FAMILY);
		int junior = RULES.levelNames().indexOf("junior") + 1;
		int senior = RULES.levelNames().indexOf("senior") + 1;
		int staff = RULES.levelNames().indexOf("staff") + 1;
		assertThat(outline.levels).containsOnlyKeys(junior, senior, staff);
		assertThat(texts(outline, junior)).containsExactly("Renew certificates and resize disks under supervision.");
		// "Extends ...:" and "In addition to ...:" are parts of the level, not the end of it.
		assertThat(texts(outline, senior)).containsExactly("Plan the capacity of our clusters.",
				"5+ years of experience running production systems.");
		// A heading as high as the level's ends it, though it begins with a level word ("Senior stakeholders"
		// names no level: not the document's title).
		assertThat(texts(outline, staff)).containsExactly("Set the technical direction of the platform.");
		assertThat(texts(outline, 0)).contains("Experience administering Linux servers.",
				"Work with the finance team on the budget.", "A cloud provider certification.");
	}

	@Test
	void oneHeadingNamingALevelIsNoFamilyOfLevels() {
		Outline outline = outline("""
				# Platform Engineer

				## Responsibilities

				- Keep our build servers patched.

				### Senior Platform Engineer

				- Plan the capacity of our clusters.
				""");
		assertThat(outline.levels).isEmpty();
		assertThat(draft("# Platform Engineer\n\n### Senior\n\n- Plan the capacity of our clusters.\n").jobs())
			.hasSize(1);
	}

	@Test
	void anOrganizationIntroducingItselfInTheFirstLinesIsTheJobsOrganization() {
		assertThat(draft(FAMILY).jobs()).extracting(DraftProfile.Job::organization).containsOnly("Quarrystone");
		assertThat(draft("# Platform Engineer\n\nThis is a great company to work for.\n\n## Requirements\n\n"
				+ "- Experience administering Linux servers.\n").jobs().getFirst().organization())
			.isEqualTo("Organization not stated");
	}

	@Test
	void performanceIndicatorsCareerLadderAndHiringStepsAreNoDutiesOrRequirements() {
		Outline outline = outline("""
				# Platform Engineer

				## Responsibilities

				- Keep our build servers patched.

				## Performance indicators

				- Reduce the mean time to resolve incidents each quarter.
				- Close corrective actions from postmortems within 30 days.

				## Career ladder

				- Move on to Staff Platform Engineer or Engineering Manager.

				## Hiring process

				1. Complete a 30-minute screening call with a recruiter.
				2. Complete a technical interview with a Platform Engineer.
				""");
		assertThat(outline.passages).filteredOn(p -> !p.text().startsWith("Keep"))
			.hasSize(5)
			.allMatch(p -> p.sectionKind().equals("boilerplate"), "left out as boilerplate");
	}

	@Test
	void aMarkdownLinkIsReadAsItsTextAndInlineCodeAsItsWords() {
		List<String> texts = outline(FAMILY).passages.stream().map(Passage::text).toList();
		// The bullet goes on in its next line, which opens with a link: one sentence, not two.
		assertThat(texts).contains(
				"Take part in reviews of infrastructure changes within our change management process.",
				"Keep our build servers patched with Ansible.")
			.noneMatch(text -> text.contains("](") || text.contains("`"));
		assertThat(Outline.clean("See [the guide](https://example.org/a_(b)) and `kubectl`"))
			.isEqualTo("See the guide and kubectl");
	}

}
