package org.competencygraph.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.competencygraph.background.JobProgress;
import org.competencygraph.database.Sessions;
import org.competencygraph.framework.Framework;
import org.competencygraph.importer.GraphPlan.NodeSet;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.competencygraph.importer.ImportReport.FileReport;
import org.competencygraph.importer.ImportReport.WriteCount;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@link GraphPlan} in batches, each batch its own transaction: an import that stops half-way keeps the
 * batches it committed, and running it again completes it, because every node is keyed by id and every
 * relationship by its two ends. When the framework is not in the graph yet, nodes and relationships are created
 * without looking for existing ones (they cannot exist); otherwise what exists is read and only the differences
 * are written, each counted as created, updated, unchanged or removed.
 * <p>
 * Only nodes whose id starts with the framework's prefix (and its organization) are ever written; the writer
 * refuses to start when such an id belongs to a node of another origin, so seed-graph data is never overwritten.
 * The framework's {@code :FrameworkImport} node records that an import started before the first batch and that it
 * completed after the last one: {@link org.competencygraph.framework.Frameworks} reports a framework whose last
 * import did not complete as incomplete.
 */
final class FrameworkWriter {

	private static final Logger logger = LoggerFactory.getLogger(FrameworkWriter.class);

	/** One {@code :FrameworkImport} node per framework: when its last import started and whether it completed. */
	private static final String STARTED = """
			MERGE (i:FrameworkImport {framework: $framework})
			SET i.release = $release, i.startedAt = datetime(), i.completedAt = null
			""";

	private static final String COMPLETED = """
			MATCH (i:FrameworkImport {framework: $framework})
			SET i.completedAt = datetime()
			""";

	private final Sessions sessions;

	private final int nodeBatchSize;

	private final int relationshipBatchSize;

	FrameworkWriter(Sessions sessions, int nodeBatchSize, int relationshipBatchSize) {
		this.sessions = sessions;
		this.nodeBatchSize = nodeBatchSize;
		this.relationshipBatchSize = relationshipBatchSize;
	}

	/**
	 * Writes the plan and reports per file; {@code directory} and {@code started} are for the report only.
	 * {@code progress} has a stage per node and relationship set, advanced by each batch committed.
	 */
	ImportReport write(GraphPlan plan, String directory, long started, JobProgress progress) {
		Framework framework = plan.framework();
		Map<String, List<WriteCount>> writes = new LinkedHashMap<>();
		boolean firstLoad;
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try (Session session = this.sessions.open()) {
			firstLoad = !checkOwnership(session, framework, directory);
			// Recorded before the first batch and cleared only after the last, so that data left by an import that
			// stopped half-way (killed, out of memory, database gone) is shown as incomplete until a run completes.
			session.executeWrite(tx -> tx.run(STARTED, Map.of("framework", framework.id(), "release", plan.release()))
				.consume());
			logger.info("{}: writing {} {} ({})", framework.id(), framework.displayName(), plan.release(),
					firstLoad ? "first load: creating everything" : "already in the graph: writing what differs");
			Batches batches = new Batches(this.sessions, executor);
			NodeWrites nodes = new NodeWrites(batches, framework, this.nodeBatchSize, progress);
			RelationshipWrites relationships = new RelationshipWrites(batches, framework, this.relationshipBatchSize,
					progress);
			// Element ids of the nodes written, by key label and id, for the relationship writes that follow.
			Map<String, String> elementIds = new ConcurrentHashMap<>();
			for (NodeSet<?> set : plan.nodeSets()) {
				writes.computeIfAbsent(set.file(), f -> new ArrayList<>()).add(nodes.write(set, firstLoad, elementIds));
			}
			for (RelationshipSet<?> set : plan.relationshipSets()) {
				writes.computeIfAbsent(set.file(), f -> new ArrayList<>())
					.add(relationships.write(set, firstLoad, elementIds));
			}
			session.executeWrite(tx -> tx.run(COMPLETED, Map.of("framework", framework.id())).consume());
		}
		finally {
			executor.shutdownNow();
		}
		List<FileReport> files = plan.files().stream()
			.map(file -> new FileReport(file.name(), file.read(), writes.getOrDefault(file.name(), List.of()),
					file.skipped()))
			.toList();
		double seconds = (System.nanoTime() - started) / 1e9;
		return new ImportReport(framework.id(), framework.displayName(), plan.release(), directory, files,
				List.copyOf(plan.missingFiles()), firstLoad, Math.round(seconds * 10) / 10.0);
	}

	/**
	 * Stops before writing when an id of the framework's namespace belongs to a node the framework did not write;
	 * returns whether the framework has any node in the graph. One query, as it runs before every import.
	 */
	private boolean checkOwnership(Session session, Framework framework, String directory) {
		Record result = session.executeRead(tx -> tx.run("""
				CALL () {
				  MATCH (n:Job) WHERE n.id STARTS WITH $prefix RETURN n
				  UNION ALL MATCH (n:Capability) WHERE n.id STARTS WITH $prefix RETURN n
				  UNION ALL MATCH (n:SkillGroup) WHERE n.id STARTS WITH $prefix RETURN n
				  UNION ALL MATCH (n:JobFamily) WHERE n.id STARTS WITH $prefix RETURN n
				  UNION ALL MATCH (n:Duty) WHERE n.id STARTS WITH $prefix RETURN n
				  UNION ALL MATCH (n:Organization {id: $framework}) RETURN n
				}
				WITH n, coalesce(n.framework, '') = $framework AS owned
				RETURN count(n) > 0 AS present,
				       collect(CASE WHEN NOT owned THEN labels(n)[0] + " '" + n.id + "'" END)[..5] AS foreign
				""", Map.of("prefix", framework.idPrefix(), "framework", framework.id())).single());
		List<String> foreign = result.get("foreign").asList(v -> v.asString() + " is in the graph but was not imported "
				+ "from " + framework.displayName() + " (it has no framework property '" + framework.id()
				+ "'); the import never overwrites such nodes: rename or remove it first");
		if (!foreign.isEmpty()) {
			throw new InvalidFrameworkDataException(framework, directory, foreign);
		}
		return result.get("present").asBoolean();
	}

}
