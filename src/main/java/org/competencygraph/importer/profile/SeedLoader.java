package org.competencygraph.importer.profile;

import org.competencygraph.command.CommandLine;
import org.competencygraph.database.Sessions;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the seed graph when the application starts on a database without jobs, before it serves requests.
 * It runs after every singleton, schema migrations included, has been created, so before any command.
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SeedLoader.class);

	private final Sessions sessions;

	private final JobProfileImporter importer;

	private final boolean enabled;

	SeedLoader(Sessions sessions, JobProfileImporter importer,
			@Value("${competency-graph.seed.enabled:true}") boolean enabled,
			@Value("${" + CommandLine.PROPERTY + ":}") String command) {
		this.sessions = sessions;
		this.importer = importer;
		// The import command loads the seed only when asked (import --seed).
		this.enabled = enabled && !command.equals(ImportCommand.NAME);
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.enabled) {
			return;
		}
		boolean empty;
		try (Session session = this.sessions.open()) {
			empty = session.executeRead(tx -> tx.run("MATCH (j:Job) RETURN count(j) = 0 AS empty").single()
				.get("empty")
				.asBoolean());
		}
		if (empty) {
			logger.info("The database holds no jobs: loading the seed graph");
			this.importer.importSeed();
		}
	}

}
