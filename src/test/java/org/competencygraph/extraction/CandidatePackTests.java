package org.competencygraph.extraction;

import java.io.IOException;
import java.util.List;

import org.competencygraph.extraction.OnePagePdf.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A UK charity's candidate pack as a PDF (the genre of the thirtieth round's held-out document): its person
 * specification a table "Criteria | Essential | Desirable | Assessed by" with ticks, and group rows across the table
 * ("Qualifications", "Experience") between its criteria, all as text placed in columns.
 */
class CandidatePackTests {

	private static final List<Text> SPECIFICATION = List.of(
			new Text(50, 100, "Criteria"), new Text(345, 100, "Essential"), new Text(412, 100, "Desirable"),
			new Text(482, 100, "Assessed by"),
			new Text(50, 115, "Qualifications"),
			new Text(50, 130, "A degree in computing or equivalent experience"), new Text(362, 130, "\u2714", true),
			new Text(490, 130, "A"),
			new Text(50, 145, "A Microsoft or CompTIA certification"), new Text(429, 145, "\u2714", true),
			new Text(490, 145, "A"),
			new Text(50, 160, "Experience"),
			new Text(50, 175, "Supporting users on a service desk"), new Text(362, 175, "\u2714", true),
			new Text(490, 175, "A, I"),
			new Text(50, 190, "Administering Microsoft 365 tenants"), new Text(362, 190, "\u2714", true),
			new Text(490, 190, "I"),
			new Text(50, 215, "Key: A = Application form, I = Interview"));

	/**
	 * A group row between the table's rows, at the rows' spacing, is a row of the table: the header keeps its columns,
	 * and a group whose criteria leave the Desirable column empty keeps that column (the assessment stayed in it).
	 */
	@Test
	void aGroupRowAcrossAPdfTableKeepsTheTableWhole() throws IOException {
		String text = DocumentText.read("pack.pdf", OnePagePdf.of(SPECIFICATION));
		assertThat(text.lines()).containsSubsequence("Criteria\tEssential\tDesirable\tAssessed by", "Qualifications",
				"A degree in computing or equivalent experience\t\u2714\t\tA",
				"A Microsoft or CompTIA certification\t\t\u2714\tA", "Experience",
				"Supporting users on a service desk\t\u2714\t\tA, I", "Administering Microsoft 365 tenants\t\u2714\t\tI");
		assertThat(text.lines()).contains("Key: A = Application form, I = Interview");
	}

	/** So each criterion gets its column's priority, the group naming its section. */
	@Test
	void theCriteriaUnderAGroupRowHaveTheirTicksPriority() throws IOException {
		List<Passage> passages = Outline.of(DocumentText.read("pack.pdf", OnePagePdf.of(SPECIFICATION)), UnmatchedDrafts.RULES)
			.passages;
		assertThat(passage(passages, "A degree").priority()).isEqualTo("essential");
		assertThat(passage(passages, "A Microsoft").priority()).isEqualTo("desirable");
		assertThat(passage(passages, "Supporting users").priority()).isEqualTo("essential");
		assertThat(passage(passages, "Supporting users").sectionKind()).isEqualTo("experience");
		assertThat(passages).noneMatch(p -> p.text().contains("\u2714"));
	}

	/**
	 * Key responsibilities numbered straight through under group names in mixed case, as a PDF gives them (no heading
	 * levels): each group is a part of the section of duties, though its words name another section ("data
	 * protection" is boilerplate) or none; a section after the list keeps its own kind.
	 */
	@Test
	void groupNamesBetweenNumberedDutiesArePartsOfTheDuties() {
		List<Passage> passages = Outline.of("""
				Key responsibilities
				Systems and infrastructure
				1. Administer the Microsoft 365 tenant and its licences.
				2. Manage user accounts and access rights in Entra ID.
				Security and data protection
				3. Apply security updates and investigate alerts from Defender.
				4. Keep the IT risk register up to date.
				Improvement and suppliers
				5. Take part in IT projects from testing to go-live.
				6. Manage our relationships with IT suppliers.
				Level 4
				7. Lead the IT projects of the Trust.

				Data protection
				We will use the information you give us only to manage this recruitment.
				""", UnmatchedDrafts.RULES).passages;
		assertThat(passage(passages, "Administer").sectionKind()).isEqualTo("duties");
		assertThat(passage(passages, "Apply security updates").sectionKind()).isEqualTo("duties");
		assertThat(passage(passages, "Keep the IT risk register").sectionKind()).isEqualTo("duties");
		assertThat(passage(passages, "Take part").sectionKind()).isEqualTo("duties");
		assertThat(passage(passages, "We will use").sectionKind()).isEqualTo("boilerplate");
		// A level marker between the items still sets the level of those after it.
		assertThat(passage(passages, "Lead the IT projects").level()).isEqualTo(4);
	}

	private static Passage passage(List<Passage> passages, String start) {
		return passages.stream().filter(p -> p.text().startsWith(start)).findFirst().orElseThrow();
	}

}
