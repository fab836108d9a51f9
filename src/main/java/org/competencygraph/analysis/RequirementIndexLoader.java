package org.competencygraph.analysis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.capability.Capability;
import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.database.Sessions;
import org.competencygraph.database.StoreVersion;
import org.competencygraph.job.Job;
import org.competencygraph.semantic.Vectors;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what the index needs from Neo4j in one read transaction, streaming the rows: capabilities with their
 * source domain, jobs with organization, family, requirements, the embeddings of their title and duties and their
 * closest occupations in each other framework (CLOSEST_OCCUPATION, the first few), the detailed work activities of
 * their duties and their interest ratings (O*NET), and the
 * {@code SAME_AS}, {@code CLOSE_MATCH} and {@code BROADER} links between capabilities; or, after a write that
 * touched a few jobs, only those. With the embedded engine, a full read is saved in a snapshot file and the first
 * read after a start takes the file instead when the store has not changed since ({@link IndexSnapshot}).
 * <p>
 * Longer than 300 lines because it holds every query of the read model (the full read, the update of a few jobs,
 * the change marker) and the choice between the snapshot file and the graph: one place that shows what the index
 * reads and from where.
 */
class RequirementIndexLoader {

	private static final Logger logger = LoggerFactory.getLogger(RequirementIndexLoader.class);

	private final Sessions sessions;

	private final Scoring scoring;

	private final SimilarityWeights weights;

	private final double sameAsMinConfidence;

	private final @Nullable EmbeddedNeo4j embedded;

	/** The reads' own time limit (see {@link AnalysisProperties#loadTimeout}). */
	private final TransactionConfig readConfig;

	/** Where the rows are saved between starts; null for an external server or when turned off. */
	private final @Nullable IndexSnapshot snapshot;

	/** Null until the first check; then whether the server reports its last committed transaction. */
	private volatile @Nullable Boolean transactionIdAvailable;

	RequirementIndexLoader(Sessions sessions, Scoring scoring, SimilarityWeights weights, double sameAsMinConfidence,
			Duration loadTimeout, @Nullable EmbeddedNeo4j embedded, boolean snapshot) {
		this.sessions = sessions;
		this.scoring = scoring;
		this.weights = weights;
		this.sameAsMinConfidence = sameAsMinConfidence;
		this.embedded = embedded;
		this.readConfig = TransactionConfig.builder().withTimeout(loadTimeout).build();
		this.snapshot = embedded != null && snapshot
				? new IndexSnapshot(embedded.home().resolve(IndexSnapshot.FILE_NAME), snapshotSettings()) : null;
	}

	/**
	 * What shapes the rows besides the graph: the settings the reads filter by and the queries themselves. A
	 * snapshot saved under others is ignored. (How the rows are derived in code is covered by the file's format
	 * version.)
	 */
	private String snapshotSettings() {
		String queries = CAPABILITIES + JOBS + SAME_AS + CLOSE_MATCHES + BROADER;
		return "same-as-min-confidence " + this.sameAsMinConfidence + "; crosswalk-occupations "
				+ this.weights.blend().crosswalkOccupations() + "; queries " + Integer.toHexString(queries.hashCode());
	}

	/** The snapshot file, null when none is kept. */
	@Nullable Path snapshotFile() {
		return this.snapshot != null ? this.snapshot.file() : null;
	}

	/**
	 * Reads everything: from the snapshot file when {@code snapshotAllowed}, the database is the embedded engine and
	 * the file was saved from the store as it is now; otherwise from the graph, and then saves the snapshot (when
	 * nothing committed while the graph was read, so that the file holds exactly the graph its key names).
	 */
	RequirementIndex load(boolean snapshotAllowed) {
		ChangeMarker marker = marker();
		StoreVersion before = snapshotVersion();
		if (snapshotAllowed && before != null) {
			RequirementIndex index = fromSnapshot(before, marker);
			if (index != null) {
				return index;
			}
		}
		RequirementIndexBuilder builder = readGraph();
		RequirementIndex index = builder.build(marker, false);
		if (before != null) {
			if (before.equals(this.embedded.storeVersion())) {
				this.snapshot.write(before, builder);
			}
			else {
				logger.info("The graph changed while the analysis index read it: its snapshot is not saved");
			}
		}
		return index;
	}

	/**
	 * The index as the snapshot file holds it, when that was saved from the store as it is now; null otherwise
	 * (and for an external server, or with the snapshot turned off).
	 */
	@Nullable RequirementIndex loadSnapshot() {
		ChangeMarker marker = marker();
		StoreVersion version = snapshotVersion();
		return version != null ? fromSnapshot(version, marker) : null;
	}

