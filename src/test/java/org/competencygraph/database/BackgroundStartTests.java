package org.competencygraph.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The embedded engine started in the background, as the server starts it: what needs the engine waits for it, a
 * start that fails makes every use fail with its reason (never a hang, never a half-started engine), and the
 * driver connects on first use only.
 */
class BackgroundStartTests {

	@TempDir
	Path folder;

	@Test
	void returnsAtOnceAndWhatNeedsTheEngineWaitsForIt() {
		long started = System.nanoTime();
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.startInBackground(EmbeddedNeo4jChild.properties(this.folder, false));
				Driver driver = driverOf(neo4j)) {
			// The engine takes seconds to start; the call returned long before.
			assertThat(neo4j.isStarted()).isFalse();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
			assertThat(neo4j.home()).isEqualTo(this.folder.toAbsolutePath().normalize());

			// The first query waits for the engine, then runs; the commit count is the running engine's.
			driver.executableQuery("CREATE (:Probe {name: 'waited'})").execute();
			assertThat(neo4j.isStarted()).isTrue();
			assertThat(neo4j.commits()).isEqualTo(1);
			assertThat(driver.executableQuery("MATCH (p:Probe) RETURN p.name AS name").execute().records())
				.extracting(r -> r.get("name").asString())
				.containsExactly("waited");
		}
	}

	@Test
	void aStartThatFailsFailsEveryUseWithItsReasonAndStopsNothing() {
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(EmbeddedNeo4jChild.properties(this.folder, false))) {
			EmbeddedNeo4j second = EmbeddedNeo4j.startInBackground(EmbeddedNeo4jChild.properties(this.folder, false));
			Driver driver = driverOf(second);
			// What the server's start runs into first (the schema migrations' session): the start's own failure,
			// which DatabaseStartFailureReporter turns into one line.
			assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> assertThatExceptionOfType(EmbeddedNeo4jStartException.class)
						.isThrownBy(() -> driver.executableQuery("RETURN 1").execute())
						.withMessageStartingWith("The database folder " + this.folder.toAbsolutePath()
								+ " is in use by another process"));
			assertThatExceptionOfType(EmbeddedNeo4jStartException.class).isThrownBy(second::commits);
			assertThat(second.isStarted()).isFalse();
			// Closing after a failed start stops nothing, and in particular not the engine that holds the folder.
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
				driver.close();
				second.close();
			});
			assertThat(names(first)).isEmpty();
		}
	}

	@Test
	void aDriverNeverUsedClosesWithoutWaitingAndConnectsNoMore() {
		Driver driver = DeferredDriver.connectingOnFirstUse(() -> {
			throw new AssertionError("must not connect");
		});
		assertThat(driver.toString()).contains("not used yet");
		assertThat(driver).isEqualTo(driver).hasSameHashCodeAs(driver);
		assertTimeoutPreemptively(Duration.ofSeconds(1), driver::close);
		assertThatIllegalStateException().isThrownBy(() -> driver.executableQuery("RETURN 1").execute())
			.withMessageContaining("closed");
	}

	@Test
	void closingWhileTheEngineStartsWaitsForItAndStopsIt() {
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.startInBackground(EmbeddedNeo4jChild.properties(this.folder, false));
		// A context that fails for another reason meanwhile closes the engine before it finished starting.
		assertThat(neo4j.isStarted()).isFalse();
		neo4j.close();
		assertThat(neo4j.isStarted()).isTrue();
		// It was stopped: the folder is free for the next start.
		try (EmbeddedNeo4j next = EmbeddedNeo4j.start(EmbeddedNeo4jChild.properties(this.folder, false))) {
			assertThat(names(next)).isEmpty();
		}
	}

	private static Driver driverOf(EmbeddedNeo4j neo4j) {
		return DeferredDriver.connectingOnFirstUse(() -> GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken()));
	}

	private static List<String> names(EmbeddedNeo4j neo4j) {
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
			return driver.executableQuery("MATCH (p:Probe) RETURN p.name AS name")
				.execute()
				.records()
				.stream()
				.map(r -> r.get("name").asString())
				.toList();
		}
	}

}
