package org.competencygraph.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A job description's text, one line per paragraph: plain text and Markdown as they are (UTF-8), Word ({@code .docx},
 * Apache POI) with headings written as Markdown headings, list paragraphs as {@code - } items and table rows as
 * tab-separated cells, PDF (text PDFs, Apache PDFBox) in reading order, its tables' rows tab-separated too
 * ({@link PdfLayout}). The file name's ending says the format.
 */
final class DocumentText {

	/** Between the paragraphs of a Word table's cell (U+2029, which no reading takes for a space by accident). */
	static final char CELL_PARAGRAPH = '\u2029';

	private DocumentText() {
	}

	/** @throws InvalidDocumentException when the content is not of the format its name says, or is empty */
	static String read(String fileName, byte[] content) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		String text;
		try {
			if (lower.endsWith(".docx")) {
				text = docx(content);
			}
			else if (lower.endsWith(".pdf")) {
				text = pdf(content);
			}
			else if (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown")
					|| lower.endsWith(".text") || !lower.contains(".")) {
				text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
			}
			else {
				throw new InvalidDocumentException(fileName + ": the name must end with .txt, .md, .docx or .pdf, "
						+ "which says how to read it");
			}
		}
		catch (CharacterCodingException ex) {
			throw new InvalidDocumentException(fileName + ": the file is not UTF-8 text");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidDocumentException invalid) {
				throw invalid;
			}
			throw new InvalidDocumentException(fileName + ": cannot be read as " + lower.substring(lower.lastIndexOf('.') + 1)
					+ " (" + ex.getClass().getSimpleName() + ")");
		}
		if (text.isBlank()) {
			throw new InvalidDocumentException(fileName + ": no text found (a scanned PDF has none: run OCR first)");
		}
		return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
	}

	private static String pdf(byte[] content) throws IOException {
		try (PDDocument document = Loader.loadPDF(content)) {
			return unwrap(new PdfLayout().text(document));
		}
	}

	/**
	 * A PDF's lines as the page shows them, with a paragraph or list item broken where it reached the right margin
	 * ("... with JavaScript," / "HTML and CSS."): a line that runs to near the longest line's length and ends without
	 * a sentence's end goes on in the next line, unless that one is blank or starts a list item. A table's row
	 * (tab-separated, see {@link PdfLayout}) neither goes on nor is gone on with.
	 */
	static String unwrap(String text) {
		String[] lines = text.replace("\r\n", "\n").split("\n", -1);
		int longest = 0;
		for (String line : lines) {
			if (line.indexOf('\t') < 0) {
				longest = Math.max(longest, line.strip().length());
			}
		}
		StringBuilder out = new StringBuilder();
		String previous = "";
		for (String line : lines) {
			String stripped = line.strip();
			boolean wrapped = previous.length() >= WRAPPED_SHARE * longest && !previous.matches(".*[.:;!?]$")
					&& !stripped.isEmpty() && line.indexOf('\t') < 0 && !stripped.matches("^(?:[-*\u2022\u00b7\u25aa\u25e6\u2013\uf0b7]|\\d{1,3}[.)])\\s.*");
			if (wrapped) {
				out.append(' ').append(stripped);
			}
			else {
				out.append(out.isEmpty() ? "" : "\n").append(line);
			}
			previous = line.indexOf('\t') < 0 ? stripped : "";
		}
		return out.toString();
	}

	/** A PDF line at least this share of the longest line's length reached the right margin. */
	private static final double WRAPPED_SHARE = 0.8;

	private static String docx(byte[] content) throws IOException {
		StringBuilder text = new StringBuilder();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					text.append(paragraph(paragraph)).append('\n');
				}
				else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						StringBuilder line = new StringBuilder();
						boolean firstCell = true;
						for (XWPFTableCell cell : row.getTableCells()) {
							// A cell's paragraphs, one sentence or criterion each, kept apart by a paragraph separator
							// (a space to every reading but that of a table's indicator column, see Outline).
							String words = cell.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
								.filter(p -> !p.isEmpty())
								.collect(java.util.stream.Collectors.joining(String.valueOf(CELL_PARAGRAPH)));
							// An empty cell keeps its place: "| Essential | Desirable" names the second and third columns.
							line.append(firstCell ? "" : "\t").append(words.replace('\n', ' '));
							firstCell = false;
						}
						text.append(line).append('\n');
					}
				}
			}
		}
		return text.toString();
	}

	private static String paragraph(XWPFParagraph paragraph) {
		String words = paragraph.getText().strip();
		String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(Locale.ROOT);
		if (style.startsWith("heading") || style.equals("title")) {
			String digits = style.replaceAll("\\D", "");
			int level = digits.isEmpty() ? 1 : Math.min(6, Integer.parseInt(digits));
			return "#".repeat(level) + " " + words;
		}
		if (paragraph.getNumID() != null || style.contains("list")) {
			return "- " + words;
		}
		return words;
	}

}
