package org.competencygraph.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The Markdown report: printed as it grows, written to a file at the end. */
final class QualityReport {

	private final List<String> lines = new ArrayList<>();

	void line(String text) {
		System.out.println(text);
		this.lines.add(text);
	}

	void section(String title, String measures) {
		line("");
		line("## " + title);
		line("");
		line(measures);
		line("");
	}

	/** A figure measured by {@code figure}, or "not available: <error>" when the API could not answer it. */
	String figure(Supplier<String> figure) {
		try {
			return figure.get();
		}
		catch (QualityApi.Unavailable ex) {
			return "not available: " + ex.getMessage();
		}
	}

	static String share(long hits, long of) {
		return of == 0 ? "n/a (0)" : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) hits / of, hits, of);
	}

	static String mean(double sum, int of) {
		return of == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", sum / of);
	}

	void write(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, this.lines, StandardCharsets.UTF_8);
		System.out.println("Report written to " + file.toAbsolutePath());
	}

}
