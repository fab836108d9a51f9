package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.Requirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A UN agency's vacancy announcement saved to Word (the genre of the twenty-fourth round's held-out document), on a
 * few rows and lines written for the test, as {@link DocumentText} gives a .docx (headings as Markdown, list
 * paragraphs as "- ", a table's cells tab-separated, a cell's paragraphs apart): the "Job Identification" table of
 * label and value under its heading, numbered functions whose intro line stands over their bullets, the core
 * competencies as a table of name and "LEVEL 1: ..." text, the cross-functional competencies as a table of thematic
 * area, name and definition, "Required Skills and Experience" as a table of label and text (one label of thirteen
 * words naming the desired skills), and the disclaimer.
 */
class UnAgencyVacancyTests {

	private static final String ANNOUNCEMENT = String.join("\n",
			"# ICT Associate (Infrastructure)",
			"## Job Identification",
			row("Requisition ID", "30417"),
			row("Agency", "UNRTC"),
			row("Education & Work Experience", "Secondary Education - 6 year(s) experience OR Bachelor's Degree - 3 year(s) experience"),
			row("Required Languages", "English and French"),
			row("Vacancy Timeline", "2 Weeks"),
			"## Background",
			"The United Nations Regional Transport Commission (UNRTC) supports member states in planning cross-border roads and railways.",
			"## Duties and Responsibilities",
			"1. Ensures the provision of ICT support services to the office, focusing on achievement of the following results:",
			"- Help desk support to the personnel of the office through the ticketing system.",
			"- Maintenance of the ICT asset inventory.",
			"2. Ensures the security of ICT services, focusing on achievement of the following results:",
			"- Implementation of the corporate ICT security policies.",
			"## Competencies",
			"### Core",
			row("Achieve Results:", "LEVEL 1: Plans and monitors own work, pays attention to detail, delivers quality work on time"),
			row("Engage and Partner:", "LEVEL 1: Shows understanding towards others, builds positive relationships"),
			"### Cross-Functional & Technical competencies",
			row("Thematic Area", "Name", "Definition"),
			row("Digital", "Cloud computing", "Knowledge of cloud service models and the ability to administer the organization's Microsoft 365 tenant"),
			"## Required Skills and Experience",
			row("Min. Education requirements", "Secondary education is required." + DocumentText.CELL_PARAGRAPH
					+ "A university degree in Information Technology will be given due consideration, but it is not a requirement."),
			row("Desired skills in addition to the competencies covered in the Competencies section",
					"Cisco CCNA or CompTIA Network+ certification." + DocumentText.CELL_PARAGRAPH + "ITIL Foundation certification."),
			row("Professional Certificates", "Certifications in Microsoft or Cisco technologies are an asset."),
			"## Disclaimer",
			"### Important applicant information",
			"Applicants must be nationals of the host country or hold a valid residence and work permit.",
			"We may also retain applications and consider candidates for other similar positions with the same experience requirements.",
			"### Scam warning",
			"The United Nations does not charge any fee at any stage of the recruitment process.",
			"");

	private static String row(String... cells) {
		return String.join("\t", cells);
	}

	private static List<Passage> passages() {
		return UnmatchedDrafts.passages(ANNOUNCEMENT);
	}

	private static Passage passage(String start) {
		return UnmatchedDrafts.passage(ANNOUNCEMENT, start);
	}

	private static DraftProfile draft() {
		return UnmatchedDrafts.draft("announcement.docx", ANNOUNCEMENT);
	}

	private static List<Requirement> requirements() {
		return draft().jobs().getFirst().requirements();
	}

	@Test
	void theIdentificationTablesRowsUnderItsHeadingAreFactsNoHeadingAndNoRequirement() {
		// "Required Languages" names a priority, yet heads no section of the rows after it.
		assertThat(passages()).extracting(Passage::section).noneMatch(section -> section.contains("Required Languages"));
		assertThat(passage("Vacancy Timeline")).extracting(Passage::text, Passage::section, Passage::sectionKind)
			.containsExactly("Vacancy Timeline: 2 Weeks", "Job Identification", "details");
		// The education and experience the row restates are drafted from the sections below, not from it.
		assertThat(requirements()).extracting(r -> r.provenance().text())
			.noneMatch(text -> text.startsWith("Education & Work Experience") || text.startsWith("Vacancy Timeline"));
	}

	@Test
	void anOrganizationStatedByItsAcronymIsNamedAsTheDocumentSpellsItOut() {
		assertThat(draft().jobs().getFirst().organization()).isEqualTo("United Nations Regional Transport Commission");
	}

	@Test
	void aNumberedFunctionsIntroLineIntroducesItsBulletsAndIsNoDuty() {
		assertThat(passages()).extracting(Passage::text).noneMatch(text -> text.startsWith("Ensures"));
		assertThat(passage("Help desk support").intro()).startsWith("Ensures the provision of ICT support services");
		assertThat(passage("Implementation of the corporate").intro()).startsWith("Ensures the security of ICT services");
	}

	@Test
	void aCoreCompetencyTableIsReadByItsNamesEachWithItsLevel() {
		assertThat(passages()).filteredOn(p -> p.section().startsWith("Competencies / Core"))
			.extracting(Passage::text, Passage::levelCell, Passage::sectionKind)
			.containsExactly(tuple("Achieve Results", "LEVEL 1", "skills"), tuple("Engage and Partner", "LEVEL 1", "skills"));
	}

	@Test
	void aThematicAreaNameAndDefinitionTableIsReadByItsDefinitionsUnderTheirNames() {
		assertThat(passages()).filteredOn(p -> p.section().contains("Cross-Functional"))
			.extracting(Passage::text, Passage::section)
			.containsExactly(tuple("Knowledge of cloud service models and the ability to administer the organization's Microsoft 365 tenant",
					"Competencies / Cross-Functional & Technical competencies / Cloud computing"));
	}

	@Test
	void aRequiredSkillsTablesLabelsHeadTheirTextAndTheDesiredSkillsAreDesirable() {
		assertThat(passage("Secondary education").section())
			.isEqualTo("Required Skills and Experience / Min. Education requirements");
		assertThat(passages()).extracting(Passage::text).noneMatch(text -> text.equals("Min."));
		assertThat(passage("Cisco CCNA").priority()).isEqualTo("desirable");
		assertThat(passage("ITIL Foundation").priority()).isEqualTo("desirable");
		assertThat(requirements()).filteredOn(r -> r.provenance().text().startsWith("A university degree")
				|| r.provenance().text().startsWith("Certifications in Microsoft"))
			.extracting(Requirement::priority).containsExactly("desirable", "desirable");
		assertThat(requirements()).filteredOn(r -> r.provenance().text().startsWith("Secondary education"))
			.extracting(Requirement::priority).containsExactly("essential");
	}

	@Test
	void theDisclaimerIsLeftOutThoughItsSentencesSayMustAndExperience() {
		assertThat(passages()).filteredOn(p -> p.section().startsWith("Disclaimer")).extracting(Passage::sectionKind)
			.hasSize(3).containsOnly("boilerplate");
		assertThat(requirements()).extracting(r -> r.provenance().text())
			.noneMatch(text -> text.contains("work permit") || text.contains("retain applications"));
	}

}
