package org.competencygraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.background.JobProgress;
import org.competencygraph.framework.Framework;
import org.competencygraph.importer.Batches.Constants;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.competencygraph.importer.ImportReport.WriteCount;
import org.neo4j.driver.Record;

/**
 * Writes the relationships of a plan between nodes already written, found by element id (no index seek and no
 * index lock per row). On a framework's first load they are created; otherwise the existing relationships of the
 * start nodes are read first, and only new ones are created, changed ones set, and, for sets that prune, ones
 * the release no longer has removed.
 */
final class RelationshipWrites {

	/** Start nodes whose relationships are read per transaction. */
	private static final int READ_BATCH = 2_000;

	private final Batches batches;

	private final Framework framework;

	private final int batchSize;

	private final JobProgress progress;

	RelationshipWrites(Batches batches, Framework framework, int batchSize, JobProgress progress) {
		this.batches = batches;
		this.framework = framework;
		this.batchSize = batchSize;
		this.progress = progress;
	}

	/** A row with its ends as element ids and its properties, turned into driver parameters once. */
	private record Relationship(String from, String to, Map<String, Object> properties) {
	}

	WriteCount write(RelationshipSet<?> set, boolean firstLoad, Map<String, String> elementIds) {
		String from = set.from().label();
		String to = set.to().label();
		String type = set.type().name();
		List<Relationship> rows = new ArrayList<>(set.rows().size());
		for (RelationshipRow row : set.rows()) {
			rows.add(new Relationship(elementId(elementIds, from, row.from()), elementId(elementIds, to, row.to()),
					row.properties()));
		}
		String what = this.framework.id() + ": " + set.target() + " from " + set.file();
		this.progress.stage(what, rows.size());
		if (firstLoad) {
			create(what, from, to, type, rows);
			return new WriteCount(set.target(), rows.size(), 0, 0, 0);
		}
		Map<String, List<Record>> existing = new HashMap<>();
		List<String> starts = List.copyOf(new LinkedHashSet<>(rows.stream().map(Relationship::from).toList()));
		this.batches.read("""
				UNWIND $keys AS start
				MATCH (a:%1$s) WHERE elementId(a) = start
				MATCH (a)-[r:%3$s]->(b:%2$s)
				RETURN start, elementId(b) AS end, elementId(r) AS id, properties(r) AS properties,
				       b.framework AS framework
				""".formatted(from, to, type), starts, Map.of(), READ_BATCH)
			.forEach(r -> existing.computeIfAbsent(r.get("start").asString() + "\t" + r.get("end").asString(),
					k -> new ArrayList<>()).add(r));
		List<Relationship> toCreate = new ArrayList<>();
		List<Map<String, Object>> toUpdate = new ArrayList<>();
		for (Relationship row : rows) {
			List<Record> stored = existing.get(row.from() + "\t" + row.to());
			if (stored == null || stored.isEmpty()) {
				toCreate.add(row);
				continue;
			}
			// Parallel duplicates, which an import never writes, stay in the map and are pruned below.
			Record first = stored.removeFirst();
			Map<String, Object> wanted = row.properties();
			Map<String, Object> properties = first.get("properties").asMap();
			if (properties.size() != wanted.size() || !Batches.contains(properties, wanted)) {
				toUpdate.add(Map.of("id", first.get("id").asString(), "p", wanted));
			}
		}
		List<Map<String, Object>> toDelete = new ArrayList<>();
		if (set.prunes()) {
			existing.values().stream().flatMap(List::stream)
				.filter(r -> this.framework.id().equals(r.get("framework").asString(null)))
				.filter(r -> set.pruneSource() == null
						|| set.pruneSource().equals(r.get("properties").get("sourceDocument").asString(null)))
				.forEach(r -> toDelete.add(Map.of("id", r.get("id").asString())));
		}
		this.progress.advance(rows.size() - toCreate.size() - toUpdate.size());
		create(what, from, to, type, toCreate);
		this.batches.write(what, """
				UNWIND $rows AS row
				MATCH ()-[r:%s]->() WHERE elementId(r) = row.id
				SET r = row.p
				RETURN count(r) AS total
				""".formatted(type), toUpdate, Map.of(), this.batchSize, this.progress,
				result -> {
				});
		// Removals are not rows of the release, so they do not count towards the stage's progress.
		this.batches.write(what, """
				UNWIND $rows AS row
				MATCH ()-[r:%s]->() WHERE elementId(r) = row.id
				DELETE r
				RETURN count(r) AS total
				""".formatted(type), toDelete, Map.of(), this.batchSize, JobProgress.NONE,
				result -> {
				});
		return new WriteCount(set.target(), toCreate.size(), toUpdate.size(),
				rows.size() - toCreate.size() - toUpdate.size(), toDelete.size());
	}

	private void create(String what, String from, String to, String type, List<Relationship> rows) {
		Constants split = Constants.split(rows.stream().map(Relationship::properties).toList(), Set.of());
		List<Map<String, Object>> compact = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			compact.add(Map.of("from", rows.get(i).from(), "to", rows.get(i).to(), "p", split.rows().get(i)));
		}
		this.batches.write(what, """
				UNWIND $rows AS row
				MATCH (a:%1$s) WHERE elementId(a) = row.from
				MATCH (b:%2$s) WHERE elementId(b) = row.to
				CREATE (a)-[r:%3$s %4$s]->(b)
				RETURN count(r) AS total
				""".formatted(from, to, type, Batches.propertyMap(Batches.keys(split.rows()), "row.p",
				split.constants().keySet())), compact, Map.of("constants", split.constants()), this.batchSize,
				this.progress, result -> {
				});
	}

	private static String elementId(Map<String, String> elementIds, String label, String id) {
		String elementId = elementIds.get(label + "\t" + id);
		if (elementId == null) {
			// Readers only emit relationships between nodes of the plan, so this is a defect, not bad input.
			throw new IllegalStateException("(:" + label + " {id: '" + id + "'}) is not a node of this import");
		}
		return elementId;
	}

}
