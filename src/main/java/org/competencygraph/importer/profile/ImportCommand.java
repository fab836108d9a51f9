package org.competencygraph.importer.profile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.competencygraph.command.Command;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code import FILE...}: imports job-profile files, each in its own transaction; {@code import --seed} reloads
 * the shipped seed graph. Unlike the server, it does not load the seed into an empty database by itself (see
 * {@link SeedLoader}): a user importing their own files may not want it.
 * The exit code is 0 when every file was imported, 1 when any was rejected, 2 on wrong usage.
 */
@Component
class ImportCommand implements Command {

	static final String NAME = "import";

	private final JobProfileImporter importer;

	ImportCommand(JobProfileImporter importer) {
		this.importer = importer;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<String> usage() {
		return List.of("import [--spring.option=value ...] FILE...   (job-profile files, docs/job-profile-format.md)",
				"import --seed                               (reload the shipped seed graph)");
	}

	@Override
	public int run(List<String> files, ApplicationArguments arguments, PrintStream out) {
		boolean seed = arguments.containsOption("seed");
		if (files.isEmpty() && !seed) {
			out.println("Usage: " + usage().getFirst());
			out.println("       " + usage().getLast());
			return USAGE;
		}
		if (seed) {
			this.importer.importSeed()
				.files()
				.forEach(report -> out.println("imported " + ImportedFile.of(report).describe()));
		}
		int failures = 0;
		for (String file : files) {
			try {
				this.importer.importFile(Path.of(file))
					.files()
					.forEach(report -> out.println("imported " + ImportedFile.of(report).describe()));
			}
			catch (InvalidJobProfileException ex) {
				failures++;
				out.println("REJECTED " + ex.fileName() + " (nothing of it was written):");
				ex.problems().forEach(problem -> out.println("  - " + problem));
			}
		}
		if (!files.isEmpty()) {
			out.printf("%d of %d files imported%n", files.size() - failures, files.size());
		}
		return failures == 0 ? SUCCESS : REJECTED;
	}

}
