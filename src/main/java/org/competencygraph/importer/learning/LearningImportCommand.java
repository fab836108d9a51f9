package org.competencygraph.importer.learning;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.competencygraph.command.Command;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code import-learning FILE...}: imports learning catalogues (CSV or YAML/JSON), each file in its own transaction.
 * The exit code is 0 when every file was imported, 1 when any was rejected, 2 on wrong usage.
 */
@Component
class LearningImportCommand implements Command {

	static final String NAME = "import-learning";

	private final LearningCatalogueImporter importer;

	LearningImportCommand(LearningCatalogueImporter importer) {
		this.importer = importer;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<String> usage() {
		return List.of("import-learning [--spring.option=value ...] FILE...   (learning catalogues, .csv/.yaml/.json, "
				+ "docs/learning-resources.md)");
	}

	@Override
	public int run(List<String> files, ApplicationArguments arguments, PrintStream out) {
		if (files.isEmpty()) {
			out.println("Usage: " + usage().getFirst());
			return USAGE;
		}
		int failures = 0;
		for (String file : files) {
			try {
				ImportedCatalogue imported = this.importer.importFile(Path.of(file));
				out.println("imported " + imported.describe());
				imported.semanticMatches().forEach(match -> out.println("  matched by meaning: " + match));
			}
			catch (InvalidCatalogueException ex) {
				failures++;
				out.println("REJECTED " + ex.fileName() + " (nothing of it was written):");
				ex.problems().forEach(problem -> out.println("  - " + problem));
			}
		}
		out.printf("%d of %d files imported%n", files.size() - failures, files.size());
		return failures == 0 ? SUCCESS : REJECTED;
	}

}
