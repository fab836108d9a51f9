package org.competencygraph.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A text PDF's lines in reading order, with its tables as tab-separated rows, as a Word table is read
 * ({@link DocumentText}). A PDF has no tables, only text placed on the page: where the words of a line stand apart
 * by a wide gap (at least {@link #COLUMN_GAP} times the font size: columns, not words), each run of words is a cell.
 * Consecutive lines of cells are a table; a cell wrapped over several lines in a table whose rows stand further
 * apart than the lines of a cell ("Personal Attributes: | Adept | Look for and take advantage ..." / "Manage Self |
 * | new skills and ...") is joined back into its row, each piece in the column it starts under. A list item's bullet
 * or number before its text is no column.
 */
final class PdfLayout extends PDFTextStripper {

	/** A gap between words of at least this many times the font size separates two columns. */
	static final double COLUMN_GAP = 1.6;

	/** How near (points) the starts of two pieces of text must be to stand in one column. */
	private static final double COLUMN_TOLERANCE = 4;

	private static final Pattern MARKER = Pattern.compile("[-*\u2022\u00b7\u25aa\u25e6\u2013\uf0b7]|\\(?(\\d{1,3}|[a-z]|[ivx]{1,5})[.)]");

	/** Words as the stripper gives them, with where they stand. */
	private record Word(String text, float x, float end, float y, float size) {
	}

	/** A run of words of one line standing close together: one cell where the line is a table's row. */
	private record Chunk(String text, float x, float end) {
	}

	private record Line(List<Chunk> chunks, float y) {
	}

	private final List<Line> lines = new ArrayList<>();

	private List<Word> words = new ArrayList<>();

	/** The lines {@link #tableEnd} took for group rows of a table ({@link #groupRow}). */
	private final Set<Line> groupRows = Collections.newSetFromMap(new IdentityHashMap<>());

	PdfLayout() throws IOException {
		setSortByPosition(true);
	}

	/** The document's text, one line a line of the page, tables' rows tab-separated. */
	String text(PDDocument document) throws IOException {
		getText(document);
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < this.lines.size()) {
			int end = tableEnd(i);
			if (end > i + 1) {
				table(this.lines.subList(i, end), out);
				i = end;
			}
			else {
				out.append(String.join(" ", this.lines.get(i).chunks().stream().map(Chunk::text).toList())).append('\n');
				i++;
			}
		}
		return out.toString();
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) {
		if (positions.isEmpty()) {
			return;
		}
		TextPosition first = positions.getFirst();
		TextPosition last = positions.getLast();
		// A font scaled by the text matrix may report a size of 1 or less: its glyphs' height (about 0.7 em) says more.
		float size = first.getFontSizeInPt() >= 2 ? first.getFontSizeInPt() : first.getHeightDir() / 0.7f;
		this.words.add(new Word(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
				size));
	}

	@Override
	protected void writeWordSeparator() {
		// Words are placed by their positions (see endLine).
	}

	@Override
	protected void writeLineSeparator() {
		endLine();
	}

	@Override
	protected void endPage(PDPage page) throws IOException {
		endLine();
		super.endPage(page);
	}

	private void endLine() {
		if (this.words.isEmpty()) {
			return;
		}
		List<Chunk> chunks = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		float start = 0;
		Word before = null;
		for (Word word : this.words) {
			boolean apart = before != null && word.x() - before.end() >= COLUMN_GAP * Math.max(word.size(), 1)
					// A list item's bullet or number before its text is no column of its own.
					&& !(chunks.isEmpty() && MARKER.matcher(text.toString().strip()).matches());
			if (apart) {
				chunks.add(new Chunk(text.toString().strip(), start, before.end()));
				text.setLength(0);
			}
			if (text.isEmpty()) {
				start = word.x();
			}
			else {
				text.append(' ');
			}
			text.append(word.text().strip());
			before = word;
		}
		chunks.add(new Chunk(text.toString().strip(), start, before.end()));
		this.lines.add(new Line(chunks, this.words.getFirst().y()));
		this.words = new ArrayList<>();
	}

	/**
	 * Where the table starting at line {@code from} ends (exclusive; {@code from + 1} when none starts there): lines
	 * of two or more cells, and a cell's wrapped line ({@link #wrapped}).
	 */
	private int tableEnd(int from) {
		if (this.lines.get(from).chunks().size() < 2) {
			return from + 1;
		}
		int end = from + 1;
		float rowPitch = 0;
		while (end < this.lines.size()) {
			Line line = this.lines.get(end);
			float pitch = line.y() - this.lines.get(end - 1).y();
			if (pitch <= 0) {
				break;
			}
			if (line.chunks().size() >= 2) {
				rowPitch = Math.max(rowPitch, pitch);
			}
			else if (groupRow(from, end, pitch, rowPitch)) {
				this.groupRows.add(line);
			}
			else if (!wrapped(from, end, pitch, rowPitch)) {
				break;
			}
			end++;
		}
		return end;
	}

	/**
	 * Whether the line of one piece at {@code end} is a wrapped line of a cell of the table from {@code from}: it
	 * stands under one of the table's columns, closer to the line before than the table's rows stand apart (or, before
	 * a second row shows that, than the line after it stands), or under a column right of the first (no paragraph
	 * starts there).
	 */
	private boolean wrapped(int from, int end, float pitch, float rowPitch) {
		Chunk piece = this.lines.get(end).chunks().getFirst();
		if (!underColumn(piece, from, end)) {
			return false;
		}
		float first = this.lines.get(from).chunks().getFirst().x();
		if (piece.x() > first + COLUMN_TOLERANCE) {
			return rowPitch == 0 || pitch < rowPitch - 1;
		}
		if (rowPitch > 0) {
			return pitch < rowPitch - 1;
		}
		float next = end + 1 < this.lines.size() ? this.lines.get(end + 1).y() - this.lines.get(end).y() : -1;
		return next > 0 && pitch < next - 1;
	}

	/**
	 * Whether the line of one piece at {@code end} is a row of its own across the table from {@code from}, grouping
	 * the rows under it (a person specification's "Qualifications", "Experience" between its criteria): it starts
	 * under the first column, stands as far from the line before as the table's rows do (or, before a second row shows
	 * that, as the line after it stands), and the line after it is a row of the table starting under the first column
	 * too. Ending the table there left its header a line of words and each group's rows a table of their own,
	 * without the columns the group leaves empty.
	 */
	private boolean groupRow(int from, int end, float pitch, float rowPitch) {
		Chunk piece = this.lines.get(end).chunks().getFirst();
		if (end + 1 >= this.lines.size()
				|| Math.abs(piece.x() - this.lines.get(from).chunks().getFirst().x()) > COLUMN_TOLERANCE) {
			return false;
		}
		Line next = this.lines.get(end + 1);
		float nextPitch = next.y() - this.lines.get(end).y();
		float spacing = rowPitch > 0 ? rowPitch : nextPitch;
		// The row after it starts under the first column too (a tick stands in the middle of its column, not under
		// its header's start).
		return next.chunks().size() >= 2 && Math.abs(pitch - spacing) <= 1 && Math.abs(nextPitch - spacing) <= 1
				&& Math.abs(next.chunks().getFirst().x() - piece.x()) <= COLUMN_TOLERANCE;
	}

	private boolean underColumn(Chunk chunk, int from, int end) {
		return this.lines.subList(from, end).stream().flatMap(l -> l.chunks().stream())
			.anyMatch(c -> Math.abs(c.x() - chunk.x()) <= COLUMN_TOLERANCE);
	}

	/**
	 * Whether a piece stands in the column another made: it starts where that one does, or one lies within the other's
	 * width (a tick, "A, I" under a header centred over its column, "Essential", "Assessed by", starting further right).
	 */
	private static boolean inColumn(Chunk chunk, Chunk column) {
		return Math.abs(chunk.x() - column.x()) <= COLUMN_TOLERANCE
				|| chunk.x() >= column.x() - COLUMN_TOLERANCE && chunk.end() <= column.end() + COLUMN_TOLERANCE
				|| column.x() >= chunk.x() - COLUMN_TOLERANCE && column.end() <= chunk.end() + COLUMN_TOLERANCE;
	}

	/** The table's rows, tab-separated, the lines of a wrapped cell joined into their row; a group row a line alone. */
	private void table(List<Line> table, StringBuilder out) {
		// Each column as the first piece that stood in it.
		List<Chunk> columns = new ArrayList<>();
		for (Line line : table) {
			for (Chunk chunk : line.chunks()) {
				if (columns.stream().noneMatch(column -> inColumn(chunk, column))) {
					columns.add(chunk);
				}
			}
		}
		columns.sort(Comparator.comparingDouble(Chunk::x));
		float rowPitch = 0;
		float linePitch = Float.MAX_VALUE;
		for (int i = 1; i < table.size(); i++) {
			float pitch = table.get(i).y() - table.get(i - 1).y();
			rowPitch = Math.max(rowPitch, pitch);
			linePitch = Math.min(linePitch, pitch);
		}
		// Rows stand further apart than a cell's lines only when the table shows two spacings.
		boolean wrapsSeen = rowPitch - linePitch > 1;
		List<StringBuilder> row = null;
		for (int i = 0; i < table.size(); i++) {
			Line line = table.get(i);
			if (this.groupRows.contains(line)) {
				if (row != null) {
					out.append(String.join("\t", row)).append('\n');
				}
				out.append(line.chunks().getFirst().text()).append('\n');
				row = null;
				continue;
			}
			// A line of one piece is a cell's wrapped line or a group row (tableEnd takes no other).
			boolean continues = row != null && (line.chunks().size() < 2
					|| wrapsSeen && line.y() - table.get(i - 1).y() < rowPitch - 1);
			if (!continues) {
				if (row != null) {
					out.append(String.join("\t", row)).append('\n');
				}
				row = new ArrayList<>();
				for (int c = 0; c < columns.size(); c++) {
					row.add(new StringBuilder());
				}
			}
			for (Chunk chunk : line.chunks()) {
				int column = 0;
				for (int c = 0; c < columns.size(); c++) {
					if (columns.get(c).x() <= chunk.x() + COLUMN_TOLERANCE) {
						column = c;
					}
				}
				for (int c = 0; c < columns.size(); c++) {
					if (inColumn(chunk, columns.get(c))) {
						column = c;
						break;
					}
				}
				StringBuilder cell = row.get(column);
				cell.append(cell.isEmpty() ? "" : " ").append(chunk.text());
			}
		}
		if (row != null) {
			out.append(String.join("\t", row)).append('\n');
		}
	}

}
