package org.competencygraph.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Word and PDF files made from a text fixture, line by line, as an office suite would write them. */
final class Documents {

	private Documents() {
	}

	/** Bullets ("- ") become list paragraphs, other lines plain paragraphs. */
	static byte[] docx(String text) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : text.split("\n")) {
				XWPFParagraph paragraph = document.createParagraph();
				if (line.startsWith("- ")) {
					paragraph.setStyle("ListBullet");
					paragraph.createRun().setText(line.substring(2));
				}
				else {
					paragraph.createRun().setText(line);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDPage page = null;
			PDPageContentStream stream = null;
			int y = 0;
			for (String line : text.split("\n")) {
				if (stream == null || y < 60) {
					if (stream != null) {
						stream.endText();
						stream.close();
					}
					page = new PDPage();
					document.addPage(page);
					stream = new PDPageContentStream(document, page);
					stream.beginText();
					stream.setFont(font, 10);
					stream.newLineAtOffset(50, 750);
					y = 750;
				}
				stream.showText(line);
				stream.newLineAtOffset(0, -14);
				y -= 14;
			}
			if (stream != null) {
				stream.endText();
				stream.close();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
