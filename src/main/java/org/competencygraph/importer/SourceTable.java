package org.competencygraph.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * One delimited file of a release, read completely into memory and checked: UTF-8 text, ends with a line break
 * (a file cut short does not), has the required columns (found by header name, not position), and every record
 * has as many fields as the header. Nothing is written from a file that fails; the reasons go to {@link Problems}.
 */
public final class SourceTable {

	/** The two layouts the frameworks use. */
	public enum Dialect {

		/** Tab-separated, no quoting (O*NET text release). */
		TAB,

		/** Comma-separated with RFC 4180 quoting; values may span lines (ESCO). */
		CSV

	}

	private final String name;

	private final Map<String, Integer> columns;

	private final List<Row> rows;

	private SourceTable(String name, Map<String, Integer> columns, List<Row> rows) {
		this.name = name;
		this.columns = columns;
		this.rows = rows;
	}

	/** Reads and checks {@code file}; null when it cannot be used, with the reasons added to {@code problems}. */
	public static @Nullable SourceTable read(Path file, Dialect dialect, Collection<String> requiredColumns,
			Problems problems) {
		String name = file.getFileName().toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			// Not ex.getMessage(): for file-system errors it is the file's full path.
			problems.add(name, "cannot be read ("
					+ (ex instanceof java.nio.file.AccessDeniedException ? "permission denied" : ex.getClass().getSimpleName())
					+ ")");
			return null;
		}
		if (bytes.length == 0) {
			problems.add(name, "is empty");
			return null;
		}
		String text = decode(name, bytes, problems);
		if (text == null) {
			return null;
		}
		if (text.charAt(text.length() - 1) != '\n') {
			problems.add(name, lineCount(text), "the file does not end with a line break, so its last record is "
					+ "incomplete: the file looks truncated");
			return null;
		}
		return parse(name, text, dialect, requiredColumns, problems, null);
	}

	/**
	 * Checks a comma-separated text given as content rather than as a file (an upload, a mutation's argument), as
	 * {@link #read} checks a file; lines starting with {@code #} are comments, so a file can say what it is at its
	 * top. Line numbers count every line of the text, comments included.
	 */
	public static @Nullable SourceTable parseCsv(String name, String text, Collection<String> requiredColumns,
			Problems problems) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		if (content.isBlank()) {
			problems.add(name, "is empty");
			return null;
		}
		return parse(name, content, Dialect.CSV, requiredColumns, problems, '#');
	}

	private static @Nullable String decode(String name, byte[] bytes, Problems problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			long line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			problems.add(name, line, "contains bytes that are not UTF-8 text: the file is damaged or not in the "
					+ "release's encoding");
			return null;
		}
		decoder.flush(out);
		out.flip();
		String text = out.toString();
		// A byte-order mark is not part of the first column's name.
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static @Nullable SourceTable parse(String name, String text, Dialect dialect,
			Collection<String> requiredColumns, Problems problems, @Nullable Character commentMarker) {
		CSVFormat.Builder format = (dialect == Dialect.TAB)
				? CSVFormat.Builder.create().setDelimiter('\t').setQuote(null).setRecordSeparator("\r\n")
				: CSVFormat.RFC4180.builder();
		format.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(false)
			.setIgnoreSurroundingSpaces(false)
			.setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
			.setCommentMarker(commentMarker);
		List<Row> rows = new ArrayList<>();
		Map<String, Integer> columns = new HashMap<>();
		long start = 1;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format.get()).get()) {
			List<String> header = parser.getHeaderNames();
			for (int i = 0; i < header.size(); i++) {
				columns.put(header.get(i).strip(), i);
			}
			List<String> missing = requiredColumns.stream().filter(c -> !columns.containsKey(c)).toList();
			if (!missing.isEmpty()) {
				problems.add(name, 1L, "has no column " + String.join(", ", missing.stream().map(c -> "'" + c + "'")
					.toList()) + "; the header is: " + String.join(" | ", header)
						+ " (is this the right file, and is it " + (dialect == Dialect.TAB ? "tab" : "comma")
						+ "-separated?)");
				return null;
			}
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				start = parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					break;
				}
				CSVRecord record = records.next();
				if (record.size() != header.size()) {
					problems.add(name, start, record.size() + " fields where the header has " + header.size()
							+ ": the line is damaged or the file is truncated");
					continue;
				}
				rows.add(new Row(start, record.values()));
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(name, start, "cannot be parsed (" + rootMessage(ex) + "): the file is truncated or "
					+ "garbled");
			return null;
		}
		if (problems.hasProblemsIn(name)) {
			return null;
		}
		return new SourceTable(name, columns, rows);
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}

	private static long lineCount(String text) {
		return text.chars().filter(c -> c == '\n').count() + 1;
	}

	public String name() {
		return this.name;
	}

	public List<Row> rows() {
		return this.rows;
	}

	/** The header's column names, stripped. */
	public java.util.Set<String> columns() {
		return java.util.Collections.unmodifiableSet(this.columns.keySet());
	}

	public boolean hasColumn(String column) {
		return this.columns.containsKey(column);
	}

	/** The value of {@code column} in {@code row}, stripped; "" when the column is absent or the value empty. */
	public String get(Row row, String column) {
		Integer index = this.columns.get(column);
		return index == null ? "" : row.values()[index].strip();
	}

	/** A record of the file and the line it starts on. */
	public record Row(long line, String[] values) {
	}

}
