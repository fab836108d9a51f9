package org.competencygraph.importer.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.competencygraph.database.Sessions;
import org.competencygraph.importer.ImportReport.FileReport;
import org.competencygraph.importer.ImportReport.WriteCount;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a validated file in one transaction. The jobs it defines are replaced as a whole (properties,
 * organization, family, requirements, outgoing career links, duties); capabilities are merged by id. A duty keeps its
 * node while its id stays, so what others store on it stays too, except its embedding when its text changed; duties
 * a job no longer has are deleted. Anything that
 * fails, including a reference to a capability or job that is neither in the file nor in the graph, rolls the
 * whole file back.
 */
final class JobProfileWriter {

	static final String JOBS = "(:Job)";

	static final String CAPABILITIES = "(:Capability)";

	static final String REQUIREMENTS = "(:Job)-[:REQUIRES]->(:Capability)";

	static final String CAREER_LINKS = "(:Job)-[:PROGRESSES_TO]->(:Job)";

	static final String DUTIES = "(:Duty)";

	private final Sessions sessions;

	JobProfileWriter(Sessions sessions) {
		this.sessions = sessions;
	}

	FileReport write(JobProfilePlan plan) {
		try (Session session = this.sessions.open()) {
			return session.executeWrite(tx -> write(tx, plan));
		}
	}

	private FileReport write(TransactionContext tx, JobProfilePlan plan) {
		checkReferences(tx, plan);
		List<String> jobIds = plan.jobs().stream().map(ProfileJobRow::id).toList();
		List<String> dutyIds = plan.duties().stream().map(ProfileDutyRow::id).toList();
		// Before the jobs' relationships are replaced, while HAS_DUTY still says which duties were the jobs'.
		int dutiesRemoved = tx.run("""
				UNWIND $jobIds AS jobId
				MATCH (:Job {id: jobId})-[:HAS_DUTY]->(d:Duty)
				WHERE d.framework IS NULL AND NOT d.id IN $dutyIds
				WITH DISTINCT d
				DETACH DELETE d
				RETURN count(*) AS removed
				""", Map.of("jobIds", jobIds, "dutyIds", dutyIds)).single().get("removed").asInt();
		int capabilitiesCreated = tx.run("""
				UNWIND $rows AS row
				OPTIONAL MATCH (existing:Capability {id: row.id})
				WITH row, existing IS NULL AS isNew
				MERGE (c:Capability {id: row.id})
				SET c.kind = row.kind, c.name = row.name,
				    c.description = coalesce(row.description, c.description),
				    c.qualificationType = row.qualificationType,
				    c.externalIds = reduce(ids = coalesce(c.externalIds, []), x IN row.externalIds |
				        CASE WHEN x IN ids THEN ids ELSE ids + x END),
				    c.aliases = reduce(names = coalesce(c.aliases, []), a IN row.aliases |
				        CASE WHEN a IN names THEN names ELSE names + a END)
				SET c:$(row.kind)
				RETURN count(CASE WHEN isNew THEN 1 END) AS created
				""", Map.of("rows", parameters(plan.capabilities()))).single().get("created").asInt();
		int jobsCreated = tx.run("""
				UNWIND $rows AS row
				OPTIONAL MATCH (existing:Job {id: row.id})
				WITH row, existing IS NULL AS isNew
				MERGE (j:Job {id: row.id})
				SET j += row.properties
				WITH j, row, isNew
				OPTIONAL MATCH (j)-[old:IN_ORGANIZATION|IN_FAMILY|REQUIRES|PROGRESSES_TO|HAS_DUTY]->()
				DELETE old
				WITH DISTINCT j, row, isNew
				MERGE (o:Organization {id: row.organizationId})
				SET o.name = row.organization
				CREATE (j)-[:IN_ORGANIZATION]->(o)
				FOREACH (_ IN CASE WHEN row.familyId IS NULL THEN [] ELSE [1] END |
				    MERGE (f:JobFamily {id: row.familyId})
				    SET f.name = row.family
				    MERGE (f)-[:OF_ORGANIZATION]->(o)
				    CREATE (j)-[:IN_FAMILY]->(f))
				RETURN count(CASE WHEN isNew THEN 1 END) AS created
				""", Map.of("rows", parameters(plan.jobs()))).single().get("created").asInt();
		int requirements = tx.run("""
				UNWIND $rows AS row
				MATCH (j:Job {id: row.jobId}), (c:Capability {id: row.capabilityId})
				CREATE (j)-[r:REQUIRES]->(c)
				SET r = row.properties
				RETURN count(r) AS written
				""", Map.of("rows", parameters(plan.requirements()))).single().get("written").asInt();
		int careerLinks = tx.run("""
				UNWIND $rows AS row
				MATCH (from:Job {id: row.fromId}), (to:Job {id: row.toId})
				CREATE (from)-[p:PROGRESSES_TO]->(to)
				SET p = row.properties
				RETURN count(p) AS written
				""", Map.of("rows", parameters(plan.careerLinks()))).single().get("written").asInt();
		var duties = tx.run("""
				UNWIND $rows AS row
				MATCH (j:Job {id: row.jobId})
				OPTIONAL MATCH (existing:Duty {id: row.id})
				WITH j, row, existing IS NULL AS isNew, existing.text <> row.properties.text AS textChanged,
				     existing.text = row.properties.text AND existing.kind = row.properties.kind
				     AND coalesce(existing.section, '') = coalesce(row.properties.section, '')
				     AND existing.sourceDocument = row.properties.sourceDocument AS same
				MERGE (d:Duty {id: row.id})
				SET d += row.properties
				// An embedding of the old text (written by the semantic feature) no longer describes the duty.
				FOREACH (_ IN CASE WHEN textChanged THEN [1] ELSE [] END | REMOVE d.embedding)
				CREATE (j)-[:HAS_DUTY {order: row.order}]->(d)
				RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN same THEN 1 END) AS unchanged,
				       count(d) AS written
				""", Map.of("rows", parameters(plan.duties()))).single();
		int dutiesCreated = duties.get("created").asInt();
		int dutiesUnchanged = duties.get("unchanged").asInt();
		int dutiesUpdated = duties.get("written").asInt() - dutiesCreated - dutiesUnchanged;
		// A file replaces its jobs' relationships, so every one it has is written anew and counts as created.
		return new FileReport(plan.fileName(), plan.jobs().size(),
				List.of(new WriteCount(JOBS, jobsCreated, plan.jobs().size() - jobsCreated, 0, 0),
						new WriteCount(CAPABILITIES, capabilitiesCreated,
								plan.capabilities().size() - capabilitiesCreated, 0, 0),
						new WriteCount(REQUIREMENTS, requirements, 0, 0, 0),
						new WriteCount(CAREER_LINKS, careerLinks, 0, 0, 0),
						new WriteCount(DUTIES, dutiesCreated, dutiesUpdated, dutiesUnchanged, dutiesRemoved)),
				List.of());
	}

