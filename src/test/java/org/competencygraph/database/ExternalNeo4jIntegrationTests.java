package org.competencygraph.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.competencygraph.GraphQlClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External mode against a separate Neo4j server (neo4j-harness), reached through a {@code neo4j://} routing URI as a
 * cluster or Aura would be: no embedded engine starts, the schema and the seed graph land on that server, and
 * GraphQL answers from it.
 */
class ExternalNeo4jIntegrationTests {

	static Neo4j server;

	static ConfigurableApplicationContext application;

	@BeforeAll
	static void start() {
		server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
		String routingUri = server.boltURI().toString().replace("bolt://", "neo4j://");
		application = ExternalServer.start(routingUri, "neo4j", "unused");
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@Test
	void theApplicationUsesTheExternalServerAndNoEmbeddedEngine() {
		assertThat(application.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
		assertThat(Files.exists(Path.of("target/must-not-exist"))).isFalse();
		try (Driver driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none())) {
			long jobs = driver.executableQuery("MATCH (j:Job) RETURN count(j) AS n").execute().records().getFirst()
				.get("n").asLong();
			assertThat(jobs).as("seed graph loaded into the external server").isPositive();
			long migrations = driver.executableQuery("MATCH (m:SchemaMigration) RETURN count(m) AS n").execute()
				.records().getFirst().get("n").asLong();
			assertThat(migrations).isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void graphQlAnswersFromTheExternalServer() {
		GraphQlClients.anonymous(ExternalServer.port(application))
			.document("{ jobs(filter: {text: \"infrastructure engineer level\"}) { totalCount } }")
			.execute()
			.path("jobs.totalCount")
			.entity(Integer.class)
			.satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(4));
	}

}
