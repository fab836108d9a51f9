package org.competencygraph.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.competencygraph.CompetencyGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded engine's life cycle on a real data folder: restarts, a killed process, a folder in use, a
 * transaction past its time.
 */
class EmbeddedNeo4jTests {

	@TempDir
	Path folder;

	@Test
	void dataSurvivesACleanStopAndStart() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jChild.properties(this.folder, true))) {
			write(neo4j, "kept");
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jChild.properties(this.folder, true))) {
			assertThat(names(neo4j)).containsExactly("kept");
		}
	}

	@Test
	void aStartAfterKillMinus9RecoversCommittedData() throws Exception {
		String java = ProcessHandle.current().info().command().orElseThrow();
		Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-cp",
				System.getProperty("java.class.path"), EmbeddedNeo4jChild.class.getName(), this.folder.toString(),
				"survivor")
			.redirectErrorStream(true)
			.start();
		try (var output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals("COMMITTED")) {
				// skip the child's log until it has committed
			}
			assertThat(line).as("the child JVM committed its node").isEqualTo("COMMITTED");
			child.destroyForcibly(); // SIGKILL: no shutdown hook, no checkpoint
			assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			child.destroyForcibly();
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jChild.properties(this.folder, true))) {
			assertThat(names(neo4j)).containsExactly("survivor");
		}
	}

	@Test
	void aFolderInUseGivesAClearMessageAndBoltCanBeKeptPrivate() {
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(EmbeddedNeo4jChild.properties(this.folder, false))) {
			// With Bolt not exposed the engine listens on a random loopback port, for this application only.
			assertThat(first.boltUri().getHost()).isEqualTo("127.0.0.1");
			assertThat(first.boltUri().getPort()).isNotEqualTo(7687).isPositive();
			write(first, "one");
			assertThatIllegalStateException()
				.isThrownBy(() -> EmbeddedNeo4j.start(EmbeddedNeo4jChild.properties(this.folder, false)))
				.withMessageStartingWith("The database folder " + this.folder.toAbsolutePath()
						+ " is in use by another process");
		}
	}

	@Test
	void aSecondServerOnTheSameFolderSaysSoInOneLineAndExitsNonZero() throws Exception {
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(EmbeddedNeo4jChild.properties(this.folder, true))) {
			String java = ProcessHandle.current().info().command().orElseThrow();
			Process second = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-cp",
					System.getProperty("java.class.path"), CompetencyGraphApplication.class.getName(),
					"--competency-graph.embedded.data-dir=" + this.folder, "--competency-graph.embedded.bolt.port=0",
					"--server.port=0")
				.redirectErrorStream(true)
				.start();
			List<String> output;
			try (var reader = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
				output = reader.lines().toList();
			}
			assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(second.exitValue()).as(String.join("\n", output)).isNotZero();
			assertThat(output).filteredOn(line -> line.contains("is in use by another process")).hasSize(1);
			assertThat(output).as("no stack trace").noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
		}
	}

	@Test
	void aTransactionPastTheTimeoutIsTerminatedByTheEngine() {
		// What is left of a query the GraphQL time limit stopped, or one a tool left running: the engine ends it.
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(
				EmbeddedNeo4jChild.properties(this.folder, false, Duration.ofSeconds(1)));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
			long started = System.nanoTime();
			assertThatExceptionOfType(Neo4jException.class)
				.isThrownBy(() -> driver.executableQuery("""
						UNWIND range(1, 2000000000) AS x
						WITH x WHERE x % 7 = 3
						RETURN count(x) AS n
						""").execute())
				.satisfies(ex -> assertThat(ex.code()).contains("TransactionTimedOut"));
			// Neo4j checks running transactions every 2 s (db.transaction.monitor.check.interval)
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
			// the engine is fine afterwards
			assertThat(driver.executableQuery("RETURN 1 AS one").execute().records()).hasSize(1);
		}
	}

	private static void write(EmbeddedNeo4j neo4j, String name) {
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
			driver.executableQuery("CREATE (:Probe {name: $name})").withParameters(Map.of("name", name)).execute();
		}
	}

	private static List<String> names(EmbeddedNeo4j neo4j) {
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
			return driver.executableQuery("MATCH (p:Probe) RETURN p.name AS name ORDER BY name")
				.execute()
				.records()
				.stream()
				.map(r -> r.get("name").asString())
				.toList();
		}
	}

}
