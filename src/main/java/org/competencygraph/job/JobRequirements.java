package org.competencygraph.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The requirements of jobs as a request selects them ({@link RequirementFields}): for the jobs of one response level
 * in one query, or for {@code job(id)} together with the job in one query.
 * <p>
 * Read from Neo4j, not from the analysis index ({@code RequirementIndex}): the index holds neither the source's
 * words (priorityText, levelText, criterion, assessedBy, provenance) nor the duty flag; it catches up with writes
 * made outside the application only after its refresh interval, while a read here sees every committed write; and
 * it keeps one requirement per job and capability and orders them for analysis, not as {@code Job.requirements}
 * promises.
 */
@Repository
class JobRequirements {

	/** {@code Job.requirements}' order: essential first, then by importance (highest first), then by name. */
	private static final String ORDER = "CASE r.priority WHEN 'essential' THEN 0 ELSE 1 END, "
			+ "coalesce(r.importance, 0) DESC, c.name";

	private final Neo4jClient client;

	JobRequirements(Neo4jClient client) {
		this.client = client;
	}

	/** The key of the batch loader: a job's requirements with the fields one {@code requirements} field selects. */
	record Key(String jobId, RequirementFields fields) {
	}

	/** A job and its requirements, read together. */
	record JobWithRequirements(Job job, List<Requirement> requirements) {
	}

	/**
	 * The requirements of every key, in one query that reads what any of the keys selects; a job without
	 * requirements, or an unknown job, has an empty list.
	 */
	Map<Key, List<Requirement>> find(Collection<Key> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		Set<String> ids = new LinkedHashSet<>();
		keys.forEach(key -> ids.add(key.jobId()));
		RequirementFields fields = keys.stream().map(Key::fields).reduce(RequirementFields::and).orElseThrow();
		Map<String, List<Requirement>> byJob = new HashMap<>();
		this.client.query("""
				UNWIND $ids AS id
				MATCH (:Job {id: id})-[r:REQUIRES]->(c:Capability)
				WITH id, r, c ORDER BY id, %s
				RETURN id, %s AS requires, %s AS capability
				""".formatted(ORDER, fields.requiresProjection("r"), fields.capabilityProjection("c")))
			.bind(List.copyOf(ids)).to("ids")
			.fetchAs(Requirement.class)
			.mappedBy((types, record) -> Requirement.of(record.get("id").asString(), record.get("requires"),
					record.get("capability")))
			.all()
			.forEach(r -> byJob.computeIfAbsent(r.jobId(), id -> new ArrayList<>()).add(r));
		Map<Key, List<Requirement>> requirements = new LinkedHashMap<>();
		keys.forEach(key -> requirements.put(key, byJob.getOrDefault(key.jobId(), List.of())));
		return requirements;
	}

	/** A job with its requirements as {@code fields} selects them, in one query; empty when there is no such job. */
	Optional<JobWithRequirements> findJob(String id, RequirementFields fields) {
		return this.client.query("""
				MATCH (j:Job {id: $id})
				CALL (j) {
				  MATCH (j)-[r:REQUIRES]->(c:Capability)
				  WITH r, c ORDER BY %s
				  RETURN collect({requires: %s, capability: %s}) AS requirements
				}
				RETURN %s AS job, requirements
				""".formatted(ORDER, fields.requiresProjection("r"), fields.capabilityProjection("c"), Job.PROJECTION))
			.bind(id).to("id")
			.fetchAs(JobWithRequirements.class)
			.mappedBy((types, record) -> {
				Job job = Job.of(record.get("job"));
				List<Requirement> requirements = record.get("requirements")
					.asList((Value row) -> Requirement.of(job.id(), row.get("requires"), row.get("capability")));
				return new JobWithRequirements(job, requirements);
			})
			.one();
	}

}
