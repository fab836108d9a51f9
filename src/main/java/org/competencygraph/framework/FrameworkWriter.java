package org.competencygraph.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.competencygraph.framework.GraphPlan.NodeSet;
import org.competencygraph.framework.GraphPlan.RelationshipSet;
import org.competencygraph.framework.ImportReport.FileReport;
import org.competencygraph.framework.ImportReport.WriteCount;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@link GraphPlan} in batches, each batch its own transaction: an import that stops half-way keeps the
 * batches it committed, and running it again completes it, because every write is keyed by id. When the framework
 * is not in the graph yet, nodes and relationships are created without looking for existing ones first (they
 * cannot exist); otherwise they are merged and counted as created, updated or unchanged.
 * <p>
 * Only nodes whose id starts with the framework's prefix (and its organization) are ever written; the writer
 * refuses to start when such an id belongs to a node of another origin, so seed-graph data is never overwritten.
 */
public final class FrameworkWriter {

	/** The labels nodes are keyed by; statement texts are built from these constants only, never from input. */
	public static final Set<String> KEY_LABELS = Set.of("Job", "Capability", "SkillGroup", "JobFamily",
			"Organization");

	/** Further labels framework nodes may have; statement texts name them, so only these are accepted. */
	private static final Set<String> LABELS = Set.of("Occupation", "Skill", "Ability", "KnowledgeArea", "Competency",
			"Qualification");

	private static final Logger logger = LoggerFactory.getLogger(FrameworkWriter.class);

	private final Driver driver;

	private final int nodeBatchSize;

	private final int relationshipBatchSize;

	public FrameworkWriter(Driver driver, int nodeBatchSize, int relationshipBatchSize) {
		this.driver = driver;
		this.nodeBatchSize = nodeBatchSize;
		this.relationshipBatchSize = relationshipBatchSize;
	}

