package org.competencygraph.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.competencygraph.importer.SourceTable.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTableTests {

	@TempDir
	Path folder;

	@Test
	void columnsAreFoundByHeaderNameNotPosition() throws IOException {
		Path file = write("a.txt", "Title\tO*NET-SOC Code\r\nChefs\t35-1011.00\r\n");
		Problems problems = new Problems();
		SourceTable table = SourceTable.read(file, Dialect.TAB, List.of("O*NET-SOC Code", "Title"), problems);
		assertThat(problems.isEmpty()).isTrue();
		assertThat(table.rows()).hasSize(1);
		assertThat(table.get(table.rows().getFirst(), "O*NET-SOC Code")).isEqualTo("35-1011.00");
		assertThat(table.get(table.rows().getFirst(), "Title")).isEqualTo("Chefs");
		assertThat(table.rows().getFirst().line()).isEqualTo(2);
	}

	@Test
	void aFileCutShortIsTruncated() throws IOException {
		List<String> problems = problems(write("a.txt", "A\tB\r\n1\t2\r\n3\t"), Dialect.TAB, "A", "B");
		assertThat(problems).singleElement().asString().startsWith("a.txt, line 3: ").contains("looks truncated");
	}

	@Test
	void bytesThatAreNotUtf8AreReportedWithTheirLine() throws IOException {
		Path file = this.folder.resolve("a.txt");
		Files.write(file, new byte[] { 'A', '\n', 'x', '\n', (byte) 0xC3, (byte) 0x28, '\n' });
		assertThat(problems(file, Dialect.TAB, "A")).singleElement().asString()
			.isEqualTo("a.txt, line 3: contains bytes that are not UTF-8 text: the file is damaged or not in the "
					+ "release's encoding");
	}

	@Test
	void aMissingColumnNamesTheHeaderFound() throws IOException {
		assertThat(problems(write("a.txt", "A\tScale\r\n1\t2\r\n"), Dialect.TAB, "A", "Scale ID")).singleElement()
			.asString()
			.contains("a.txt, line 1: has no column 'Scale ID'; the header is: A | Scale");
	}

	@Test
	void aRecordWithTooFewFieldsIsReportedWithItsLine() throws IOException {
		assertThat(problems(write("a.txt", "A\tB\tC\r\n1\t2\t3\r\n4 5\t6\r\n"), Dialect.TAB, "A")).singleElement()
			.asString()
			.isEqualTo("a.txt, line 3: 2 fields where the header has 3: the line is damaged or the file is truncated");
	}

	@Test
	void quotedCsvValuesMaySpanLines() throws IOException {
		Path file = write("a.csv", "uri,altLabels\r\nx,\"one\ntwo\"\r\ny,three\r\n");
		Problems problems = new Problems();
		SourceTable table = SourceTable.read(file, Dialect.CSV, List.of("uri", "altLabels"), problems);
		assertThat(table.rows()).hasSize(2);
		assertThat(table.get(table.rows().getFirst(), "altLabels")).isEqualTo("one\ntwo");
		assertThat(table.rows().get(1).line()).isEqualTo(4);
	}

	@Test
	void aQuoteNeverClosedIsTruncatedOrGarbled() throws IOException {
		assertThat(problems(write("a.csv", "uri,altLabels\r\nx,\"one\ntwo\n"), Dialect.CSV, "uri")).singleElement()
			.asString()
			.startsWith("a.csv, line 2: cannot be parsed")
			.endsWith("the file is truncated or garbled");
	}

	private List<String> problems(Path file, Dialect dialect, String... columns) {
		Problems problems = new Problems();
		assertThat(SourceTable.read(file, dialect, List.of(columns), problems)).isNull();
		return problems.list();
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content, StandardCharsets.UTF_8);
	}

}
