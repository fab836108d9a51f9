package org.competencygraph.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.competencygraph.InProcessCommands;
import org.competencygraph.IntegrationTest;
import org.competencygraph.database.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: a word that names no command lists the commands and exits with 2. */
@IntegrationTest
class CommandLineIntegrationTests {

	@Autowired
	EmbeddedNeo4j neo4j;

	@Test
	void anUnknownCommandListsEveryCommandAndExitsWith2() throws IOException {
		Path credential = this.neo4j.credentialFile();
		assertThat(credential).as("the test run's Bolt password file").isNotNull();
		var bytes = new ByteArrayOutputStream();
		int exitCode = InProcessCommands.command(List.of("imprt", "--spring.neo4j.uri=" + this.neo4j.boltUri(),
				"--spring.neo4j.authentication.password=" + Files.readString(credential).strip(),
				"--spring.main.banner-mode=off", "--logging.level.root=warn"),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		String output = bytes.toString(StandardCharsets.UTF_8);
		assertThat(exitCode).isEqualTo(Command.USAGE);
		assertThat(output).startsWith("Usage: java -jar competency-graph.jar COMMAND")
			.contains("  import [--spring.option=value ...] FILE...", "  import --seed",
					"  import-onet [--spring.option=value ...] DIR", "  import-esco [--spring.option=value ...] DIR",
					"  link-frameworks [--spring.option=value ...]",
					"  import-learning [--spring.option=value ...] FILE...",
					"  import-people [--spring.option=value ...] FOLDER", "  hash-password < password.txt");
	}

}
