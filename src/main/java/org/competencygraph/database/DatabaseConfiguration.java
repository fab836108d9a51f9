package org.competencygraph.database;

import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * Chooses where the graph lives. With {@code spring.neo4j.uri=embedded} (the default, see application.yaml) the
 * engine runs in process and the driver points at its Bolt listener; with any other URI, Spring Boot's own
 * driver configuration talks to that server or cluster. Either way the application uses the same driver API, and
 * authenticates as a tool would (the embedded engine's credential, or {@code spring.neo4j.authentication.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	/** Every raw driver session of the application is opened here, on the database Spring Data uses too. */
	@Bean
	Sessions sessions(Driver driver, DatabaseSelectionProvider databases) {
		return new Sessions(driver, databases);
	}

	/**
	 * Applied while the context starts: before the seed graph is loaded and before the web server takes requests,
	 * both of which wait until every singleton has been created.
	 */
	@Bean(initMethod = "apply")
	SchemaMigrations schemaMigrations(Sessions sessions) {
		return new SchemaMigrations(sessions, "classpath:cypher");
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