	/**
	 * The embedded store's version when the snapshot is kept and the sessions read the store it describes (the
	 * embedded engine's default database, which {@code spring.data.neo4j.database} may point away from); else null.
	 */
	private @Nullable StoreVersion snapshotVersion() {
		if (this.snapshot == null || this.embedded == null || !this.embedded.isDefaultDatabase(this.sessions.database())) {
			return null;
		}
		return this.embedded.storeVersion();
	}

	private @Nullable RequirementIndex fromSnapshot(StoreVersion version, ChangeMarker marker) {
		if (this.snapshot == null) {
			return null;
		}
		RequirementIndexBuilder rows = RequirementIndex.builder(this.scoring, this.weights);
		return this.snapshot.read(version, rows) ? rows.build(marker, true) : null;
	}

	private RequirementIndexBuilder readGraph() {
		RequirementIndexBuilder builder = RequirementIndex.builder(this.scoring, this.weights);
		int[] skipped = new int[3];
		try (Session session = this.sessions.open()) {
			session.executeRead(tx -> {
				tx.run(CAPABILITIES + " ORDER BY c.id").forEachRemaining(r -> capability(builder, r, skipped));
				tx.run(JOBS).forEachRemaining(r -> job(builder, r, skipped));
				tx.run(SAME_AS, Map.of("min", this.sameAsMinConfidence))
					.forEachRemaining(r -> builder.sameAs(r.get("a").asString(), r.get("b").asString(),
							r.get("confidence").asDouble()));
				tx.run(CLOSE_MATCHES)
					.forEachRemaining(r -> builder.closeMatch(r.get("a").asString(), r.get("b").asString(),
							r.get("score").asDouble()));
				tx.run(BROADER)
					.forEachRemaining(r -> builder.broader(r.get("a").asString(), r.get("b").asString()));
				return null;
			}, this.readConfig);
		}
		report(skipped);
		return builder;
	}

	/**
	 * Applies a write that touched only the given jobs and capabilities (as a job-profile import does): reads
	 * them again and builds a new index from the previous one's data with them replaced. Requirements and
	 * SAME_AS/CLOSE_MATCH/BROADER links of other jobs and capabilities are kept as they were.
	 */
	RequirementIndex load(RequirementIndex previous, Set<String> jobIds, Set<String> capabilityIds,
			ChangeMarker marker) {
		RequirementIndexBuilder builder = previous.toBuilder();
		int[] skipped = new int[3];
		try (Session session = this.sessions.open()) {
			session.executeRead(tx -> {
				// The capabilities written, and any the touched jobs require that the index does not know yet.
				tx.run("""
						MATCH (c:Capability)
						WHERE c.id IN $capabilities
						   OR EXISTS { MATCH (j:Job)-[:REQUIRES]->(c) WHERE j.id IN $jobs }
						""" + CAPABILITIES.substring(CAPABILITIES.indexOf("RETURN")),
						Map.of("capabilities", List.copyOf(capabilityIds), "jobs", List.copyOf(jobIds)))
					.forEachRemaining(r -> capability(builder, r, skipped));
				jobIds.forEach(builder::removeJob);
				tx.run(JOBS.replace("MATCH (j:Job)", "MATCH (j:Job) WHERE j.id IN $jobs"),
						Map.of("jobs", List.copyOf(jobIds)))
					.forEachRemaining(r -> job(builder, r, skipped));
				return null;
			}, this.readConfig);
		}
		report(skipped);
		return builder.build(marker, false);
	}

	private static final String SAME_AS = """
			MATCH (a:Capability)-[s:SAME_AS]->(b:Capability)
			WHERE s.confidence IS NULL OR s.confidence >= $min
			RETURN a.id AS a, b.id AS b, coalesce(s.confidence, 1.0) AS confidence
			""";

	/** Rejected links are never stored as CLOSE_MATCH (they become NOT_SAME_AS), so status is not read. */
	private static final String CLOSE_MATCHES = """
			MATCH (a:Capability)-[m:CLOSE_MATCH]->(b:Capability)
			RETURN a.id AS a, b.id AS b, coalesce(m.score, 1.0) AS score
			""";

	private static final String BROADER = "MATCH (a:Capability)-[:BROADER]->(b:Capability) RETURN a.id AS a, b.id AS b";

	private static final String CAPABILITIES = "MATCH (c:Capability) RETURN c {.id, .kind, .name, .aliases, "
			+ ".description, .qualificationType, .externalIds} AS c, coalesce(c.framework, '') AS framework, "
			+ "c.onetDomain AS onetDomain, coalesce(c.technology, false) AS technology";

