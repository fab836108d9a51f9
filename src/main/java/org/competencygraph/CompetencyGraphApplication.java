package org.competencygraph;

import java.io.PrintStream;

import org.competencygraph.command.CommandLine;
import org.competencygraph.database.EarlyStart;
import org.competencygraph.security.HashPasswordCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Competency Graph: jobs and the capabilities they require as a Neo4j graph, served through GraphQL. A first
 * argument that is a word names a command-line command ({@code import}, {@code import-onet}, {@code import-esco},
 * {@code extract}, {@code evaluate-extraction},
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
			// A command's report goes to standard output, the log to standard error: `extract FILE > draft.yaml`
			// then holds the draft only.
			PrintStream report = System.out;
			System.setOut(System.err);
			System.exit(CommandLine.run(CompetencyGraphApplication.class, args, report));
		}
		SpringApplication application = new SpringApplication(CompetencyGraphApplication.class);
		// The server's embedded database starts as soon as the settings are known. Not in tests and commands,
		// whose contexts start it when they create their beans (a test slice without the database starts none).
		application.addInitializers(new EarlyStart());
		application.run(args);
	}

}
