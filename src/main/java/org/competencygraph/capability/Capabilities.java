package org.competencygraph.capability;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Read queries for capabilities. */
@Repository
class Capabilities {

	private final Neo4jClient client;

	Capabilities(Neo4jClient client) {
		this.client = client;
	}

	Optional<Capability> findById(String id) {
		return this.client.query("MATCH (c:Capability {id: $id}) RETURN " + Capability.PROJECTION + " AS c")
			.bind(id).to("id")
			.fetchAs(Capability.class)
			.mappedBy((types, record) -> Capability.of(record.get("c")))
			.one();
	}

	List<CapabilityMatch> search(String luceneQuery, @Nullable List<String> kinds, int first) {
		return List.copyOf(this.client.query("""
				CALL db.index.fulltext.queryNodes('capability_text', $query) YIELD node AS c, score
				WHERE $kinds IS NULL OR c.kind IN $kinds
				RETURN %s AS node, score
				ORDER BY score DESC, c.name
				LIMIT $first
				""".formatted(Capability.PROJECTION))
			.bind(luceneQuery).to("query")
			.bind(kinds).to("kinds")
			.bind(first).to("first")
			.fetchAs(CapabilityMatch.class)
			.mappedBy((types, record) -> new CapabilityMatch(Capability.of(record.get("node")),
					record.get("score").asDouble()))
			.all());
	}

	record CapabilityMatch(Capability capability, double score) {
	}

}
