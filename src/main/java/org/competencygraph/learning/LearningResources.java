package org.competencygraph.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.competencygraph.api.Paging;
import org.competencygraph.capability.Capability;
import org.competencygraph.capability.FullText;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Read queries for learning resources, with explicit mapping of flat projections; nested lists for many at once. */
@Repository
class LearningResources {

	private static final String TEACHES = """
			RETURN id, %s AS resource, %s AS capability, t.level AS level, t.method AS method, t.score AS score,
			       t.evidence AS evidence
			""".formatted(LearningResource.PROJECTION, Capability.PROJECTION);

	private final Neo4jClient client;

	LearningResources(Neo4jClient client) {
		this.client = client;
	}

	Optional<LearningResource> findById(String id) {
		return this.client.query("MATCH (r:LearningResource {id: $id}) RETURN " + LearningResource.PROJECTION + " AS r")
			.bind(id).to("id")
			.fetchAs(LearningResource.class)
			.mappedBy((types, record) -> LearningResource.of(record.get("r")))
			.one();
	}

	/** One page of resources ordered by title then id. */
	Paging.Connection<ResourceEdge> find(Filter filter, Paging.Page page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("type", filter.type());
		parameters.put("provider", filter.provider());
		parameters.put("teaches", filter.teaches());
		parameters.put("ids", filter.text() == null ? null : matchingIds(filter.text()));
		String match = """
				MATCH (r:LearningResource)
				WHERE ($ids IS NULL OR r.id IN $ids)
				  AND ($type IS NULL OR r.type = $type)
				  AND ($provider IS NULL OR toLower(r.provider) = toLower($provider))
				  AND ($teaches IS NULL OR EXISTS { (r)-[:TEACHES]->(:Capability {id: $teaches}) })
				""";
		int total = this.client.query(match + "RETURN count(r) AS total")
			.bindAll(parameters)
			.fetchAs(Integer.class)
			.mappedBy((types, record) -> record.get("total").asInt())
			.one()
			.orElse(0);
		parameters.putAll(page.parameters());
		List<LearningResource> rows = new ArrayList<>(this.client.query(match + """
				  AND %s
				RETURN %s AS r ORDER BY r.title, r.id LIMIT $limit
				""".formatted(Paging.after("r"), LearningResource.PROJECTION))
			.bindAll(parameters)
			.fetchAs(LearningResource.class)
			.mappedBy((types, record) -> LearningResource.of(record.get("r")))
			.all());
		List<ResourceEdge> edges = rows.stream()
			.map(r -> new ResourceEdge(new Paging.Keyset(r.title(), r.id()).cursor(), r))
			.toList();
		return page.connection(edges, ResourceEdge::cursor, total);
	}

	private List<String> matchingIds(String text) {
		return List.copyOf(this.client
			.query("CALL db.index.fulltext.queryNodes('learning_resource_text', $query) YIELD node RETURN node.id AS id")
			.bind(FullText.query("filter.text", text)).to("query")
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("id").asString())
			.all());
	}

	/** What each resource teaches, by resource id: highest level first, then by capability name. */
	Map<String, List<Teaching>> teachingsOf(Collection<String> resourceIds) {
		Map<String, List<Teaching>> teachings = new LinkedHashMap<>();
		this.client.query("""
				UNWIND $ids AS id
				MATCH (r:LearningResource {id: id})-[t:TEACHES]->(c:Capability)
				WITH id, r, t, c ORDER BY coalesce(t.level, -1) DESC, c.name
				""" + TEACHES)
			.bind(List.copyOf(resourceIds)).to("ids")
			.fetchAs(Keyed.class)
			.mappedBy((types, record) -> new Keyed(record.get("id").asString(), teaching(record::get)))
			.all()
			.forEach(k -> teachings.computeIfAbsent(k.key(), id -> new ArrayList<>()).add(k.teaching()));
		return teachings;
	}

	/**
	 * The resources teaching each capability, at most {@code first} per capability: the highest level first, then
	 * the fewest hours, then by title.
	 */
	Map<String, List<Teaching>> teachersOf(Collection<String> capabilityIds, int first) {
		Map<String, List<Teaching>> teachings = new LinkedHashMap<>();
		this.client.query("""
				UNWIND $ids AS id
				CALL (id) {
				  MATCH (r:LearningResource)-[t:TEACHES]->(c:Capability {id: id})
				  RETURN r, t, c ORDER BY coalesce(t.level, -1) DESC, coalesce(r.hours, 1e9), r.title, r.id
				  LIMIT $first
				}
				""" + TEACHES)
			.bindAll(Map.of("ids", List.copyOf(capabilityIds), "first", first))
			.fetchAs(Keyed.class)
			.mappedBy((types, record) -> new Keyed(record.get("capability").get("id").asString(),
					teaching(record::get)))
			.all()
			.forEach(k -> teachings.computeIfAbsent(k.key(), id -> new ArrayList<>()).add(k.teaching()));
		return teachings;
	}

	/** What each resource requires first, by resource id: capabilities by name, then resources by title. */
	Map<String, List<Prerequisite>> prerequisitesOf(Collection<String> resourceIds) {
		Map<String, List<Prerequisite>> prerequisites = new LinkedHashMap<>();
		this.client.query("""
				UNWIND $ids AS id
				MATCH (:LearningResource {id: id})-[p:PREREQUISITE]->(n)
				WITH id, p, n, n:Capability AS isCapability
				ORDER BY isCapability DESC, coalesce(n.name, n.title), n.id
				RETURN id, p.level AS level,
				       CASE WHEN isCapability THEN n {.id, .kind, .name, .aliases, .description, .qualificationType,
				           .externalIds, .framework} END AS capability,
				       CASE WHEN NOT isCapability THEN n {.id, .title, .provider, .type, .hours, .cost, .currency,
				           .format, .language, .url, .level, .description, .source} END AS resource
				""")
			.bind(List.copyOf(resourceIds)).to("ids")
			.fetchAs(KeyedPrerequisite.class)
			.mappedBy((types, record) -> new KeyedPrerequisite(record.get("id").asString(), new Prerequisite(
					record.get("capability").isNull() ? null : Capability.of(record.get("capability")),
					level(record.get("level")),
					record.get("resource").isNull() ? null : LearningResource.of(record.get("resource")))))
			.all()
			.forEach(k -> prerequisites.computeIfAbsent(k.key(), id -> new ArrayList<>()).add(k.prerequisite()));
		return prerequisites;
	}

	private static Teaching teaching(java.util.function.Function<String, Value> field) {
		return new Teaching(LearningResource.of(field.apply("resource")), Capability.of(field.apply("capability")),
				level(field.apply("level")), field.apply("method").asString("id"), field.apply("score").asDouble(1.0),
				field.apply("evidence").asString(null));
	}

	private static @Nullable Integer level(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	private record Keyed(String key, Teaching teaching) {
	}

	private record KeyedPrerequisite(String key, Prerequisite prerequisite) {
	}

	record Filter(@Nullable String type, @Nullable String provider, @Nullable String teaches, @Nullable String text) {
	}

	record ResourceEdge(String cursor, LearningResource node) {
	}

}
