package org.competencygraph.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.capability.Capability;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads the links between capabilities of different vocabularies: SAME_AS and CLOSE_MATCH, either direction. */
@Repository
class ConceptLinks {

	private final Neo4jClient client;

	ConceptLinks(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * A link from one capability to another that means the same ({@code SAME_AS}) or nearly the same
	 * ({@code CLOSE_MATCH}).
	 *
	 * @param status proposed (by linking) or confirmed (by an admin)
	 */
	record ConceptLink(Capability capability, String type, double score, String method, @Nullable String evidence,
			String status, @Nullable String framework, @Nullable String reviewedBy) {
	}

	/** The links of each capability, SAME_AS first, then by score. */
	Map<String, List<ConceptLink>> of(Collection<String> capabilityIds) {
		Map<String, List<ConceptLink>> links = new HashMap<>();
		this.client.query("""
				UNWIND $ids AS id
				MATCH (:Capability {id: id})-[l:SAME_AS|CLOSE_MATCH]-(c:Capability)
				RETURN id, type(l) AS type, coalesce(l.score, l.confidence, 1.0) AS score, l.method AS method,
				       l.evidence AS evidence, coalesce(l.status, 'proposed') AS status, l.reviewedBy AS reviewedBy,
				       %s AS c
				ORDER BY id, type DESC, score DESC, c.framework, c.name
				""".formatted(Capability.PROJECTION))
			.bind(List.copyOf(capabilityIds)).to("ids")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, r) -> Map.entry(r.get("id").asString(), link(r.get("c"), r)))
			.all()
			.forEach(entry -> links.computeIfAbsent((String) entry.getKey(), k -> new ArrayList<>())
				.add((ConceptLink) entry.getValue()));
		return links;
	}

	private static ConceptLink link(Value capability, org.neo4j.driver.Record r) {
		return new ConceptLink(Capability.of(capability), r.get("type").asString(), r.get("score").asDouble(),
				r.get("method").asString("admin"), r.get("evidence").asString(null), r.get("status").asString(),
				capability.get("framework").asString(null), r.get("reviewedBy").asString(null));
	}

}
