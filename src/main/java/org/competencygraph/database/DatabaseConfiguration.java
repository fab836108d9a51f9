package org.competencygraph.database;

import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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

	/** Whether the database starts (and its migrations run) while the rest of the application starts. */
	static final String BACKGROUND_START = "competency-graph.startup.background";

	/** Every raw driver session of the application is opened here, on the database Spring Data uses too. */
	@Bean
	Sessions sessions(Driver driver, DatabaseSelectionProvider databases) {
		return new Sessions(driver, databases);
	}

	/**
	 * Applied while the context starts: before the seed graph is loaded and before the web server takes requests,
	 * both of which wait until every singleton has been created. With {@code competency-graph.startup.background}
	 * (the default) they are applied on Spring's bootstrap executor: the context waits for them (and fails with
	 * them) before it goes on to those steps, but builds the web, GraphQL and security beans meanwhile, while the
	 * embedded engine starts and the first Cypher queries compile.
	 */
	@Bean(initMethod = "apply", bootstrap = Bean.Bootstrap.BACKGROUND)
	@ConditionalOnBooleanProperty(name = BACKGROUND_START, matchIfMissing = true)
	SchemaMigrations schemaMigrations(Sessions sessions) {
		return new SchemaMigrations(sessions, "classpath:cypher");
	}

	/** The same, one step after the other on the main thread, as before the background start (for comparison). */
	@Bean(name = "schemaMigrations", initMethod = "apply")
	@ConditionalOnBooleanProperty(name = BACKGROUND_START, havingValue = false)
	SchemaMigrations schemaMigrationsInTurn(Sessions sessions) {
		return new SchemaMigrations(sessions, "classpath:cypher");
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "spring.neo4j.uri", havingValue = "embedded", matchIfMissing = true)
	static class Embedded {

		/**
		 * Started in the background unless {@code competency-graph.startup.background} is false: the engine's start
		 * is the longest single step of the server's, and nothing but the database's own users needs to wait for it.
		 * In the server, {@link EarlyStart} has started it already, before this configuration was read.
		 */
		@Bean(name = EarlyStart.BEAN_NAME, destroyMethod = "close")
		@ConditionalOnMissingBean(EmbeddedNeo4j.class)
		EmbeddedNeo4j embeddedNeo4j(DatabaseProperties properties,
				@Value("${" + BACKGROUND_START + ":true}") boolean background) {
			return background ? EmbeddedNeo4j.startInBackground(properties) : EmbeddedNeo4j.start(properties);
		}

		// The driver is closed before the engine it connects to, because it depends on it. It connects on first
		// use, once the engine listens: creating the beans that hold it does not wait for the engine's start.
		@Bean(destroyMethod = "close")
		Driver neo4jDriver(EmbeddedNeo4j neo4j) {
			return DeferredDriver.connectingOnFirstUse(() -> GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken(),
					Config.builder().withLogging(org.neo4j.driver.Logging.slf4j()).build()));
		}

	}

}
