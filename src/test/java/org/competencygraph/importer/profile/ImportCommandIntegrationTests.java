package org.competencygraph.importer.profile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.competencygraph.CompetencyGraphApplication;
import org.competencygraph.GraphFixtures;
import org.competencygraph.InProcessCommands;
import org.competencygraph.IntegrationTest;
import org.competencygraph.database.EmbeddedNeo4j;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The command-line importer, pointed at the test run's database by URI (as a user would point it at an external
 * server), so no second embedded engine is started.
 */
@IntegrationTest
class ImportCommandIntegrationTests {

	@Autowired
	EmbeddedNeo4j neo4j;

	@Autowired
	Driver driver;

	@TempDir
	Path folder;

	@Test
	void importsFilesAndReportsEachOne() {
		Output output = run(GraphFixtures.SERVICE_DESK.toString(), GraphFixtures.NETWORK_ENGINEER.toString());
		assertThat(output.exitCode()).isZero();
		assertThat(output.text()).contains("imported service-desk.yaml: ", "imported network-engineer.json: ",
				"2 of 2 files imported");
	}

	@Test
	void aBrokenFileIsReportedWithItsProblemsAndLeavesTheGraphUnchanged() throws Exception {
		run(GraphFixtures.SERVICE_DESK.toString());
		Path broken = this.folder.resolve("broken.yaml");
		Files.writeString(broken, GraphFixtures.read(GraphFixtures.SERVICE_DESK).replace("level: 3", "level: 12"));
		List<String> before = GraphFixtures.fingerprint(this.driver);

		Output output = run(broken.toString(), this.folder.resolve("missing.yaml").toString());

		assertThat(output.exitCode()).isEqualTo(1);
		assertThat(output.text()).contains("REJECTED broken.yaml (nothing of it was written):",
				"  - jobs[0].requirements[1].level: must be from 0 to 7 on the proficiency scale, was 12",
				"missing.yaml (nothing of it was written):", "  - no such file", "0 of 2 files imported");
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void reloadingTheSeedGraphChangesNothing() {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		Output output = run("--seed");
		assertThat(output.exitCode()).isZero();
		assertThat(output.text()).contains("imported uk-infrastructure-engineer.yaml: 0 jobs created, 4 updated");
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void withoutFilesItPrintsUsage() {
		Output output = run();
		assertThat(output.exitCode()).isEqualTo(2);
		assertThat(output.text()).startsWith("Usage: import");
	}

	@Test
	void withoutTheBoltPasswordItIsRefused() {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		var bytes = new ByteArrayOutputStream();
		assertThatException()
			.isThrownBy(() -> InProcessCommands.command(
					List.of("import", "--spring.neo4j.uri=" + this.neo4j.boltUri(), "--spring.main.banner-mode=off",
							"--logging.level.root=off", GraphFixtures.SERVICE_DESK.toString()),
					new PrintStream(bytes, true, StandardCharsets.UTF_8)))
			.withStackTraceContaining("AuthenticationException");
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	private Output run(String... arguments) {
		// As the README tells a user pointing the importer at a running server: the password from its data folder.
		String password = readPassword(this.neo4j.credentialFile());
		List<String> all = new ArrayList<>(List.of("import", "--spring.neo4j.uri=" + this.neo4j.boltUri(),
				"--spring.neo4j.authentication.password=" + password, "--spring.main.banner-mode=off",
				"--logging.level.root=warn"));
		all.addAll(List.of(arguments));
		var bytes = new ByteArrayOutputStream();
		List<String> command = all;
		int exitCode = InProcessCommands.command(command, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Output(exitCode, bytes.toString(StandardCharsets.UTF_8));
	}

	private static String readPassword(@Nullable Path file) {
		assertThat(file).as("the test run's Bolt password file").isNotNull();
		try {
			return Files.readString(file).strip();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	record Output(int exitCode, String text) {
	}

}
