package org.competencygraph;

import java.util.Arrays;
import java.util.List;

import org.competencygraph.framework.FrameworkCommand;
import org.competencygraph.importer.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Competency Graph: jobs and the capabilities they require as a Neo4j graph, served through GraphQL.
 * {@code import FILE...} as first arguments runs the command-line importer instead of the server;
 * {@code import-onet DIR}, {@code import-esco DIR} and {@code link-frameworks} the framework commands.
 */
@SpringBootApplication
public class CompetencyGraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			List<String> files = Arrays.asList(args).subList(1, args.length);
			System.exit(ImportCommand.run(files, System.out));
		}
		if (args.length > 0 && FrameworkCommand.COMMANDS.contains(args[0])) {
			System.exit(FrameworkCommand.run(args[0], Arrays.asList(args).subList(1, args.length), System.out));
		}
		SpringApplication.run(CompetencyGraphApplication.class, args);
	}

}
