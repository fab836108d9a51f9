package org.competencygraph.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.audit.AuditTrail;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The people read model: a {@link PeopleSnapshot} read from the graph, kept until the audit trail's version
 * changes (every write to people data runs through {@link AuditTrail}), so that heat maps and bench strength are
 * answered from memory. Histories are not in it: they are read from the graph when asked for.
 */
@Component
class PeopleData {

	private final Neo4jClient client;

	private final AuditTrail audit;

	private volatile Loaded loaded = new Loaded(-1, PeopleSnapshot.empty());

	PeopleData(Neo4jClient client, AuditTrail audit) {
		this.client = client;
		this.audit = audit;
	}

	/** The snapshot as of the last committed write. */
	PeopleSnapshot current() {
		Loaded now = this.loaded;
		long version = this.audit.version();
		if (now.version() == version) {
			return now.snapshot();
		}
		synchronized (this) {
			if (this.loaded.version() != this.audit.version()) {
				// The version first: a write committed while reading makes the next call read again.
				long reading = this.audit.version();
				this.loaded = new Loaded(reading, read());
			}
			return this.loaded.snapshot();
		}
	}

	private PeopleSnapshot read() {
		Map<String, PersonRow> persons = new LinkedHashMap<>();
		this.client.query("""
				MATCH (p:Person)
				OPTIONAL MATCH (p)-[:WORKS_AS]->(j:Job)
				OPTIONAL MATCH (p)-[:MEMBER_OF]->(t:Team)
				OPTIONAL MATCH (p)-[:REPORTS_TO]->(m:Person)
				RETURN p.id AS id, p.name AS name, p.email AS email, p.employeeNumber AS employeeNumber,
				       p.username AS username, j.id AS job, t.id AS team, m.id AS manager
				ORDER BY p.name, p.id
				""")
			.fetchAs(PersonRow.class)
			.mappedBy((types, r) -> new PersonRow(r.get("id").asString(), r.get("name").asString(""),
					text(r, "email"), text(r, "employeeNumber"), text(r, "username"), text(r, "job"),
					text(r, "team"), text(r, "manager")))
			.all()
			.forEach(person -> persons.put(person.id(), person));
		Map<String, TeamRow> teams = new LinkedHashMap<>();
		this.client.query("""
				MATCH (t:Team)
				OPTIONAL MATCH (t)-[:PART_OF]->(parent:Team)
				OPTIONAL MATCH (manager:Person)-[:MANAGES]->(t)
				RETURN t.id AS id, t.name AS name, parent.id AS parent, manager.id AS manager,
				       [(t)-[n:NEEDS]->(j:Job) | {job: j.id, count: n.count, by: n.by}] AS positions
				ORDER BY t.name, t.id
				""")
			.fetchAs(TeamRow.class)
			.mappedBy((types, r) -> new TeamRow(r.get("id").asString(), r.get("name").asString(""),
					text(r, "parent"), text(r, "manager"), r.get("positions").asList(PeopleData::position)
						.stream()
						.sorted(java.util.Comparator.comparing(TeamRow.Position::job))
						.toList()))
			.all()
			.forEach(team -> teams.put(team.id(), team));
		Map<String, List<HoldingRow>> holdings = new HashMap<>();
		this.client.query("""
				MATCH (p:Person)-[h:HOLDS]->(c:Capability)
				RETURN p.id AS person, c.id AS capability, h.level AS level, h.source AS source,
				       h.evidence AS evidence, h.assessedAt AS assessedAt, h.assessedBy AS assessedBy,
				       h.expires AS expires
				ORDER BY p.id, c.name, c.id
				""")
			.fetchAs(PersonHolding.class)
			.mappedBy((types, r) -> new PersonHolding(r.get("person").asString(), holding(r, null)))
			.all()
			.forEach(h -> holdings.computeIfAbsent(h.person(), p -> new ArrayList<>()).add(h.holding()));
		return new PeopleSnapshot(persons, teams, holdings);
	}

	/** A person's superseded and removed assessments, newest first (not kept in the snapshot). */
	List<HoldingRow> history(String person, @Nullable String capability, int first) {
		return List.copyOf(this.client.query("""
				MATCH (p:Person {id: $person})-[h:HELD]->(c:Capability)
				WHERE $capability IS NULL OR c.id = $capability
				RETURN c.id AS capability, h.level AS level, h.source AS source, h.evidence AS evidence,
				       h.assessedAt AS assessedAt, h.assessedBy AS assessedBy, h.expires AS expires,
				       h.supersededAt AS supersededAt
				ORDER BY h.supersededAt DESC, c.id
				LIMIT $first
				""")
			.bindAll(parameters(person, capability, first))
			.fetchAs(HoldingRow.class)
			.mappedBy((types, r) -> holding(r, text(r, "supersededAt")))
			.all());
	}

	private static Map<String, Object> parameters(String person, @Nullable String capability, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("person", person);
		parameters.put("capability", capability);
		parameters.put("first", first);
		return parameters;
	}

	private static HoldingRow holding(Record r, @Nullable String supersededAt) {
		Value level = r.get("level");
		return new HoldingRow(r.get("capability").asString(), level.isNull() ? null : level.asDouble(),
				HoldingRow.HoldingSource.valueOf(r.get("source").asString()), text(r, "evidence"),
				r.get("assessedAt").asString(""), r.get("assessedBy").asString(""), text(r, "expires"), supersededAt);
	}

	private static TeamRow.Position position(Value value) {
		Value by = value.get("by");
		return new TeamRow.Position(value.get("job").asString(), value.get("count").asInt(1),
				by.isNull() ? null : by.asString());
	}

	private static @Nullable String text(Record r, String key) {
		Value value = r.get(key);
		return value.isNull() ? null : value.asString();
	}

	private record Loaded(long version, PeopleSnapshot snapshot) {
	}

	private record PersonHolding(String person, HoldingRow holding) {
	}

}
