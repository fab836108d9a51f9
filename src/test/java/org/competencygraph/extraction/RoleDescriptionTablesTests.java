package org.competencygraph.extraction;

import java.io.IOException;
import java.util.List;

import org.competencygraph.extraction.DraftProfile.Job;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.competencygraph.extraction.OnePagePdf.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An Australian state agency's role description as a PDF (issue 15's twenty-first round): a details table, a
 * capability summary "Capability group | Capability name | Level" with the focus capabilities starred, the focus
 * capabilities' behavioural indicators, and SFIA skills with their levels, all tables as text placed in columns.
 */
class RoleDescriptionTablesTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	@Test
	void aPdfTableIsReadAsTabSeparatedRowsAWrappedCellJoinedIntoItsRow() throws IOException {
		String text = DocumentText.read("role.pdf", OnePagePdf.of(List.of(
				new Text(50, 60, "Cluster"), new Text(220, 60, "Education and Skills"),
				new Text(50, 75, "Division/Branch/Unit"), new Text(220, 75, "Corporate Services / ICT"),
				new Text(220, 87, "/ Infrastructure and Operations"),
				new Text(50, 102, "Role number"), new Text(220, 102, "WRSI-ICT-0417"),
				new Text(50, 130, "\u2022"), new Text(72, 130, "A current Class C driver licence."),
				new Text(50, 160, "Group and capability"), new Text(190, 160, "Level"), new Text(270, 160, "Indicators"),
				new Text(50, 175, "Personal Attributes:"), new Text(190, 175, "Adept"),
				new Text(270, 175, "Look for and take advantage of opportunities"),
				new Text(50, 187, "Manage Self"), new Text(270, 187, "to learn new skills"),
				new Text(50, 202, "Results: Think and"), new Text(190, 202, "Adept"),
				new Text(270, 202, "Research and analyse information"))));
		assertThat(text.lines()).contains("Cluster\tEducation and Skills",
				"Division/Branch/Unit\tCorporate Services / ICT / Infrastructure and Operations",
				"Role number\tWRSI-ICT-0417",
				"Personal Attributes: Manage Self\tAdept\tLook for and take advantage of opportunities to learn new skills",
				"Results: Think and\tAdept\tResearch and analyse information");
		// A list item's bullet is no column.
		assertThat(text.lines()).contains("\u2022 A current Class C driver licence.");
	}

	@Test
	void aCapabilitySummaryIsReadByItsNamesWithTheirLevelsAndTheFocusIndicatorsAreNotReadAgain() {
		Outline outline = Outline.of("""
				# Capabilities for the role
				## Capability summary
				Capability group/sets\tCapability name\tLevel
				Personal Attributes\tManage Self *\tAdept
				Personal Attributes\tValue Diversity and Inclusion\tFoundational
				Results\tThink and Solve Problems *\tAdept
				## Focus capabilities
				Group and capability\tLevel\tBehavioural indicators
				Personal Attributes: Manage Self\tAdept\tLook for and take advantage of opportunities to learn new skills
				Relationships: Work Collaboratively\tIntermediate\tShare information and knowledge with the team
				## Occupation specific capabilities
				Category and sub-category\tSkill\tLevel and code
				Delivery and Operation - Technology management\tNetwork Support\tLevel 4 - NTAS
				""", RULES);
		assertThat(outline.passages).extracting(Passage::text, Passage::levelCell).containsExactly(
				tuple("Manage Self", "Adept"), tuple("Value Diversity and Inclusion", "Foundational"),
				tuple("Think and Solve Problems", "Adept"),
				// A focus capability the summary did not name keeps its indicators as criteria.
				tuple("Share information and knowledge with the team", null),
				tuple("Network Support", "Level 4 - NTAS"));
		Cues cues = new Cues(RULES, org.competencygraph.importer.ProficiencyScale.load());
		assertThat(outline.passages).extracting(p -> cues.level(p) == null ? null : cues.level(p).level())
			.containsExactly(4, 2, 4, null, 4);
	}

	@Test
	void aRoleDescriptionsDetailsAreJobFactsAndItsCapabilitiesRequirementsWithTheirLevels() throws IOException {
		Job job = DraftBuilderTests.draft("role.pdf", OnePagePdf.of(List.of(
				new Text(50, 40, "Role Description"),
				new Text(50, 60, "Infrastructure Engineer"),
				new Text(50, 80, "Agency"), new Text(220, 80, "Western Rivers Skills Institute"),
				new Text(50, 95, "Role number"), new Text(220, 95, "WRSI-ICT-0417"),
				new Text(50, 110, "ANZSCO Code"), new Text(220, 110, "262113"),
				new Text(50, 125, "Date of Approval"), new Text(220, 125, "14 October 2026"),
				new Text(50, 150, "Capabilities for the role"),
				new Text(50, 165, "The NSW Public Sector Capability Framework applies to all NSW public sector employees."),
				new Text(50, 180, "Capability group/sets"), new Text(200, 180, "Capability name"),
				new Text(440, 180, "Level"),
				new Text(50, 195, "Personal Attributes"), new Text(200, 195, "Value Diversity and Inclusion"),
				new Text(440, 195, "Foundational"),
				new Text(50, 210, "Relationships"), new Text(200, 210, "Communicate Effectively *"),
				new Text(440, 210, "Intermediate")))).jobs().getFirst();
		assertThat(job.organization()).isEqualTo("Western Rivers Skills Institute");
		assertThat(job.code()).isEqualTo("WRSI-ICT-0417");
		assertThat(job.requirements()).extracting(r -> r.provenance().text())
			.noneMatch(text -> text.contains("262113") || text.contains("2026") || text.contains("Framework applies"));
		// A capability the table names is asked for, whatever boilerplate its words resemble ("diversity").
		Requirement diversity = DraftBuilderTests.requirement(job, "Value Diversity and Inclusion");
		assertThat(diversity.level()).isEqualTo(2);
		assertThat(diversity.levelText()).isEqualTo("Foundational");
		Requirement communicate = DraftBuilderTests.requirement(job, "Communicate Effectively");
		assertThat(communicate.capability()).isEqualTo("competency/communication");
		assertThat(communicate.level()).isEqualTo(3);
	}

}