	private static List<Map<String, Object>> parameters(List<? extends ProfileRow> rows) {
		return rows.stream().map(ProfileRow::parameters).toList();
	}

	/** Rejects the file when a capability changes kind, or a reference points at nothing. */
	private void checkReferences(TransactionContext tx, JobProfilePlan plan) {
		List<String> problems = new ArrayList<>();
		tx.run("""
				UNWIND $rows AS row
				MATCH (c:Capability {id: row.id})
				WHERE c.kind <> row.kind
				RETURN c.id AS id, c.kind AS stored, row.kind AS given
				""", Map.of("rows", parameters(plan.capabilities())))
			.forEachRemaining(r -> problems.add("capability '" + r.get("id").asString() + "' is a "
					+ r.get("stored").asString() + " in the graph but a " + r.get("given").asString()
					+ " in this file; a capability keeps its kind"));
		missing(tx, "Capability", plan.externalCapabilityIds()).forEach(id -> problems.add("capability '" + id
				+ "' is neither defined in this file nor in the graph"));
		missing(tx, "Job", plan.externalJobIds()).forEach(id -> problems.add("progressesTo names job '" + id
				+ "', which is neither defined in this file nor in the graph"));
		if (!problems.isEmpty()) {
			throw new InvalidJobProfileException(plan.fileName(), problems);
		}
	}

	private static Set<String> missing(TransactionContext tx, String label, Set<String> ids) {
		Set<String> missing = new TreeSet<>(ids);
		if (!ids.isEmpty()) {
			tx.run("MATCH (n:$($label)) WHERE n.id IN $ids RETURN n.id AS id",
					Map.of("label", label, "ids", List.copyOf(ids)))
				.forEachRemaining(r -> missing.remove(r.get("id").asString()));
		}
		return missing;
	}

}
