package org.competencygraph.importer.people;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.competencygraph.audit.AuditTrail.Written;
import org.competencygraph.importer.people.PeopleRows.HoldingRow;
import org.competencygraph.importer.people.PeopleRows.PersonRow;
import org.competencygraph.importer.people.PeopleRows.TeamRow;
import org.neo4j.driver.TransactionContext;

/**
 * Writes checked rows in one transaction, in batches ({@code UNWIND}): teams, people, then the relationships
 * between them, then holdings (a changed holding moves the old assessment to the history, HELD).
 */
final class PeopleGraphWrites {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final TransactionContext tx;

	PeopleGraphWrites(TransactionContext tx) {
		this.tx = tx;
	}

	Written<Integer> write(List<TeamRow> teams, List<PersonRow> people, List<HoldingRow> holdings) {
		String now = AT.format(Instant.now());
		List<Map<String, Object>> teamRows = new ArrayList<>();
		for (TeamRow team : teams) {
			List<Map<String, Object>> positions = new ArrayList<>();
			team.positions().forEach(p -> positions.add(map("job", p.job(), "count", p.count(), "by", p.by())));
			teamRows.add(map("id", team.id(), "name", team.name(), "parent", team.parent(), "manager", team.manager(),
					"positions", positions));
		}
		List<Map<String, Object>> personRows = new ArrayList<>();
		for (PersonRow p : people) {
			personRows.add(map("id", p.id(), "name", p.name(), "email", p.email(), "employeeNumber",
					p.employeeNumber(), "username", p.username(), "job", p.job(), "team", p.team(), "manager",
					p.manager()));
		}
		run("UNWIND $rows AS row MERGE (t:Team {id: row.id}) SET t.name = row.name", teamRows);
		// Usernames first cleared, then set: two people may swap theirs in one import (unique constraint).
		run("UNWIND $rows AS row MATCH (p:Person {id: row.id}) REMOVE p.username", personRows);
		run("""
				UNWIND $rows AS row
				MERGE (p:Person {id: row.id})
				SET p.name = row.name, p.email = row.email, p.employeeNumber = row.employeeNumber,
				    p.username = row.username
				""", personRows);
		run("""
				UNWIND $rows AS row
				MATCH (t:Team {id: row.id})
				OPTIONAL MATCH (t)-[old:PART_OF|NEEDS]->()
				DELETE old
				WITH DISTINCT t, row
				OPTIONAL MATCH (:Person)-[oldManager:MANAGES]->(t)
				DELETE oldManager
				WITH DISTINCT t, row
				CALL (t, row) {
				  MATCH (parent:Team {id: row.parent})
				  MERGE (t)-[:PART_OF]->(parent)
				}
				CALL (t, row) {
				  MATCH (manager:Person {id: row.manager})
				  MERGE (manager)-[:MANAGES]->(t)
				}
				CALL (t, row) {
				  UNWIND row.positions AS position
				  MATCH (j:Job {id: position.job})
				  MERGE (t)-[n:NEEDS]->(j)
				  SET n.count = position.count, n.by = position.by
				}
				""", teamRows);
		run("""
				UNWIND $rows AS row
				MATCH (p:Person {id: row.id})
				OPTIONAL MATCH (p)-[old:WORKS_AS|MEMBER_OF|REPORTS_TO]->()
				DELETE old
				WITH DISTINCT p, row
				CALL (p, row) {
				  MATCH (j:Job {id: row.job})
				  MERGE (p)-[:WORKS_AS]->(j)
				}
				CALL (p, row) {
				  MATCH (t:Team {id: row.team})
				  MERGE (p)-[:MEMBER_OF]->(t)
				}
				CALL (p, row) {
				  MATCH (m:Person {id: row.manager})
				  MERGE (p)-[:REPORTS_TO]->(m)
				}
				""", personRows);
		List<Map<String, Object>> holdingRows = new ArrayList<>();
		for (HoldingRow h : holdings) {
			holdingRows.add(map("person", h.person(), "capability", h.capability(), "values", map("level", h.level(),
					"source", h.source(), "evidence", h.evidence(), "assessedAt",
					h.assessedAt() == null ? now : h.assessedAt(), "assessedBy",
					h.assessedBy() == null ? "import" : h.assessedBy(), "expires", h.expires())));
		}
		List<String> changed = this.tx.run("""
				UNWIND $rows AS row
				MATCH (p:Person {id: row.person}), (c:Capability {id: row.capability})
				OPTIONAL MATCH (p)-[old:HOLDS]->(c)
				WITH p, c, old, row
				WHERE old IS NULL OR coalesce(old.level, -1.0) <> coalesce(row.values.level, -1.0)
				   OR old.source <> row.values.source OR coalesce(old.evidence, '') <> coalesce(row.values.evidence, '')
				   OR coalesce(old.expires, '') <> coalesce(row.values.expires, '')
				FOREACH (o IN CASE WHEN old IS NULL THEN [] ELSE [old] END |
				  CREATE (p)-[h:HELD]->(c) SET h = properties(o), h.supersededAt = $now)
				DELETE old
				CREATE (p)-[n:HOLDS]->(c)
				SET n = row.values
				RETURN p.id AS person
				""", Map.of("rows", holdingRows, "now", now)).list(r -> r.get("person").asString());
		// One row per holding written: new or changed assessments (unchanged ones are skipped).
		return new Written<>(changed.size(), PeopleImporter.changes(teams, people, new LinkedHashSet<>(changed)));
	}

	private void run(String query, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			this.tx.run(query, Map.of("rows", rows)).consume();
		}
	}

	/** A map that, unlike Map.of, keeps null values: Cypher writes them as "no property". */
	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
