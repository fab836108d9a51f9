package org.competencygraph.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.framework.Batches.Constants;
import org.competencygraph.framework.Batches.Progress;
import org.competencygraph.framework.GraphPlan.RelationshipSet;
import org.competencygraph.framework.ImportReport.WriteCount;
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

	RelationshipWrites(Batches batches, Framework framework, int batchSize) {
		this.batches = batches;
		this.framework = framework;
		this.batchSize = batchSize;
	}

	WriteCount write(RelationshipSet set, boolean firstLoad, Map<String, String> elementIds) {
		String from = FrameworkWriter.keyLabel(set.fromLabel());
		String to = FrameworkWriter.keyLabel(set.toLabel());
		String type = FrameworkWriter.relationshipType(set.type());
		List<Map<String, Object>> rows = new ArrayList<>(set.rows().size());
		for (Map<String, Object> row : set.rows()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = (Map<String, Object>) row.get("properties");
			rows.add(Map.of("from", elementId(elementIds, from, (String) row.get("from")), "to",
					elementId(elementIds, to, (String) row.get("to")), "p", properties));
		}
		Progress progress = new Progress(this.framework.id() + ": " + set.target() + " from " + set.file(), rows.size());
		if (firstLoad) {
			create(from, to, type, rows, progress);
			progress.done();
			return new WriteCount(set.target(), rows.size(), 0, 0, 0);
		}
		Map<String, List<Record>> existing = new HashMap<>();
		List<String> starts = List.copyOf(new LinkedHashSet<>(rows.stream().map(r -> (String) r.get("from")).toList()));
		this.batches.read("""
				UNWIND $keys AS start
				MATCH (a:%1$s) WHERE elementId(a) = start
				MATCH (a)-[r:%3$s]->(b:%2$s)
				RETURN start, elementId(b) AS end, elementId(r) AS id, properties(r) AS properties,
				       b.framework AS framework
				""".formatted(from, to, type), starts, Map.of(), READ_BATCH)
			.forEach(r -> existing.computeIfAbsent(r.get("start").asString() + "\t" + r.get("end").asString(),
					k -> new ArrayList<>()).add(r));
		List<Map<String, Object>> toCreate = new ArrayList<>();
		List<Map<String, Object>> toUpdate = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			List<Record> stored = existing.get(row.get("from") + "\t" + row.get("to"));
			if (stored == null || stored.isEmpty()) {
				toCreate.add(row);
				continue;
			}
			// Parallel duplicates, which an import never writes, stay in the map and are pruned below.
			Record first = stored.removeFirst();
			@SuppressWarnings("unchecked")
			Map<String, Object> wanted = (Map<String, Object>) row.get("p");
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
		progress.advance(rows.size() - toCreate.size() - toUpdate.size());
		create(from, to, type, toCreate, progress);
		this.batches.write("""
				UNWIND $rows AS row
				MATCH ()-[r:%s]->() WHERE elementId(r) = row.id
				SET r = row.p
				RETURN count(r) AS total
				""".formatted(type), toUpdate, Map.of(), this.batchSize, progress,
				result -> {
				});
		this.batches.write("""
				UNWIND $rows AS row
				MATCH ()-[r:%s]->() WHERE elementId(r) = row.id
				DELETE r
				RETURN count(r) AS total
				""".formatted(type), toDelete, Map.of(), this.batchSize, new Progress("", toDelete.size()),
				result -> {
				});
		progress.done();
		return new WriteCount(set.target(), toCreate.size(), toUpdate.size(),
				rows.size() - toCreate.size() - toUpdate.size(), toDelete.size());
	}

	private void create(String from, String to, String type, List<Map<String, Object>> rows, Progress progress) {
		List<Map<String, Object>> properties = new ArrayList<>(rows.size());
		for (Map<String, Object> row : rows) {
			@SuppressWarnings("unchecked")
			Map<String, Object> p = (Map<String, Object>) row.get("p");
			properties.add(p);
		}
		Constants split = Constants.split(properties, Set.of());
		List<Map<String, Object>> compact = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			compact.add(Map.of("from", rows.get(i).get("from"), "to", rows.get(i).get("to"), "p", split.rows().get(i)));
		}
		this.batches.write("""
				UNWIND $rows AS row
				MATCH (a:%1$s) WHERE elementId(a) = row.from
				MATCH (b:%2$s) WHERE elementId(b) = row.to
				CREATE (a)-[r:%3$s %4$s]->(b)
				RETURN count(r) AS total
				""".formatted(from, to, type, Batches.propertyMap(Batches.keys(split.rows()), "row.p",
				split.constants().keySet())), compact, Map.of("constants", split.constants()), this.batchSize,
				progress, result -> {
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
