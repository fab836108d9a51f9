package org.competencygraph.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.competencygraph.CompetencyGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server starts its embedded database in the background, as soon as its settings are known ({@link EarlyStart}),
 * and still takes no request before the database is usable: when the web server starts listening, the engine runs,
 * every schema migration is applied and the seed graph is loaded. The same holds one step after the other
 * ({@code competency-graph.startup.background=false}). A database that cannot start fails the server's start:
 * {@code EmbeddedNeo4jTests.aSecondServerOnTheSameFolderSaysSoInOneLineAndExitsNonZero}.
 */
class BackgroundStartIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void inTheBackgroundTheWebServerListensOnlyOnceTheDatabaseIsStartedAndMigrated() throws IOException {
		try (ConfigurableApplicationContext context = startAndCheckWhenListening(true)) {
			// Started by EarlyStart before the configuration was read, not by DatabaseConfiguration's bean method.
			assertThat(context.getBeanFactory().containsBeanDefinition(EarlyStart.BEAN_NAME)).isFalse();
			assertThat(context.getBean(EarlyStart.BEAN_NAME)).isInstanceOf(EmbeddedNeo4j.class);
		}
	}

	@Test
	void oneAfterTheOtherTheSame() throws IOException {
		try (ConfigurableApplicationContext context = startAndCheckWhenListening(false)) {
			assertThat(context.getBeanFactory().containsBeanDefinition(EarlyStart.BEAN_NAME)).isTrue();
		}
	}

	private ConfigurableApplicationContext startAndCheckWhenListening(boolean background) throws IOException {
		AtomicReference<Boolean> startedWhenListening = new AtomicReference<>();
		AtomicLong migrationsWhenListening = new AtomicLong(-1);
		AtomicLong jobsWhenListening = new AtomicLong(-1);
		ApplicationListener<WebServerInitializedEvent> listening = event -> {
			var context = event.getApplicationContext();
			startedWhenListening.set(context.getBean(EmbeddedNeo4j.class).isStarted());
			try (Session session = context.getBean(Sessions.class).open()) {
				migrationsWhenListening.set(count(session, "MATCH (m:SchemaMigration) RETURN count(m) AS n"));
				jobsWhenListening.set(count(session, "MATCH (j:Job) RETURN count(j) AS n"));
			}
		};
		// As the server's main builds it.
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CompetencyGraphApplication.class)
			.initializers(new EarlyStart())
			.listeners(listening)
			.run("--competency-graph.embedded.data-dir=" + this.folder, "--competency-graph.embedded.bolt.port=0",
					"--competency-graph.embedded.page-cache=64MB", "--server.port=0",
					"--competency-graph.startup.background=" + background);
		long migrationFiles;
		try (Stream<Path> files = Files.list(Path.of("cypher"))) {
			migrationFiles = files.filter(file -> file.getFileName().toString().matches("V\\d+__\\w+\\.cypher")).count();
		}
		assertThat(startedWhenListening).hasValue(true);
		assertThat(migrationsWhenListening.get()).isEqualTo(migrationFiles).isPositive();
		assertThat(jobsWhenListening.get()).as("the seed graph's jobs").isPositive();
		return context;
	}

	private static long count(Session session, String query) {
		return session.run(query).single().get("n").asLong();
	}

}
