package org.competencygraph.database;

import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses where the graph lives. With {@code spring.neo4j.uri=embedded} (the default, see application.yaml) the
 * engine runs in process and the driver points at its Bolt listener; with any other URI, Spring Boot's own
 * driver configuration talks to that server or cluster. Either way the application uses the same driver API, and
 * authenticates as a tool would (the embedded engine's credential, or {@code spring.neo4j.authentication.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	/** Applied before anything that reads or writes the graph, because those beans depend on it. */
	@Bean(initMethod = "apply")
	SchemaMigrations schemaMigrations(Driver driver) {
		return new SchemaMigrations(driver, "classpath:cypher");
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "spring.neo4j.uri", havingValue = "embedded", matchIfMissing = true)
	static class Embedded {

		@Bean(destroyMethod = "close")
		EmbeddedNeo4j embeddedNeo4j(DatabaseProperties properties) {
			return EmbeddedNeo4j.start(properties);
		}

		// The driver is closed before the engine it connects to, because it depends on it.
		@Bean(destroyMethod = "close")
		Driver neo4jDriver(EmbeddedNeo4j neo4j) {
			return GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken(),
					Config.builder().withLogging(org.neo4j.driver.Logging.slf4j()).build());
		}

	}

}
