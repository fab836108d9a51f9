package org.competencygraph.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.competencygraph.InProcessCommands;
import org.competencygraph.IntegrationTest;
import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.database.GraphChangedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The README's steps on its example, as a user runs them: {@code extract FILE > draft.yaml}, then
 * {@code import draft.yaml}; and {@code evaluate-extraction}. The commands are pointed at the test run's database by
 * URI, as ImportCommandIntegrationTests does.
 */
@IntegrationTest
class ExtractCommandIntegrationTests {

	static final Path EXAMPLE = Path.of("examples/job-descriptions/network-support-analyst.txt");

	@Autowired
	EmbeddedNeo4j neo4j;

	@Autowired
	Driver driver;

	@Autowired
	ApplicationEventPublisher events;

	@TempDir
	Path folder;

	@Test
	void extractThenImportTheDraftAsTheReadmeShows() throws IOException {
		Output extracted = run("extract", EXAMPLE.toString());
		assertThat(extracted.exitCode()).isZero();
		assertThat(extracted.text()).startsWith("# Draft job profile extracted from network-support-analyst.txt")
			.contains("format: competency-graph/job-profile@1", "id: northbridge-district-council/network-support-analyst",
					"code: NSA-204", "organization: Northbridge District Council")
			.doesNotContain(" INFO ");
		Path draft = this.folder.resolve("draft.yaml");
		Files.writeString(draft, extracted.text());
		try {
			Output imported = run("import", draft.toString());
			assertThat(imported.text()).contains("imported draft.yaml: 1 jobs created", "1 of 1 files imported");
			assertThat(imported.exitCode()).isZero();
		}
		finally {
			try (Session session = this.driver.session()) {
				session.executeWrite(tx -> tx.run("""
						MATCH (j:Job {id: 'northbridge-district-council/network-support-analyst'})
						OPTIONAL MATCH (j)-[:HAS_DUTY]->(d:Duty)
						OPTIONAL MATCH (j)-[:REQUIRES]->(c:Capability) WHERE c.description STARTS WITH 'Proposed by extraction'
						OPTIONAL MATCH (j)-[:IN_ORGANIZATION]->(o)
						DETACH DELETE j, d, c, o""").consume());
			}
			// What the import changed and the delete undid: the analysis index and caches forget it too.
			this.events.publishEvent(GraphChangedEvent.anything("test: extracted drafts removed"));
		}
	}

	@Test
	void extractWithoutAFileOrWithAnUnreadableOne() {
		assertThat(run("extract").exitCode()).isEqualTo(2);
		assertThat(run("extract", this.folder.resolve("missing.txt").toString()).exitCode()).isEqualTo(1);
	}

	@Test
	void evaluateExtractionPrintsFiguresPerSeedDocument() {
		assumeThat(Path.of(EvaluateExtractionCommand.SEEDS)).as("the seed documents beside the checkout").isDirectory();
		Output output = run("evaluate-extraction");
		assertThat(output.exitCode()).isZero();
		assertThat(output.text()).contains("| document | drafted | curated | precision | recall |",
				"| 004_fdec466b3eb52a20.txt |", "| all (micro-average) |");
	}

	private Output run(String... arguments) {
		String password;
		try {
			password = Files.readString(java.util.Objects.requireNonNull(this.neo4j.credentialFile())).strip();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		List<String> all = new ArrayList<>(List.of(arguments[0], "--spring.neo4j.uri=" + this.neo4j.boltUri(),
				"--spring.neo4j.authentication.password=" + password, "--logging.level.root=warn"));
		all.addAll(List.of(arguments).subList(1, arguments.length));
		var bytes = new ByteArrayOutputStream();
		int exitCode = InProcessCommands.command(all, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Output(exitCode, bytes.toString(StandardCharsets.UTF_8));
	}

	record Output(int exitCode, String text) {
	}

}
