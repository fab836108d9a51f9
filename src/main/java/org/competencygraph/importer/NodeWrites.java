package org.competencygraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.competencygraph.background.JobProgress;
import org.competencygraph.framework.Framework;
import org.competencygraph.importer.Batches.Constants;
import org.competencygraph.importer.GraphPlan.NodeSet;
import org.competencygraph.importer.ImportReport.WriteCount;
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

	private final JobProgress progress;

	NodeWrites(Batches batches, Framework framework, int batchSize, JobProgress progress) {
		this.batches = batches;
		this.framework = framework;
		this.batchSize = batchSize;
		this.progress = progress;
	}

	/** Nodes of one statement: labels are part of the statement text, not computed per row. */
	private record Group(KeyLabel key, List<String> labels) {
	}

	/** A row with its properties, turned into driver parameters once. */
	private record Node(NodeRow row, Map<String, Object> properties) {
	}

	WriteCount write(NodeSet<?> set, boolean firstLoad, Map<String, String> elementIds) {
		Map<Group, List<Node>> byLabels = new LinkedHashMap<>();
		for (NodeRow row : set.rows()) {
			byLabels.computeIfAbsent(new Group(row.keyLabel(), row.labels()), g -> new ArrayList<>())
				.add(new Node(row, row.properties()));
		}
		String what = this.framework.id() + ": " + set.target() + " from " + set.file();
		this.progress.stage(what, set.rows().size());
		long created = 0;
		long updated = 0;
		for (Map.Entry<Group, List<Node>> group : byLabels.entrySet()) {
			String key = group.getKey().key().label();
			List<String> labels = group.getKey().labels();
			String extra = labels.stream().map(NodeWrites::label).map(l -> ":" + l).collect(Collectors.joining());
			List<Node> rows = group.getValue();
			if (firstLoad) {
				created += create(what, key, extra, rows, elementIds);
				continue;
			}
			Map<String, Record> existing = new HashMap<>();
			this.batches.read("""
					UNWIND $keys AS id
					MATCH (n:%s {id: id})
					RETURN id, elementId(n) AS elementId, labels(n) AS labels, properties(n) AS properties
					""".formatted(key), rows.stream().map(node -> node.row().id()).toList(), Map.of(), this.batchSize)
				.forEach(r -> existing.put(r.get("id").asString(), r));
			List<Node> toCreate = new ArrayList<>();
			List<Map<String, Object>> toUpdate = new ArrayList<>();
			for (Node node : rows) {
				Record stored = existing.get(node.row().id());
				if (stored == null) {
					toCreate.add(node);
					continue;
				}
				elementIds.put(key + "\t" + node.row().id(), stored.get("elementId").asString());
				Map<String, Object> properties = stored.get("properties").asMap();
				List<String> storedLabels = stored.get("labels").asList(Value::asString);
				if (Batches.contains(properties, node.properties()) && storedLabels.containsAll(labels)) {
					continue;
				}
				// A capability whose kind changed loses the old kind's label.
				String oldKind = stored.get("properties").get("kind").asString(null);
				boolean kindChanged = oldKind != null && node.row() instanceof CapabilityRow capability
						&& !oldKind.equals(capability.kind().label());
				toUpdate.add(Map.of("elementId", stored.get("elementId").asString(), "p", node.properties(), "remove",
						kindChanged ? List.of(label(oldKind)) : List.of()));
			}
			this.progress.advance(rows.size() - toCreate.size() - toUpdate.size());
			created += create(what, key, extra, toCreate, elementIds);
			this.batches.write(what, """
					UNWIND $rows AS row
					MATCH (n:%1$s) WHERE elementId(n) = row.elementId
					SET n += row.p
					REMOVE n:$(row.remove)
					%2$s
					RETURN count(n) AS total
					""".formatted(key, extra.isEmpty() ? "" : "SET n" + extra), toUpdate, Map.of(), this.batchSize,
					this.progress, result -> {
					});
			updated += toUpdate.size();
		}
		return new WriteCount(set.target(), created, updated, set.rows().size() - created - updated, 0);
	}

	private long create(String what, String key, String extra, List<Node> nodes, Map<String, String> elementIds) {
		Constants split = Constants.split(nodes.stream().map(Node::properties).toList(), Set.of("id"));
		// New nodes have distinct ids, so their batches do not wait on each other's locks: two at a time.
		int batchSize = Math.max(1_000, Math.min(this.batchSize, (nodes.size() + 1) / 2));
		this.batches.writeInParallel(what, """
				UNWIND $rows AS row
				CREATE (n:%1$s%2$s %3$s)
				RETURN count(n) AS total, collect([n.id, elementId(n)]) AS elementIds
				""".formatted(key, extra, Batches.propertyMap(Batches.keys(split.rows()), "row",
				split.constants().keySet())), split.rows(), Map.of("constants", split.constants()), batchSize,
				this.progress, result -> {
					result.get("elementIds").asList(pair -> pair)
						.forEach(pair -> elementIds.put(key + "\t" + pair.get(0).asString(), pair.get(1).asString()));
				});
		return nodes.size();
	}

	private static String label(String label) {
		if (!LABELS.contains(label)) {
			throw new IllegalArgumentException("Not a label the framework importer writes: " + label);
		}
		return label;
	}

}
