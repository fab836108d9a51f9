package org.competencygraph.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A position description in Word whose accountabilities and person specification are tables (the lead's held-out
 * document of stop 38, a New Zealand regional council's): a table of accountability and expected outcomes, several
 * outcomes a cell, and a person specification whose criteria stand in an Essential and a Desirable column beside an
 * empty corner cell.
 */
class WordTablesTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	@Test
	void anAccountabilityTableIsReadByItsRowsEachOutcomeALineUnderItsAccountability() throws IOException {
		List<Passage> passages = passages(document -> {
			heading(document, "Position Description");
			table(document, List.of(List.of("Team", "Digital Services – Infrastructure and Operations")));
			heading(document, "Key accountabilities");
			table(document, List.of(List.of("Key accountability", "Expected outcomes"),
					List.of("Documentation and continuous improvement",
							"System documentation, diagrams and procedures are complete and current.\n"
									+ "Opportunities to automate routine tasks are identified and delivered."),
					List.of("Vendor management", "Vendors deliver to their contracts and escalations are managed effectively.")));
		});
		// The column names are no duty; a cell's sentence naming how a thing is "identified" names no column.
		assertThat(passages).extracting(Passage::text).noneMatch(text -> text.contains("Expected outcomes"));
		assertThat(passages).filteredOn(p -> p.text().startsWith("System documentation")).singleElement()
			.satisfies(p -> {
				assertThat(p.section()).isEqualTo("Key accountabilities / Documentation and continuous improvement");
				assertThat(p.sectionKind()).isEqualTo("duties");
			});
		assertThat(passages).filteredOn(p -> p.text().startsWith("Opportunities to automate")).singleElement()
			.extracting(Passage::section).isEqualTo("Key accountabilities / Documentation and continuous improvement");
		assertThat(passages).filteredOn(p -> p.text().startsWith("Vendors deliver")).singleElement()
			.extracting(Passage::section).isEqualTo("Key accountabilities / Vendor management");
		// A table of the job's details above the sections of duties and requirements is not read by its labels.
		assertThat(passages).extracting(Passage::section).noneMatch(section -> section.endsWith("/ Team"));
	}

	@Test
	void eachParagraphOfAnEssentialOrDesirableCellIsACriterionWithItsColumnsPriority() throws IOException {
		List<Passage> passages = passages(document -> {
			heading(document, "Person specification");
			table(document, List.of(List.of("", "Essential", "Desirable"),
					List.of("Experience",
							"At least four years’ experience administering Windows server environments\n"
									+ "Experience with backup and recovery solutions such as Veeam",
							"Experience in local government\nExperience with PowerShell scripting and automation")));
		});
		assertThat(passages).extracting(Passage::text, Passage::priority, Passage::section).containsExactly(
				tuple("At least four years’ experience administering Windows server environments",
						"essential", "Person specification / Experience"),
				tuple("Experience with backup and recovery solutions such as Veeam", "essential",
						"Person specification / Experience"),
				tuple("Experience in local government", "desirable", "Person specification / Experience"),
				tuple("Experience with PowerShell scripting and automation", "desirable",
						"Person specification / Experience"));
	}

	private interface Writer {

		void write(XWPFDocument document);

	}

	private static List<Passage> passages(Writer writer) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			writer.write(document);
			document.write(out);
			return Outline.of(DocumentText.read("description.docx", out.toByteArray()), RULES).passages;
		}
	}

	private static void heading(XWPFDocument document, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle("Heading1");
		paragraph.createRun().setText(text);
	}

	/** A table of the rows given, a cell's lines each a paragraph of its own. */
	private static void table(XWPFDocument document, List<List<String>> rows) {
		XWPFTable table = document.createTable(rows.size(), rows.getFirst().size());
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				XWPFTableCell cell = table.getRow(r).getCell(c);
				String[] lines = rows.get(r).get(c).split("\n");
				cell.getParagraphs().getFirst().createRun().setText(lines[0]);
				for (int l = 1; l < lines.length; l++) {
					cell.addParagraph().createRun().setText(lines[l]);
				}
			}
		}
	}

}
