package org.competencygraph.database;

import org.competencygraph.GraphQlClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External mode against the official {@code neo4j} Docker image, the same one docker-compose.yml runs. Skipped,
 * and reported as skipped, where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerIntegrationTests {

	static final String IMAGE = "neo4j:2026.08.1-community";

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer(IMAGE).withAdminPassword("container-secret");

	static ConfigurableApplicationContext application;

	@BeforeAll
	static void start() {
		application = ExternalServer.start(neo4j.getBoltUrl(), "neo4j", "container-secret");
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void graphQlAnswersFromTheContainer() {
		assertThat(application.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
		GraphQlClients.anonymous(ExternalServer.port(application))
			.document("{ jobs { totalCount } }")
			.execute()
			.path("jobs.totalCount")
			.entity(Integer.class)
			.satisfies(count -> assertThat(count).isPositive());
	}

}
