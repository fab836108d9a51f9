package org.competencygraph;

import org.competencygraph.command.CommandLine;
import org.competencygraph.security.HashPasswordCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Competency Graph: jobs and the capabilities they require as a Neo4j graph, served through GraphQL. A first
 * argument that is a word names a command-line command ({@code import}, {@code import-onet}, {@code import-esco},
 * {@code link-frameworks}), run instead of the server; the process exits with its code.
 */
@SpringBootApplication
public class CompetencyGraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(HashPasswordCommand.NAME)) {
			// Needs no database: does not start the application (which would open the data folder a server may hold).
			System.exit(HashPasswordCommand.hash(System.in, System.out));
		}
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(CompetencyGraphApplication.class, args, System.out));
		}
		SpringApplication.run(CompetencyGraphApplication.class, args);
	}

}