	/** Writes the plan and reports per file; {@code directory} and {@code started} are for the report only. */
	public ImportReport write(GraphPlan plan, String directory, long started) {
		Framework framework = plan.framework();
		Map<String, List<WriteCount>> writes = new LinkedHashMap<>();
		boolean firstLoad;
		try (Session session = this.driver.session()) {
			firstLoad = !checkOwnership(session, framework, directory);
			logger.info("{}: writing {} {} ({})", framework.id(), framework.displayName(), plan.release(),
					firstLoad ? "first load: creating everything" : "already in the graph: merging");
			// Element ids of the nodes written, by key label and id, for the relationship writes that follow.
			Map<String, String> elementIds = new java.util.HashMap<>();
			for (NodeSet set : plan.nodeSets()) {
				writes.computeIfAbsent(set.file(), f -> new ArrayList<>()).add(writeNodes(session, framework, set,
						firstLoad, elementIds));
			}
			for (RelationshipSet set : plan.relationshipSets()) {
				WriteCount count = writeRelationships(session, framework, set, firstLoad, elementIds);
				if (!firstLoad && set.prunes()) {
					count = new WriteCount(count.target(), count.created(), count.updated(), count.unchanged(),
							prune(session, framework, set));
				}
				writes.computeIfAbsent(set.file(), f -> new ArrayList<>()).add(count);
			}
		}
		List<FileReport> files = plan.files().stream()
			.map(file -> new FileReport(file.name(), file.read(), writes.getOrDefault(file.name(), List.of()),
					file.skipped()))
			.toList();
		double seconds = (System.nanoTime() - started) / 1e9;
		return new ImportReport(framework, plan.release(), directory, files, List.copyOf(plan.missingFiles()),
				firstLoad, Math.round(seconds * 10) / 10.0);
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

	private WriteCount writeNodes(Session session, Framework framework, NodeSet set, boolean firstLoad,
			Map<String, String> elementIds) {
		String key = keyLabel(set.label());
		// One statement per label combination, so labels are part of the statement text, not computed per row.
		Map<List<String>, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
		for (Map<String, Object> row : set.rows()) {
			@SuppressWarnings("unchecked")
			List<String> labels = (List<String>) row.get("labels");
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = (Map<String, Object>) row.get("properties");
			byLabels.computeIfAbsent(labels, l -> new ArrayList<>()).add(properties);
		}
		Progress progress = new Progress(framework.id() + ": " + set.target() + " from " + set.file(), set.rows().size());
		long[] counts = new long[3];
		byLabels.forEach((labels, rows) -> {
			String extra = labels.stream().map(FrameworkWriter::label).map(l -> ":" + l).collect(Collectors.joining());
			String query = firstLoad ? """
					UNWIND $rows AS row
					CREATE (n:%1$s%2$s)
					SET n = row
					SET n += $constants
					RETURN count(n) AS total, count(n) AS created, 0 AS updated,
					       collect([n.id, elementId(n)]) AS elementIds
					""".formatted(key, extra) : """
					UNWIND $rows AS row
					OPTIONAL MATCH (existing:%1$s {id: row.id})
					WITH row, existing {.*} AS before, labels(existing) AS beforeLabels
					MERGE (n:%1$s {id: row.id})
					SET n += row
					SET n += $constants
					REMOVE n:$(CASE WHEN before.kind IS NOT NULL AND before.kind <> n.kind THEN before.kind ELSE [] END)
					%3$s
					RETURN count(n) AS total, count(CASE WHEN before IS NULL THEN 1 END) AS created,
					       count(CASE WHEN before IS NOT NULL AND (before <> properties(n)
					             OR any(l IN $labels WHERE NOT l IN beforeLabels)) THEN 1 END) AS updated,
					       collect([n.id, elementId(n)]) AS elementIds
					""".formatted(key, extra, extra.isEmpty() ? "" : "SET n" + extra);
			Constants split = Constants.split(rows, Set.of("id"));
			run(session, set.target(), set.file(), query, split, Map.of("labels", labels), this.nodeBatchSize, counts,
					progress, result -> result.get("elementIds").asList(pair -> pair).forEach(pair -> elementIds
						.put(key + "\t" + pair.get(0).asString(), pair.get(1).asString())));
		});
		progress.done();
		return new WriteCount(set.target(), counts[1], counts[2], counts[0] - counts[1] - counts[2], 0);
	}

	private static String elementId(Map<String, String> elementIds, String label, String id) {
		String elementId = elementIds.get(label + "\t" + id);
		if (elementId == null) {
			// Readers only emit relationships between nodes of the plan, so this is a defect, not bad input.
			throw new IllegalStateException("(:" + label + " {id: '" + id + "'}) is not a node of this import");
		}
		return elementId;
	}

	private WriteCount writeRelationships(Session session, Framework framework, RelationshipSet set,
			boolean firstLoad, Map<String, String> elementIds) {
		String from = keyLabel(set.fromLabel());
		String to = keyLabel(set.toLabel());
		String type = relationshipType(set.type());
		// Ends are found by the element ids their node writes returned: no index seek (and index lock) per row.
		String query = firstLoad ? """
				UNWIND $rows AS row
				MATCH (a:%1$s) WHERE elementId(a) = row.from
				MATCH (b:%2$s) WHERE elementId(b) = row.to
				CREATE (a)-[r:%3$s]->(b)
				SET r = row.p
				SET r += $constants
				RETURN count(r) AS total, count(r) AS created, 0 AS updated
				""".formatted(from, to, type) : """
				UNWIND $rows AS row
				MATCH (a:%1$s) WHERE elementId(a) = row.from
				MATCH (b:%2$s) WHERE elementId(b) = row.to
				OPTIONAL MATCH (a)-[existing:%3$s]->(b)
				WITH a, b, row, existing {.*} AS before
				MERGE (a)-[r:%3$s]->(b)
				SET r = row.p
				SET r += $constants
				RETURN count(r) AS total, count(CASE WHEN before IS NULL THEN 1 END) AS created,
				       count(CASE WHEN before IS NOT NULL AND before <> properties(r) THEN 1 END) AS updated
				""".formatted(from, to, type);
		List<Map<String, Object>> properties = new ArrayList<>(set.rows().size());
		for (Map<String, Object> row : set.rows()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> p = (Map<String, Object>) row.get("properties");
			properties.add(p);
		}
		Constants split = Constants.split(properties, Set.of());
		List<Map<String, Object>> rows = new ArrayList<>(set.rows().size());
		for (int i = 0; i < set.rows().size(); i++) {
			Map<String, Object> row = set.rows().get(i);
			rows.add(Map.of("from", elementId(elementIds, set.fromLabel(), (String) row.get("from")), "to",
					elementId(elementIds, set.toLabel(), (String) row.get("to")), "p", split.rows().get(i)));
		}
		Progress progress = new Progress(framework.id() + ": " + set.target() + " from " + set.file(), rows.size());
		long[] counts = new long[3];
		run(session, set.target(), set.file(), query, new Constants(split.constants(), rows), Map.of(),
				this.relationshipBatchSize, counts, progress, result -> {
				});
		progress.done();
		return new WriteCount(set.target(), counts[1], counts[2], counts[0] - counts[1] - counts[2], 0);
	}

	/** Runs {@code query} over the rows in batches, one transaction each; adds total, created, updated to counts. */
	private void run(Session session, String target, String file, String query, Constants rows,
			Map<String, Object> parameters, int batchSize, long[] counts, Progress progress,
			java.util.function.Consumer<Record> each) {
		for (int start = 0; start < rows.rows().size(); start += batchSize) {
			List<Map<String, Object>> batch = rows.rows().subList(start, Math.min(rows.rows().size(), start + batchSize));
			Map<String, Object> all = new LinkedHashMap<>(parameters);
			all.put("rows", batch);
			all.put("constants", rows.constants());
			Record result = session.executeWrite(tx -> tx.run(query, all).single());
			long written = result.get("total").asLong();
			if (written != batch.size()) {
				// Readers only emit rows whose ends are in the plan, so this is a defect, not bad input.
				throw new IllegalStateException(target + " from " + file + ": " + (batch.size() - written)
						+ " rows of a batch found no node to write to");
			}
			counts[0] += written;
			counts[1] += result.get("created").asLong();
			counts[2] += result.get("updated").asLong();
			each.accept(result);
			progress.advance(batch.size());
		}
	}

	/**
	 * Rows split into the properties every row has with the same value, sent once, and the rest per row: a
	 * release writes the same framework, release and source on thousands of rows.
	 */
	record Constants(Map<String, Object> constants, List<Map<String, Object>> rows) {

		static Constants split(List<Map<String, Object>> rows, Set<String> keep) {
			if (rows.size() < 2) {
				return new Constants(Map.of(), rows);
			}
			Map<String, Object> constants = new LinkedHashMap<>(rows.getFirst());
			keep.forEach(constants::remove);
			for (Map<String, Object> row : rows) {
				constants.entrySet().removeIf(e -> !e.getValue().equals(row.get(e.getKey())));
				if (constants.isEmpty()) {
					return new Constants(Map.of(), rows);
				}
			}
			List<Map<String, Object>> varying = new ArrayList<>(rows.size());
			for (Map<String, Object> row : rows) {
				Map<String, Object> rest = new LinkedHashMap<>(row);
				constants.keySet().forEach(rest::remove);
				varying.add(rest);
			}
			return new Constants(constants, varying);
		}

	}

	/** Removes relationships of the set's kind from its start nodes that the release no longer lists. */
	private long prune(Session session, Framework framework, RelationshipSet set) {
		Map<String, Set<String>> keep = new LinkedHashMap<>();
		for (Map<String, Object> row : set.rows()) {
			keep.computeIfAbsent((String) row.get("from"), f -> new LinkedHashSet<>()).add((String) row.get("to"));
		}
		List<Map<String, Object>> rows = keep.entrySet().stream()
			.map(e -> Map.<String, Object>of("from", e.getKey(), "keep", List.copyOf(e.getValue())))
			.toList();
		String query = """
				UNWIND $rows AS row
				MATCH (a:%1$s {id: row.from})-[r:%3$s]->(b:%2$s)
				WHERE b.framework = $framework AND ($source IS NULL OR r.sourceDocument = $source)
				  AND NOT b.id IN row.keep
				DELETE r
				RETURN count(r) AS removed
				""".formatted(keyLabel(set.fromLabel()), keyLabel(set.toLabel()), relationshipType(set.type()));
		long removed = 0;
		for (int start = 0; start < rows.size(); start += this.nodeBatchSize) {
			List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + this.nodeBatchSize));
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put("rows", batch);
			parameters.put("framework", framework.id());
			parameters.put("source", set.pruneSource());
			removed += session.executeWrite(tx -> tx.run(query, parameters).single().get("removed").asLong());
		}
		if (removed > 0) {
			logger.info("{}: removed {} {} the release no longer has", framework.id(), removed, set.target());
		}
		return removed;
	}

	private static String keyLabel(String label) {
		if (!KEY_LABELS.contains(label)) {
			throw new IllegalArgumentException("Not a key label: " + label);
		}
		return label;
	}

	private static String label(String label) {
		if (!LABELS.contains(label)) {
			throw new IllegalArgumentException("Not a label the framework importer writes: " + label);
		}
		return label;
	}

	private static String relationshipType(String type) {
		if (!type.matches("[A-Z][A-Z_]*")) {
			throw new IllegalArgumentException("Not a relationship type: " + type);
		}
		return type;
	}

	/** Logs how far a long write is, every few seconds, so a console user sees it move. */
	private static final class Progress {

		private static final long INTERVAL_NANOS = 3_000_000_000L;

		private final String what;

		private final int total;

		private final long started = System.nanoTime();

		private long lastLog = this.started;

		private int done;

		Progress(String what, int total) {
			this.what = what;
			this.total = total;
		}

		void advance(int rows) {
			this.done += rows;
			long now = System.nanoTime();
			if (now - this.lastLog >= INTERVAL_NANOS && this.done < this.total) {
				this.lastLog = now;
				logger.info("{}: {} of {} rows ({}%), {} rows/s", this.what, String.format("%,d", this.done),
						String.format("%,d", this.total), this.done * 100 / this.total, rate(now));
			}
		}

		void done() {
			long now = System.nanoTime();
			logger.info("{}: {} rows in {} s, {} rows/s", this.what, String.format("%,d", this.total),
					String.format("%.1f", (now - this.started) / 1e9), rate(now));
		}

		private String rate(long now) {
			double seconds = Math.max(1e-9, (now - this.started) / 1e9);
			return String.format("%,.0f", this.done / seconds);
		}

	}

}
