package org.competencygraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages (job, capability, importer, ...) are modules: their dependencies point one way (no cycles),
 * and a module uses only what another exposes in its top package, never its subpackages. And classes stay short
 * enough to read, or say why not.
 */
class ModularityTests {

	/** Longer classes need a comment containing {@link #REASON}, saying why. */
	static final int MAX_LINES = 300;

	static final String REASON = "Longer than 300 lines because";

	private final ApplicationModules modules = ApplicationModules.of(CompetencyGraphApplication.class);

	@Test
	void dependenciesPointOneWay() {
		this.modules.verify();
	}

	@Test
	void classesStayUnder300LinesOrSayWhy() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> tooLong = files.filter(file -> file.toString().endsWith(".java"))
				.filter(ModularityTests::longWithoutReason)
				.map(Path::toString)
				.toList();
			assertThat(tooLong).as("classes over %d lines without a comment '%s ...'", MAX_LINES, REASON).isEmpty();
		}
	}

	private static boolean longWithoutReason(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return lines.size() > MAX_LINES && lines.stream().noneMatch(line -> line.contains(REASON));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
