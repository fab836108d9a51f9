package org.competencygraph;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * The database selection of the shared test application: the one {@code spring.data.neo4j.database} names, as
 * Spring Boot's own provider would choose it, unless a test points every session at another database for a while
 * ({@link #select}). Embedded Neo4j Community Edition holds one user database, so a second one to write to cannot
 * be made; a name that does not exist shows instead that every access path follows the configured name.
 */
public final class SelectableDatabase implements DatabaseSelectionProvider {

	private final DatabaseSelectionProvider configured;

	private volatile @Nullable String selected;

	SelectableDatabase(DatabaseSelectionProvider configured) {
		this.configured = configured;
	}

	@Override
	public DatabaseSelection getDatabaseSelection() {
		String name = this.selected;
		return name == null ? this.configured.getDatabaseSelection() : DatabaseSelection.byName(name);
	}

	/** Until the returned handle is closed, every session of the application opens on {@code database}. */
	public Selection select(String database) {
		this.selected = database;
		return () -> this.selected = null;
	}

	/** Puts the configured database back. */
	public interface Selection extends AutoCloseable {

		@Override
		void close();

	}

	/** Replaces Spring Boot's provider, which backs off when one is defined. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		SelectableDatabase databaseSelectionProvider(Environment environment) {
			String name = environment.getProperty("spring.data.neo4j.database");
			return new SelectableDatabase(name == null || name.isBlank() ? DatabaseSelectionProvider.getDefaultSelectionProvider()
					: DatabaseSelectionProvider.createStaticDatabaseSelectionProvider(name));
		}

	}

}
