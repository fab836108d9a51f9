package org.competencygraph.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A one-page PDF of pieces of text placed where the tests of a PDF's layout want them, in Helvetica 9 pt. */
final class OnePagePdf {

	/** One piece of text: where it starts (x, y from the page's top), its words, and whether it is a tick (Zapf Dingbats). */
	record Text(float x, float y, String words, boolean tick) {

		Text(float x, float y, String words) {
			this(x, y, words, false);
		}

	}

	private OnePagePdf() {
	}

	static byte[] of(List<Text> texts) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			float height = page.getMediaBox().getHeight();
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				for (Text text : texts) {
					content.beginText();
					content.setFont(new PDType1Font(text.tick() ? Standard14Fonts.FontName.ZAPF_DINGBATS
							: Standard14Fonts.FontName.HELVETICA), 9);
					content.newLineAtOffset(text.x(), height - text.y());
					content.showText(text.words());
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
