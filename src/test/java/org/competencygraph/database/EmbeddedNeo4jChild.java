package org.competencygraph.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.util.unit.DataSize;

/**
 * Run in a separate JVM by {@link EmbeddedNeo4jTests}: starts the embedded engine on the folder given, commits
 * one node through Bolt, says so on standard output, and waits to be killed.
 */
public final class EmbeddedNeo4jChild {

	private EmbeddedNeo4jChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(Path.of(args[0]), true));
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
			driver.executableQuery("CREATE (:Probe {name: $name})").withParameters(Map.of("name", args[1])).execute();
		}
		System.out.println("COMMITTED");
		System.out.flush();
		Thread.sleep(600_000);
	}

	static DatabaseProperties properties(Path folder, boolean boltEnabled) {
		return properties(folder, boltEnabled, Duration.ofSeconds(60));
	}

	static DatabaseProperties properties(Path folder, boolean boltEnabled, Duration transactionTimeout) {
		return new DatabaseProperties(folder, new DatabaseProperties.Bolt(boltEnabled, "127.0.0.1", 0, null),
				DataSize.ofMegabytes(64), transactionTimeout);
	}

}
