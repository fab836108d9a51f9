package org.competencygraph.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.competencygraph.framework.Batches.Constants;
import org.competencygraph.framework.Batches.Progress;
import org.competencygraph.framework.GraphPlan.NodeSet;
import org.competencygraph.framework.ImportReport.WriteCount;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Writes the nodes of a plan. On a framework's first load they are created without looking for existing ones;
 * otherwise the batch's nodes are read first and only new and changed nodes are written: a re-run of an unchanged
 * release reads, compares and writes nothing. Properties are added ({@code +=}), so a property of a file that is
 * missing this time stays as it was. The element id of every node is recorded for the relationship writes.
 */
final class NodeWrites {

	/** Further labels framework nodes may have; statement texts name them, so only these are accepted. */
	private static final Set<String> LABELS = Set.of("Occupation", "Skill", "Ability", "KnowledgeArea", "Competency",
			"Qualification");

	private final Batches batches;

	private final Framework framework;

	private final int batchSize;

	NodeWrites(Batches batches, Framework framework, int batchSize) {
		this.batches = batches;
		this.framework = framework;
		this.batchSize = batchSize;
	}

	WriteCount write(NodeSet set, boolean firstLoad, Map<String, String> elementIds) {
		String key = FrameworkWriter.keyLabel(set.label());
		// One statement per label combination, so labels are part of the statement text, not computed per row.
		Map<List<String>, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
		for (Map<String, Object> row : set.rows()) {
			@SuppressWarnings("unchecked")
			List<String> labels = (List<String>) row.get("labels");
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = (Map<String, Object>) row.get("properties");
			byLabels.computeIfAbsent(labels, l -> new ArrayList<>()).add(properties);
		}
		Progress progress = new Progress(this.framework.id() + ": " + set.target() + " from " + set.file(),
				set.rows().size());
		long created = 0;
		long updated = 0;
		for (Map.Entry<List<String>, List<Map<String, Object>>> group : byLabels.entrySet()) {
			List<String> labels = group.getKey();
			String extra = labels.stream().map(NodeWrites::label).map(l -> ":" + l).collect(Collectors.joining());
			List<Map<String, Object>> rows = group.getValue();
			if (firstLoad) {
				created += create(key, extra, rows, elementIds, progress);
				continue;
			}
			Map<String, Record> existing = new HashMap<>();
			this.batches.read("""
					UNWIND $keys AS id
					MATCH (n:%s {id: id})
					RETURN id, elementId(n) AS elementId, labels(n) AS labels, properties(n) AS properties
					""".formatted(key), rows.stream().map(r -> r.get("id")).toList(), Map.of(), this.batchSize)
				.forEach(r -> existing.put(r.get("id").asString(), r));
			List<Map<String, Object>> toCreate = new ArrayList<>();
			List<Map<String, Object>> toUpdate = new ArrayList<>();
			for (Map<String, Object> row : rows) {
				Record stored = existing.get((String) row.get("id"));
				if (stored == null) {
					toCreate.add(row);
					continue;
				}
				elementIds.put(key + "\t" + row.get("id"), stored.get("elementId").asString());
				Map<String, Object> properties = stored.get("properties").asMap();
				List<String> storedLabels = stored.get("labels").asList(Value::asString);
				if (Batches.contains(properties, row) && storedLabels.containsAll(labels)) {
					continue;
				}
				// A capability whose kind changed loses the old kind's label.
				Object oldKind = properties.get("kind");
				boolean kindChanged = oldKind != null && row.get("kind") != null && !oldKind.equals(row.get("kind"));
				toUpdate.add(Map.of("elementId", stored.get("elementId").asString(), "p", row, "remove",
						kindChanged ? List.of(label((String) oldKind)) : List.of()));
			}
			progress.advance(rows.size() - toCreate.size() - toUpdate.size());
			created += create(key, extra, toCreate, elementIds, progress);
			this.batches.write("""
					UNWIND $rows AS row
					MATCH (n:%1$s) WHERE elementId(n) = row.elementId
					SET n += row.p
					REMOVE n:$(row.remove)
					%2$s
					RETURN count(n) AS total
					""".formatted(key, extra.isEmpty() ? "" : "SET n" + extra), toUpdate, Map.of(), this.batchSize,
					progress, result -> {
				});
			updated += toUpdate.size();
		}
		progress.done();
		return new WriteCount(set.target(), created, updated, set.rows().size() - created - updated, 0);
	}

	private long create(String key, String extra, List<Map<String, Object>> rows, Map<String, String> elementIds,
			Progress progress) {
		Constants split = Constants.split(rows, Set.of("id"));
		// New nodes have distinct ids, so their batches do not wait on each other's locks: two at a time.
		int batchSize = Math.max(1_000, Math.min(this.batchSize, (rows.size() + 1) / 2));
		this.batches.writeInParallel("""
				UNWIND $rows AS row
				CREATE (n:%1$s%2$s %3$s)
				RETURN count(n) AS total, collect([n.id, elementId(n)]) AS elementIds
				""".formatted(key, extra, Batches.propertyMap(Batches.keys(split.rows()), "row",
				split.constants().keySet())), split.rows(), Map.of("constants", split.constants()), batchSize,
				progress, result -> {
					result.get("elementIds").asList(pair -> pair)
						.forEach(pair -> elementIds.put(key + "\t" + pair.get(0).asString(), pair.get(1).asString()));
				});
		return rows.size();
	}

	private static String label(String label) {
		if (!LABELS.contains(label)) {
			throw new IllegalArgumentException("Not a label the framework importer writes: " + label);
		}
		return label;
	}

}
