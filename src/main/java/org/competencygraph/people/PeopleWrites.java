package org.competencygraph.people;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.audit.AuditAction;
import org.competencygraph.audit.AuditTrail;
import org.competencygraph.audit.AuditTrail.Change;
import org.competencygraph.audit.AuditTrail.Written;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes to people data, each through the {@link AuditTrail} (one transaction with its audit entry). Rights are
 * checked by the caller ({@link PeopleMutationController}); this class checks only that references exist.
 */
@Component
class PeopleWrites {

	static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final AuditTrail audit;

	private final Neo4jClient client;

	PeopleWrites(AuditTrail audit, Neo4jClient client) {
		this.audit = audit;
		this.client = client;
	}

	boolean exists(String label, String id) {
		// The label is one of ours, never user input.
		return this.client.query("MATCH (n:" + label + " {id: $id}) RETURN count(n) > 0 AS found")
			.bind(id).to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Creates or updates a person: the fields given (not null) are written, the others kept. */
	void savePerson(String actor, PersonInput input, boolean created) {
		List<String> fields = new ArrayList<>();
		Map<String, Object> properties = new HashMap<>();
		put(properties, fields, "name", input.name());
		put(properties, fields, "email", input.email());
		put(properties, fields, "employeeNumber", input.employeeNumber());
		put(properties, fields, "username", input.username());
		this.audit.write(actor, tx -> {
			tx.run("MERGE (p:Person {id: $id}) SET p += $properties",
					Map.of("id", input.id(), "properties", properties)).consume();
			link(tx, input.id(), "WORKS_AS", "Job", input.job(), fields, "job");
			link(tx, input.id(), "MEMBER_OF", "Team", input.team(), fields, "team");
			link(tx, input.id(), "REPORTS_TO", "Person", input.manager(), fields, "manager");
			return new Written<>(null, List.of(Change.person(created ? AuditAction.CREATE_PERSON
					: AuditAction.UPDATE_PERSON, input.id(), fields)));
		});
	}

	/** Creates or updates a team; positions, when given, replace the old ones. */
	void saveTeam(String actor, TeamInput input) {
		List<String> fields = new ArrayList<>();
		Map<String, Object> properties = new HashMap<>();
		put(properties, fields, "name", input.name());
		this.audit.write(actor, tx -> {
			tx.run("MERGE (t:Team {id: $id}) SET t += $properties", Map.of("id", input.id(), "properties", properties))
				.consume();
			link(tx, input.id(), "PART_OF", "Team", input.parent(), fields, "parent");
			if (input.manager() != null) {
				fields.add("manager");
				tx.run("""
						MATCH (t:Team {id: $id})
						OPTIONAL MATCH (:Person)-[old:MANAGES]->(t)
						DELETE old
						WITH DISTINCT t
						MATCH (m:Person {id: $manager})
						MERGE (m)-[:MANAGES]->(t)
						""", Map.of("id", input.id(), "manager", input.manager())).consume();
			}
			if (input.positions() != null) {
				fields.add("positions");
				List<Map<String, Object>> rows = new ArrayList<>();
				for (PositionInput position : input.positions()) {
					Map<String, Object> row = new HashMap<>();
					row.put("job", position.job());
					row.put("count", position.count());
					row.put("by", position.by());
					rows.add(row);
				}
				tx.run("""
						MATCH (t:Team {id: $id})
						OPTIONAL MATCH (t)-[old:NEEDS]->(:Job)
						DELETE old
						WITH DISTINCT t
						UNWIND $rows AS row
						MATCH (j:Job {id: row.job})
						MERGE (t)-[n:NEEDS]->(j)
						SET n.count = coalesce(n.count, 0) + row.count, n.by = row.by
						""", Map.of("id", input.id(), "rows", rows)).consume();
			}
			return new Written<>(null, List.of(Change.team(input.id(), fields)));
		});
	}

	/**
	 * Records an assessment: the current one of that capability, if any, moves to the history (HELD with
	 * supersededAt), the new one becomes HOLDS.
	 */
	void assess(String actor, Assessment assessment) {
		String now = AT.format(Instant.now());
		Map<String, Object> values = new HashMap<>();
		values.put("level", assessment.level());
		values.put("source", assessment.source().name());
		values.put("evidence", assessment.evidence());
		values.put("assessedAt", now);
		values.put("assessedBy", actor);
		values.put("expires", assessment.expires());
		this.audit.write(actor, tx -> {
			supersede(tx, assessment.person(), assessment.capability(), now);
			tx.run("""
					MATCH (p:Person {id: $person}), (c:Capability {id: $capability})
					CREATE (p)-[h:HOLDS]->(c)
					SET h = $values
					""", Map.of("person", assessment.person(), "capability", assessment.capability(), "values", values))
				.consume();
			return new Written<>(null, List.of(Change.person(AuditAction.ASSESS_CAPABILITY, assessment.person(),
					List.of("holding:" + assessment.capability()))));
		});
	}

	/** Ends a holding: it moves to the history. */
	void remove(String actor, String person, String capability) {
		String now = AT.format(Instant.now());
		this.audit.write(actor, tx -> {
			supersede(tx, person, capability, now);
			return new Written<>(null, List.of(Change.person(AuditAction.REMOVE_HOLDING, person,
					List.of("holding:" + capability))));
		});
	}

	/**
	 * Erases a person: the node, its properties and every relationship (holdings, history, team, job, manager,
	 * reports' links to them) are deleted, and their user name as actor of earlier audit entries and as assessor of
	 * other people's holdings is replaced.
	 * @return holdings and history entries removed, or -1 when there is no such person
	 */
	int erase(String actor, String id) {
		return this.audit.write(actor, tx -> {
			var found = tx.run("""
					MATCH (p:Person {id: $id})
					RETURN p.username AS username, COUNT { (p)-[:HOLDS|HELD]->() } AS holdings
					""", Map.of("id", id)).list();
			if (found.isEmpty()) {
				return new Written<>(-1, List.of());
			}
			String username = found.getFirst().get("username").isNull() ? null
					: found.getFirst().get("username").asString();
			int holdings = found.getFirst().get("holdings").asInt();
			tx.run("MATCH (p:Person {id: $id}) DETACH DELETE p", Map.of("id", id)).consume();
			if (username != null) {
				Map<String, Object> names = Map.of("username", username, "replacement", "erased person " + id);
				tx.run("MATCH (a:AuditEntry {actor: $username}) SET a.actor = $replacement", names).consume();
				// The assessments they made of other people (as a manager) keep the assessment, not who they were.
				tx.run("MATCH ()-[h:HOLDS|HELD {assessedBy: $username}]->() SET h.assessedBy = $replacement", names)
					.consume();
			}
			return new Written<>(holdings, List.of(Change.person(AuditAction.ERASE_PERSON, id,
					List.of("name", "email", "employeeNumber", "username", "job", "team", "manager", "holdings",
							"history"))));
		});
	}

	private static void supersede(TransactionContext tx, String person, String capability, String now) {
		tx.run("""
				MATCH (p:Person {id: $person})-[old:HOLDS]->(c:Capability {id: $capability})
				CREATE (p)-[held:HELD]->(c)
				SET held = properties(old), held.supersededAt = $now
				DELETE old
				""", Map.of("person", person, "capability", capability, "now", now)).consume();
	}

	/** Replaces the one relationship of a kind from the node to another, when an id is given. */
	private static void link(TransactionContext tx, String id, String type, String label, @Nullable String to,
			List<String> fields, String field) {
		if (to == null) {
			return;
		}
		fields.add(field);
		String from = type.equals("PART_OF") ? "Team" : "Person";
		// Labels and types are ours, never user input.
		tx.run("""
				MATCH (n:%1$s {id: $id})
				OPTIONAL MATCH (n)-[old:%2$s]->()
				DELETE old
				WITH DISTINCT n
				MATCH (to:%3$s {id: $to})
				MERGE (n)-[:%2$s]->(to)
				""".formatted(from, type, label), Map.of("id", id, "to", to)).consume();
	}

	private static void put(Map<String, Object> properties, List<String> fields, String name, @Nullable String value) {
		if (value != null) {
			properties.put(name, value);
			fields.add(name);
		}
	}

	/** GraphQL's {@code SavePersonInput}. */
	record PersonInput(String id, @Nullable String name, @Nullable String email, @Nullable String employeeNumber,
			@Nullable String username, @Nullable String job, @Nullable String team, @Nullable String manager) {
	}

	/** GraphQL's {@code SaveTeamInput}. */
	record TeamInput(String id, @Nullable String name, @Nullable String parent, @Nullable String manager,
			@Nullable List<PositionInput> positions) {
	}

	/** GraphQL's {@code PositionInput}. */
	record PositionInput(String job, int count, @Nullable String by) {
	}

	/** GraphQL's {@code AssessCapabilityInput}. */
	record Assessment(String person, String capability, @Nullable Double level, HoldingRow.HoldingSource source,
			@Nullable String evidence, @Nullable String expires) {
	}

}
