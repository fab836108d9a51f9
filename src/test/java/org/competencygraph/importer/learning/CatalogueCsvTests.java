package org.competencygraph.importer.learning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.competencygraph.importer.Problems;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.importer.learning.CatalogueEntry.Kind;
import org.competencygraph.importer.learning.CatalogueEntry.Reference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CatalogueCsvTests {

	private final CatalogueCsv csv = new CatalogueCsv(ProficiencyScale.load());

	@Test
	void readsTheExampleCatalogue() throws Exception {
		Problems problems = new Problems();
		List<CatalogueEntry> entries = this.csv.read("learning-catalogue.csv",
				Files.readString(Path.of("examples/learning-catalogue.csv")), problems);
		assertThat(problems.list()).isEmpty();
		assertThat(entries).hasSizeBetween(30, 60);
		CatalogueEntry practitioner = entries.stream()
			.filter(e -> e.id().equals("cert/prince2-practitioner"))
			.findFirst()
			.orElseThrow();
		assertThat(practitioner.type()).isEqualTo("CERTIFICATION");
		assertThat(practitioner.source()).isEqualTo("example");
		assertThat(practitioner.prerequisites()).extracting(Reference::text, Reference::kind)
			.containsExactly(tuple("cert/prince2-foundation", Kind.RESOURCE_OR_CAPABILITY));
		assertThat(practitioner.teaches()).extracting(Reference::text, Reference::level)
			.contains(tuple("Project Management", 4), tuple("Project Management Qualification", null));
	}

	@Test
	void everyBadFieldIsReportedWithItsLineCountingCommentLines() {
		String content = """
				# a comment
				id,title,type,hours,cost,currency,teaches,prerequisites
				course/a,A,COURSE,7,100,GBP,Troubleshooting:3,
				course/b,B,WEBINAR,twenty,100,,Troubleshooting:9; Time Management:working,Project Management:2
				Course B,,COURSE,,,,,
				""";
		Problems problems = new Problems();
		List<CatalogueEntry> entries = this.csv.read("bad.csv", content, problems);
		assertThat(problems.list()).containsExactly(
				"bad.csv: line 4, field 'type': must be one of COURSE, CERTIFICATION, PROGRAMME, ASSIGNMENT, MENTORING, was 'WEBINAR'",
				"bad.csv: line 4, field 'hours': must be a number (e.g. 21 or 21.5), was 'twenty'",
				"bad.csv: line 4, field 'currency': is required when cost is given",
				"bad.csv: line 4, field 'teaches': 'Troubleshooting:9': the level after ':' must be a level from 0 to 7 "
						+ "or one of the scale's words " + ProficiencyScale.load().words(),
				"bad.csv: line 5, field 'id': 'Course B' is not a valid id: use lower-case letters and digits, words "
						+ "joined by - / . : or _",
				"bad.csv: line 5, field 'title': is required",
				"bad.csv: line 5, field 'teaches': is required");
		assertThat(entries).extracting(CatalogueEntry::id).containsExactly("course/a");
	}

	@Test
	void aMissingOrUnknownColumnIsReportedWithTheColumnsExpected() {
		Problems problems = new Problems();
		this.csv.read("x.csv", "id,title,type\ncourse/a,A,COURSE\n", problems);
		assertThat(problems.list()).singleElement().asString().startsWith("x.csv, line 1: has no column 'teaches'");
		Problems unknown = new Problems();
		this.csv.read("y.csv", "id,title,type,teaches,houres\ncourse/a,A,COURSE,Troubleshooting,7\n", unknown);
		assertThat(unknown.list()).singleElement().asString()
			.startsWith("y.csv, line 1: unknown column 'houres'; the columns are id, title, provider, type, hours");
	}

}
