package org.competencygraph.importer.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.competencygraph.database.Sessions;
import org.competencygraph.importer.ImportReport.FileReport;
import org.competencygraph.importer.ImportReport.WriteCount;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

import static org.competencygraph.importer.learning.CatalogueRows.parameters;

/**
 * Writes a checked catalogue file in one transaction: its resources merged by id with their properties replaced,
 * their outgoing {@code TEACHES} and {@code PREREQUISITE} relationships replaced by the file's. A reference that
 * no longer resolves (a capability or resource deleted since the file was checked) rolls the whole file back.
 */
final class CatalogueWriter {

	static final String RESOURCES = "(:LearningResource)";

	static final String TEACHES = "(:LearningResource)-[:TEACHES]->(:Capability)";

	static final String PREREQUISITES = "(:LearningResource)-[:PREREQUISITE]->()";

	private final Sessions sessions;

	CatalogueWriter(Sessions sessions) {
		this.sessions = sessions;
	}

	FileReport write(CataloguePlan plan) {
		try (Session session = this.sessions.open()) {
			return session.executeWrite(tx -> write(tx, plan));
		}
	}

	private FileReport write(TransactionContext tx, CataloguePlan plan) {
		Record resources = tx.run("""
				UNWIND $rows AS row
				OPTIONAL MATCH (existing:LearningResource {id: row.id})
				WITH row, existing IS NULL AS isNew, properties(existing) = row.properties AS same
				MERGE (r:LearningResource {id: row.id})
				SET r = row.properties
				WITH r, isNew, same
				CALL (r) {
				  OPTIONAL MATCH (r)-[old:TEACHES|PREREQUISITE]->()
				  DELETE old
				}
				RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN same THEN 1 END) AS unchanged,
				       count(r) AS written
				""", Map.of("rows", parameters(plan.resources()))).single();
		long teaches = relate(tx, plan.fileName(), "TEACHES", "Capability", parameters(plan.teachings()), "capability");
		long prerequisites = relate(tx, plan.fileName(), "PREREQUISITE", "Capability", parameters(plan.capabilityPrerequisites()),
				"capability")
				+ relate(tx, plan.fileName(), "PREREQUISITE", "LearningResource", parameters(plan.resourcePrerequisites()), "resource");
		long created = resources.get("created").asLong();
		long unchanged = resources.get("unchanged").asLong();
		// A file replaces its resources' relationships, so every one it has is written anew and counts as created.
		return new FileReport(plan.fileName(), plan.resources().size(),
				List.of(new WriteCount(RESOURCES, created, resources.get("written").asLong() - created - unchanged,
						unchanged, 0), new WriteCount(TEACHES, teaches, 0, 0, 0),
						new WriteCount(PREREQUISITES, prerequisites, 0, 0, 0)),
				List.of());
	}

	private static long relate(TransactionContext tx, String fileName, String type, String targetLabel, List<Map<String, Object>> rows,
			String what) {
		if (rows.isEmpty()) {
			return 0;
		}
		Set<String> missing = new TreeSet<>();
		tx.run("""
				UNWIND $rows AS row
				WITH row WHERE NOT EXISTS { MATCH (:$($label) {id: row.to}) }
				RETURN row.to AS id
				""", Map.of("rows", rows, "label", targetLabel)).forEachRemaining(r -> missing.add(r.get("id").asString()));
		if (!missing.isEmpty()) {
			throw new InvalidCatalogueException(fileName, missing.stream()
				.map(id -> fileName + ": the " + what + " '" + id + "' was removed while the file was being imported")
				.toList());
		}
		return tx.run("""
				UNWIND $rows AS row
				MATCH (r:LearningResource {id: row.from}), (n:$($label) {id: row.to})
				CREATE (r)-[x:$($type)]->(n)
				SET x = row.properties
				RETURN count(x) AS written
				""", Map.of("rows", rows, "label", targetLabel, "type", type)).single().get("written").asLong();
	}

}
