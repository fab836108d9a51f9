package org.competencygraph.analysis;

import java.util.List;
import java.util.Map;

import org.competencygraph.capability.Capability;
import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads everything the index needs from Neo4j in one read transaction, streaming the rows: capabilities, jobs
 * with organization and family, every {@code REQUIRES}, and the {@code SAME_AS} and {@code BROADER} links
 * between capabilities.
 */
class RequirementIndexLoader {

	private static final Logger logger = LoggerFactory.getLogger(RequirementIndexLoader.class);

	private final Driver driver;

	private final Scoring scoring;

	private final double sameAsMinConfidence;

	private final @Nullable EmbeddedNeo4j embedded;

	/** Null until the first check; then whether the server reports its last committed transaction. */
	private volatile @Nullable Boolean transactionIdAvailable;

	RequirementIndexLoader(Driver driver, Scoring scoring, double sameAsMinConfidence, @Nullable EmbeddedNeo4j embedded) {
		this.driver = driver;
		this.scoring = scoring;
		this.sameAsMinConfidence = sameAsMinConfidence;
		this.embedded = embedded;
	}

	RequirementIndex load() {
		Object marker = marker();
		RequirementIndex.Builder builder = RequirementIndex.builder(this.scoring);
		int[] skipped = new int[3];
		try (Session session = this.driver.session()) {
			session.executeRead(tx -> {
				tx.run("MATCH (c:Capability) RETURN c {.id, .kind, .name, .aliases, .description, "
						+ ".qualificationType, .externalIds} AS c ORDER BY c.id")
					.forEachRemaining(r -> {
						try {
							builder.capability(Capability.of(r.get("c")));
						}
						catch (RuntimeException ex) {
							skipped[0]++;
						}
					});
				tx.run("MATCH (j:Job) RETURN " + Job.PROJECTION + " AS job ORDER BY j.id").forEachRemaining(r -> {
					try {
						builder.job(Job.of(r.get("job")));
					}
					catch (RuntimeException ex) {
						skipped[1]++;
					}
				});
				// Essential first, then by importance: the order gap rows fall back on.
				tx.run("""
						MATCH (j:Job)-[r:REQUIRES]->(c:Capability)
						RETURN j.id AS job, c.id AS capability, r.priority AS priority, r.level AS level,
						       r.importance AS importance, r.inheritedFrom AS inheritedFrom
						ORDER BY j.id, CASE r.priority WHEN 'essential' THEN 0 ELSE 1 END, c.name, c.id
						""").forEachRemaining(r -> {
					Priority priority = priority(r.get("priority"));
					if (priority == null) {
						skipped[2]++;
						return;
					}
					builder.requirement(r.get("job").asString(), r.get("capability").asString(), priority,
							nullableDouble(r.get("level")), nullableDouble(r.get("importance")),
							r.get("inheritedFrom").asString(null));
				});
				tx.run("""
						MATCH (a:Capability)-[s:SAME_AS]->(b:Capability)
						WHERE s.confidence IS NULL OR s.confidence >= $min
						RETURN a.id AS a, b.id AS b
						""", Map.of("min", this.sameAsMinConfidence))
					.forEachRemaining(r -> builder.sameAs(r.get("a").asString(), r.get("b").asString()));
				tx.run("MATCH (a:Capability)-[:BROADER]->(b:Capability) RETURN a.id AS a, b.id AS b")
					.forEachRemaining(r -> builder.broader(r.get("a").asString(), r.get("b").asString()));
				return null;
			});
		}
		if (skipped[0] + skipped[1] + skipped[2] > 0) {
			logger.warn("Left out of the analysis index: {} capabilities without id, kind or name, {} jobs without "
					+ "id, title or organization, {} requirements whose priority is neither essential nor desirable",
					skipped[0], skipped[1], skipped[2]);
		}
		return builder.build(marker);
	}

	/**
	 * A cheap value that changes whenever the database commits a write: with the embedded engine, the number of
	 * write transactions it committed (whoever made them); with an external server that reports it (Enterprise
	 * Edition, Aura), the database's last committed transaction id; otherwise the counts of the nodes and
	 * relationships the index reads, which miss a write that only changes properties (the periodic full rebuild
	 * covers that).
	 */
	Object marker() {
		if (this.embedded != null) {
			return "commits:" + this.embedded.commits();
		}
		if (!Boolean.FALSE.equals(this.transactionIdAvailable)) {
			try (Session session = this.driver.session()) {
				String database = session.run("CALL db.info() YIELD name RETURN name").single().get("name").asString();
				Value txn = session.run("SHOW DATABASE $name YIELD lastCommittedTxn, role "
						+ "WHERE role IN ['primary', 'standalone'] OR role IS NULL RETURN lastCommittedTxn",
						Map.of("name", database)).list().stream()
					.map(r -> r.get("lastCommittedTxn"))
					.filter(v -> !v.isNull())
					.findFirst()
					.orElse(null);
				if (txn != null) {
					this.transactionIdAvailable = true;
					return "txn:" + txn.asLong();
				}
			}
			catch (ClientException ex) {
				logger.debug("SHOW DATABASE failed", ex);
			}
			logger.info("The database does not report its last committed transaction (a Community Edition server): "
					+ "changes made outside the application are detected by counts, and by a full rebuild every "
					+ "10 checks");
			this.transactionIdAvailable = false;
		}
		return counts();
	}

	/** Whether {@link #marker} changes with every committed write, property changes included. */
	boolean markerSeesEveryWrite() {
		return this.embedded != null || Boolean.TRUE.equals(this.transactionIdAvailable);
	}

	private String counts() {
		try (Session session = this.driver.session()) {
			Record r = session.run("""
					CALL () { MATCH (j:Job) RETURN count(j) AS jobs }
					CALL () { MATCH (c:Capability) RETURN count(c) AS capabilities }
					CALL () { MATCH ()-[r:REQUIRES]->() RETURN count(r) AS requires }
					CALL () { MATCH ()-[r:SAME_AS]->() RETURN count(r) AS sameAs }
					CALL () { MATCH ()-[r:BROADER]->() RETURN count(r) AS broader }
					RETURN jobs, capabilities, requires, sameAs, broader
					""").single();
			return "counts:" + List.of("jobs", "capabilities", "requires", "sameAs", "broader")
				.stream()
				.map(key -> String.valueOf(r.get(key).asLong()))
				.reduce((a, b) -> a + "/" + b)
				.orElse("");
		}
	}

	private static @Nullable Priority priority(Value value) {
		if (value.isNull()) {
			return null;
		}
		return switch (value.asString()) {
			case "essential" -> Priority.ESSENTIAL;
			case "desirable" -> Priority.DESIRABLE;
			default -> null;
		};
	}

	private static @Nullable Double nullableDouble(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

}
