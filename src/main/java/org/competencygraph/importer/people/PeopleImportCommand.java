package org.competencygraph.importer.people;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.competencygraph.command.Command;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code import-people FOLDER}: imports the folder's teams.csv, people.csv and holdings.csv (those present) as
 * {@code importPeople} does, audited with the actor 'import'. Exit code 0 when imported, 1 when rejected (nothing
 * written), 2 on wrong usage.
 */
@Component
class PeopleImportCommand implements Command {

	static final String NAME = "import-people";

	private final PeopleImporter importer;

	PeopleImportCommand(PeopleImporter importer) {
		this.importer = importer;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<String> usage() {
		return List.of("import-people [--spring.option=value ...] FOLDER   (its teams.csv, people.csv, holdings.csv; docs/people.md)");
	}

	@Override
	public int run(List<String> operands, ApplicationArguments arguments, PrintStream out) {
		if (operands.size() != 1 || !Files.isDirectory(Path.of(operands.getFirst()))) {
			out.println("Usage: " + usage().getFirst());
			return USAGE;
		}
		Path folder = Path.of(operands.getFirst());
		PeopleImporter.Result result;
		try {
			result = this.importer.importFiles("import", new PeopleImporter.Files(read(folder, "teams.csv"),
					read(folder, "people.csv"), read(folder, "holdings.csv")));
		}
		catch (IOException ex) {
			out.println("Could not read " + folder + ": " + ex.getMessage());
			return USAGE;
		}
		if (!result.problems().isEmpty()) {
			out.println("REJECTED (nothing was written):");
			result.problems().forEach(problem -> out.println("  - " + problem));
			return REJECTED;
		}
		out.printf("imported %d teams, %d people, %d holdings (new or changed)%n", result.teams(), result.people(),
				result.holdings());
		return SUCCESS;
	}

	private static @Nullable String read(Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		return Files.isRegularFile(file) ? Files.readString(file) : null;
	}

}
