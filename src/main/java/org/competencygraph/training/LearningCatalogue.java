package org.competencygraph.training;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Reads learning resources for planning, as flat rows: what each teaches and requires. Written by the learning
 * resource import: {@code (:LearningResource)-[:TEACHES {level}]->(:Capability)},
 * {@code -[:PREREQUISITE {level}]->(:Capability)} and {@code -[:PREREQUISITE]->(:LearningResource)}.
 */
@Repository
class LearningCatalogue {

	private static final String ROW = """
			RETURN r {.id, .title, .provider, .type, .hours, .cost, .currency, .url} AS r,
			       [(r)-[t:TEACHES]->(c:Capability) | [c.id, t.level]] AS teaches,
			       [(r)-[p:PREREQUISITE]->(c:Capability) | [c.id, p.level]] AS requiresCapabilities,
			       [(r)-[:PREREQUISITE]->(q:LearningResource) | q.id] AS requiresResources
			""";

	/** A capability taught or required, at a level (null: any level). */
	record Link(String capability, @Nullable Double level) {
	}

	/** One learning resource with what it teaches and requires. */
	record ResourceRow(String id, String title, @Nullable String provider, @Nullable String type,
			@Nullable Double hours, @Nullable Double cost, @Nullable String currency, @Nullable String url,
			List<Link> teaches, List<Link> requiresCapabilities, List<String> requiresResources) {
	}

	private final Neo4jClient client;

	LearningCatalogue(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * Resources teaching any of the capabilities, other than those already read, cheapest for the objective first
	 * (a resource without hours or cost counts 0), at most {@code limit}.
	 */
	List<ResourceRow> teaching(Collection<String> capabilityIds, Collection<String> except, Objective objective,
			int limit) {
		if (capabilityIds.isEmpty() || limit <= 0) {
			return List.of();
		}
		return List.copyOf(this.client.query("""
				MATCH (r:LearningResource)-[:TEACHES]->(c:Capability)
				WHERE c.id IN $capabilities AND NOT r.id IN $except
				WITH DISTINCT r
				ORDER BY CASE WHEN $byCost THEN coalesce(r.cost, 0) ELSE coalesce(r.hours, 0) END, r.id
				LIMIT $limit
				""" + ROW)
			.bind(List.copyOf(capabilityIds)).to("capabilities")
			.bind(List.copyOf(except)).to("except")
			.bind(objective == Objective.COST).to("byCost")
			.bind(limit).to("limit")
			.fetchAs(ResourceRow.class)
			.mappedBy((types, record) -> row(record))
			.all());
	}

	/** The resources with these ids. */
	List<ResourceRow> byIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return List.copyOf(this.client.query("MATCH (r:LearningResource) WHERE r.id IN $ids " + ROW)
			.bind(List.copyOf(ids)).to("ids")
			.fetchAs(ResourceRow.class)
			.mappedBy((types, record) -> row(record))
			.all());
	}

	private static ResourceRow row(org.neo4j.driver.Record record) {
		Value r = record.get("r");
		return new ResourceRow(r.get("id").asString(), r.get("title").asString(r.get("id").asString()),
				r.get("provider").asString(null), r.get("type").asString(null), number(r.get("hours")),
				number(r.get("cost")), r.get("currency").asString(null), r.get("url").asString(null),
				links(record.get("teaches")), links(record.get("requiresCapabilities")),
				record.get("requiresResources").asList(Value::asString));
	}

	private static List<Link> links(Value value) {
		return value.asList(pair -> new Link(pair.get(0).asString(), number(pair.get(1))));
	}

	private static @Nullable Double number(Value value) {
		return value.isNull() ? null : value.asNumber().doubleValue();
	}

}
