package org.competencygraph.database;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * The one way to open a driver session: on the database {@code spring.data.neo4j.database} names, the same that
 * Spring Data's {@code Neo4jClient} uses (both ask the one {@link DatabaseSelectionProvider}), or the server's
 * default database when none is named. A bare {@code driver.session()} would always use the default database, so
 * that imports could write to one database while queries read another.
 */
public final class Sessions {

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	public Sessions(Driver driver, DatabaseSelectionProvider databases) {
		this.driver = driver;
		this.databases = databases;
	}

	/** A new session on the configured database; close it when done. */
	public Session open() {
		String database = database();
		return this.driver.session(database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database));
	}

	/** The configured database, or null for the server's default (home) database. */
	public @Nullable String database() {
		DatabaseSelection selection = this.databases.getDatabaseSelection();
		return selection.getValue();
	}

}
