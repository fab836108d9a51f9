package org.competencygraph.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.competencygraph.CompetencyGraphApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar competency-graph.jar import FILE...}: imports job-profile files from the command line, each in
 * its own transaction, without starting the web server. {@code import --seed} reloads the shipped seed graph.
 * The exit code is 0 when every file was imported, 1 when any was rejected, 2 on wrong usage.
 */
public final class ImportCommand {

	private ImportCommand() {
	}

	public static int run(List<String> arguments, PrintStream out) {
		if (arguments.isEmpty()) {
			out.println("Usage: import FILE... | import --seed");
			return 2;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CompetencyGraphApplication.class)
			.web(WebApplicationType.NONE)
			.properties("competency-graph.seed.enabled=false")
			.run()) {
			JobProfileImporter importer = context.getBean(JobProfileImporter.class);
			if (arguments.equals(List.of("--seed"))) {
				importer.importSeed().forEach(result -> out.println("imported " + result));
				return 0;
			}
			int failures = 0;
			for (String argument : arguments) {
				try {
					out.println("imported " + importer.importFile(Path.of(argument)));
				}
				catch (InvalidJobProfileException ex) {
					failures++;
					out.println("REJECTED " + ex.fileName() + " (nothing of it was written):");
					ex.problems().forEach(problem -> out.println("  - " + problem));
				}
			}
			out.printf("%d of %d files imported%n", arguments.size() - failures, arguments.size());
			return failures == 0 ? 0 : 1;
		}
	}

}
