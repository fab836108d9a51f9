package org.competencygraph.importer.learning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.database.Sessions;
import org.competencygraph.importer.learning.PrerequisiteCycles.Node;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The learning resources already in the graph, as a file's checks need them: which ids exist, and the
 * teachings and prerequisites of those the file does not redefine (a file replaces its own resources').
 */
final class CatalogueGraph {

	private final Sessions sessions;

	CatalogueGraph(Sessions sessions) {
		this.sessions = sessions;
	}

	/** The stored resources other than {@code replaced}, with what they teach and require. */
	List<Node> resourcesExcept(Set<String> replaced) {
		try (Session session = this.sessions.open()) {
			return session.executeRead(tx -> tx.run("""
					MATCH (r:LearningResource) WHERE NOT r.id IN $replaced
					RETURN r.id AS id,
					       COLLECT { MATCH (r)-[t:TEACHES]->(c:Capability) RETURN [c.id, t.level] } AS teaches,
					       COLLECT { MATCH (r)-[p:PREREQUISITE]->(c:Capability) RETURN [c.id, p.level] } AS capabilities,
					       COLLECT { MATCH (r)-[:PREREQUISITE]->(o:LearningResource) RETURN o.id } AS resources
					""", Map.of("replaced", List.copyOf(replaced))).list(r -> new Node(r.get("id").asString(),
					levels(r.get("teaches")), levels(r.get("capabilities")),
					new HashSet<>(r.get("resources").asList(Value::asString)))));
		}
	}

	private static Map<String, @Nullable Integer> levels(Value pairs) {
		Map<String, @Nullable Integer> levels = new HashMap<>();
		for (Value pair : pairs.values()) {
			Value level = pair.get(1);
			levels.put(pair.get(0).asString(), level.isNull() ? null : level.asInt());
		}
		return levels;
	}

}
