package org.competencygraph.importer.learning;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.competencygraph.GraphFixtures;
import org.competencygraph.InProcessCommands;
import org.competencygraph.IntegrationTest;
import org.competencygraph.LearningCatalogueFixtures;
import org.competencygraph.database.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.competencygraph.background.JobProgress;
import org.competencygraph.semantic.Embeddings;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import-learning}, pointed at the test run's database by URI as a user would point it at a server. */
@IntegrationTest
class LearningImportCommandIntegrationTests {

	@Autowired
	EmbeddedNeo4j neo4j;

	@Autowired
	Driver driver;

	@Autowired
	Embeddings embeddings;

	@TempDir
	Path folder;

	@org.junit.jupiter.api.BeforeEach
	void vectors() {
		this.embeddings.refresh(JobProgress.NONE);
	}

	@AfterEach
	void removeCatalogue() {
		LearningCatalogueFixtures.removeCatalogue(this.driver);
	}

	@Test
	void importsTheExampleCatalogueAndAgainWithoutChange() {
		Output first = run(LearningCatalogueFixtures.CSV.toString(), LearningCatalogueFixtures.IN_HOUSE.toString());
		assertThat(first.exitCode()).isZero();
		assertThat(first.text()).contains("imported learning-catalogue.csv: 37 resources created, 0 updated",
				"imported learning-catalogue-inhouse.yaml: 13 resources created", "matched by meaning: line ",
				"2 of 2 files imported");
		List<String> before = GraphFixtures.fingerprint(this.driver);
		Output second = run(LearningCatalogueFixtures.CSV.toString(), LearningCatalogueFixtures.IN_HOUSE.toString());
		assertThat(second.text()).contains("imported learning-catalogue.csv: 0 resources created, 0 updated, 37 unchanged",
				"imported learning-catalogue-inhouse.yaml: 0 resources created, 0 updated, 13 unchanged");
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void aRejectedFileIsListedWithItsProblemsAndTheExitCodeSaysSo() throws Exception {
		Path broken = this.folder.resolve("broken.csv");
		Files.writeString(broken, "id,title,type,teaches\ncourse/a,A,COURSE,Troubleshooting:12\n");
		List<String> before = GraphFixtures.fingerprint(this.driver);
		Output output = run(broken.toString());
		assertThat(output.exitCode()).isEqualTo(1);
		assertThat(output.text()).contains("REJECTED broken.csv (nothing of it was written):",
				"  - broken.csv: line 2, field 'teaches': 'Troubleshooting:12': the level after ':' must be a level "
						+ "from 0 to 7",
				"0 of 1 files imported");
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	private Output run(String... arguments) {
		String password;
		try {
			password = Files.readString(this.neo4j.credentialFile()).strip();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		List<String> all = new ArrayList<>(List.of("import-learning", "--spring.neo4j.uri=" + this.neo4j.boltUri(),
				"--spring.neo4j.authentication.password=" + password, "--spring.main.banner-mode=off",
				"--logging.level.root=warn"));
		all.addAll(List.of(arguments));
		var bytes = new ByteArrayOutputStream();
		int exitCode = InProcessCommands.command(all, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Output(exitCode, bytes.toString(StandardCharsets.UTF_8));
	}

	record Output(int exitCode, String text) {
	}

}
