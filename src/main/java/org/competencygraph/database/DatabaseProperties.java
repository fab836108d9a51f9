package org.competencygraph.database;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded Neo4j engine, used when {@code spring.neo4j.uri} is {@code embedded} (the default).
 *
 * @param dataDir folder that holds the database; created on first start
 * @param bolt where the embedded engine serves Bolt
 * @param pageCache memory for Neo4j's page cache
 * @param transactionTimeout longest a transaction may run before the engine terminates it; a backstop behind the
 * GraphQL time limits, far above what any of the application's own transactions take (an import batch, one job
 * file, the analysis index's read: a few seconds at most at ESCO scale)
 */
@ConfigurationProperties("competency-graph.embedded")
public record DatabaseProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Bolt bolt,
		@DefaultValue("512MB") DataSize pageCache, @DefaultValue("60s") Duration transactionTimeout) {

	/**
	 * @param enabled whether tools (Neo4j Browser, cypher-shell) can reach the embedded engine on {@code port};
	 * when false the engine listens on a private, randomly chosen loopback port that only this application uses
	 * @param address listen address; keep it on loopback (127.0.0.1) for local-only access
	 * @param port Bolt port; 0 picks a free one
	 * @param password password of the {@code neo4j} user, for this application and local tools; when not set, one
	 * is generated on first start and kept in {@code bolt-password} in the data folder (owner-only). Not used when
	 * {@code enabled} is false: the private listener gets a random password for each start, held in memory only.
	 */
	public record Bolt(@DefaultValue("true") boolean enabled, @DefaultValue("127.0.0.1") String address,
			@DefaultValue("7687") int port, @Nullable String password) {

		@Override
		public String toString() {
			return "Bolt[enabled=" + this.enabled + ", address=" + this.address + ", port=" + this.port + "]";
		}

	}

}
