package org.competencygraph.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar competency-graph.jar import FILE...}: imports job-profile files from the command line, each in
 * its own transaction, without starting the web server. {@code import --seed} reloads the shipped seed graph;
 * {@code --spring.neo4j.uri=...} and other {@code --name=value} options configure the application as for the
 * server.
 * The exit code is 0 when every file was imported, 1 when any was rejected, 2 on wrong usage.
 */
public final class ImportCommand {

	private ImportCommand() {
	}

	/**
	 * @param application starts the application without its web server, given the {@code --name=value} options
	 */
	public static int run(List<String> arguments, PrintStream out,
			Function<String[], ConfigurableApplicationContext> application) {
		if (arguments.isEmpty()) {
			out.println("Usage: import FILE... | import --seed");
			return 2;
		}
		// Options such as --spring.neo4j.uri=... configure the application; everything else names files.
		// The seed is loaded on request only: a command-line property outranks application.yaml.
		String[] options = Stream.concat(Stream.of("--competency-graph.seed.enabled=false"),
				arguments.stream().filter(a -> a.startsWith("--") && !a.equals("--seed")))
			.toArray(String[]::new);
		List<String> files = arguments.stream().filter(a -> !a.startsWith("--")).toList();
		boolean seed = arguments.contains("--seed");
		if (files.isEmpty() && !seed) {
			out.println("Usage: import [--spring.option=value ...] FILE... | import --seed");
			return 2;
		}
		try (ConfigurableApplicationContext context = application.apply(options)) {
			JobProfileImporter importer = context.getBean(JobProfileImporter.class);
			if (seed) {
				importer.importSeed().forEach(result -> out.println("imported " + result));
			}
			int failures = 0;
			for (String argument : files) {
				try {
					out.println("imported " + importer.importFile(Path.of(argument)));
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
			return failures == 0 ? 0 : 1;
		}
	}

}
