package org.competencygraph;

import java.util.Arrays;
import java.util.List;

import org.competencygraph.importer.FrameworkImportCommand;
import org.competencygraph.importer.ImportCommand;
import org.competencygraph.linking.LinkCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Competency Graph: jobs and the capabilities they require as a Neo4j graph, served through GraphQL.
 * {@code import FILE...} as first arguments runs the command-line importer instead of the server;
 * {@code import-onet DIR}, {@code import-esco DIR} and {@code link-frameworks} the framework commands.
 */
@SpringBootApplication
public class CompetencyGraphApplication {

	public static void main(String[] args) {
		List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(ImportCommand.run(rest, System.out, CompetencyGraphApplication::commandLine));
		}
		if (args.length > 0 && FrameworkImportCommand.COMMANDS.contains(args[0])) {
			System.exit(FrameworkImportCommand.run(args[0], rest, System.out, CompetencyGraphApplication::commandLine));
		}
		if (args.length > 0 && args[0].equals(LinkCommand.COMMAND)) {
			System.exit(LinkCommand.run(rest, System.out, CompetencyGraphApplication::commandLine));
		}
		SpringApplication.run(CompetencyGraphApplication.class, args);
	}

	/**
	 * The application without its web server, for a command-line command: the commands are handed this rather than
	 * naming this class, so that their packages do not depend on the application's.
	 */
	public static ConfigurableApplicationContext commandLine(String... options) {
		return new SpringApplicationBuilder(CompetencyGraphApplication.class).web(WebApplicationType.NONE)
			.run(options);
	}

}