	/** Each job with its requirements and embeddings as one row: far fewer rows than one per requirement. */
	private static final String JOBS = "MATCH (j:Job) RETURN " + Job.PROJECTION + """
			 AS job,
			[(j)-[r:REQUIRES]->(c:Capability) | [c.id, r.priority, r.level, r.importance, r.inheritedFrom]] AS requirements,
			coalesce(j.namesEmbedding, j.titleEmbedding) AS titleEmbedding, j.dutyEmbedding AS dutyEmbedding,
			[(j)-[m:CLOSEST_OCCUPATION]->(o:Job) | [m.rank, o.id]] AS closest,
			[(j)-[:HAS_DUTY]->(:Duty)-[:INVOLVES]->(w:WorkActivity) | [w.id, w.title]] AS activities,
			j.interests AS interests
			""";

	private static void capability(RequirementIndexBuilder builder, Record r, int[] skipped) {
		try {
			Capability capability = Capability.of(r.get("c"));
			String framework = r.get("framework").asString();
			Value technology = r.get("technology");
			builder.capability(capability, framework, SimilarityWeights.domainOf(framework, capability.kind(),
					r.get("onetDomain").asString(null), technology.isTrue()));
		}
		catch (RuntimeException ex) {
			skipped[0]++;
		}
	}

	private void job(RequirementIndexBuilder builder, Record r, int[] skipped) {
		Job job;
		try {
			job = Job.of(r.get("job"));
		}
		catch (RuntimeException ex) {
			skipped[1]++;
			return;
		}
		builder.job(job);
		List<RequirementIndexBuilder.RequirementRow> requirements = new ArrayList<>();
		for (Value requirement : r.get("requirements").values()) {
			Priority priority = priority(requirement.get(1));
			if (priority == null) {
				skipped[2]++;
				continue;
			}
			requirements.add(new RequirementIndexBuilder.RequirementRow(requirement.get(0).asString(), priority,
					nullableDouble(requirement.get(2)), nullableDouble(requirement.get(3)),
					requirement.get(4).asString(null)));
		}
		builder.requirements(job.id(), requirements);
		builder.embeddings(job.id(), Vectors.of(r.get("titleEmbedding")), Vectors.of(r.get("dutyEmbedding")));
		int occupations = this.weights.blend().crosswalkOccupations();
		builder.closestOccupations(job.id(), r.get("closest").asList(v -> v).stream()
			.filter(v -> !v.get(0).isNull() && v.get(0).asInt() <= occupations)
			.sorted(java.util.Comparator.comparingInt(v -> v.get(0).asInt()))
			.map(v -> v.get(1).asString())
			.toList());
		Value interests = r.get("interests");
		builder.work(job.id(), r.get("activities").asList(v -> new String[] { v.get(0).asString(),
				v.get(1).asString("") }), interests.isNull() ? null
						: interests.asList(Value::asDouble).stream().mapToDouble(Double::doubleValue).toArray());
	}


	private static void report(int[] skipped) {
		if (skipped[0] + skipped[1] + skipped[2] > 0) {
			logger.warn("Left out of the analysis index: {} capabilities without id, kind or name, {} jobs without "
					+ "id, title or organization, {} requirements whose priority is neither essential nor desirable",
					skipped[0], skipped[1], skipped[2]);
		}
	}

	/**
	 * The graph's change marker now: with the embedded engine, the number of write transactions it committed; with
	 * an external server that reports it, the database's last committed transaction id; otherwise the counts of
	 * the nodes and relationships the index reads (the periodic full rebuild covers what they miss).
	 */
	ChangeMarker marker() {
		if (this.embedded != null) {
			return new ChangeMarker.Commits(this.embedded.commits());
		}
		if (!Boolean.FALSE.equals(this.transactionIdAvailable)) {
			try (Session session = this.sessions.open()) {
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
					return new ChangeMarker.TransactionId(txn.asLong());
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

	private ChangeMarker.Counts counts() {
		try (Session session = this.sessions.open()) {
			Record r = session.run("""
					CALL () { MATCH (j:Job) RETURN count(j) AS jobs }
					CALL () { MATCH (c:Capability) RETURN count(c) AS capabilities }
					CALL () { MATCH ()-[r:REQUIRES]->() RETURN count(r) AS requires }
					CALL () { MATCH ()-[r:SAME_AS]->() RETURN count(r) AS sameAs }
					CALL () { MATCH ()-[r:BROADER]->() RETURN count(r) AS broader }
					CALL () { MATCH ()-[r:CLOSE_MATCH]->() RETURN count(r) AS closeMatches }
					RETURN jobs, capabilities, requires, sameAs, broader, closeMatches
					""").single();
			return new ChangeMarker.Counts(r.get("jobs").asLong(), r.get("capabilities").asLong(),
					r.get("requires").asLong(), r.get("sameAs").asLong(), r.get("broader").asLong(),
					r.get("closeMatches").asLong());
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
