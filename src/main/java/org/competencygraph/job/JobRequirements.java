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

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.competencygraph.database.EmbeddedNeo4j;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The requirements of jobs as a request selects them ({@link RequirementFields}): for the jobs of one response level
 * in one query, or for {@code job(id)} together with the job in one query.
 * <p>
 * With the embedded engine, {@code job(id)} answers are kept in memory until the database commits anything: the key
 * holds the engine's count of committed transactions, taken before the read, so a write by anyone (this server, a
 * tool on the Bolt port) makes every earlier answer unreachable at once, and what is served is exactly what a read
 * would return. Against an external server, whose commits are not seen as cheaply, every answer is read.
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

	/** Bound of the kept answers, in requirements: tens of MB at most, thousands of occupations. */
	private static final int KEPT_REQUIREMENTS = 30_000;

	private final Neo4jClient client;

	private final @Nullable EmbeddedNeo4j embedded;

	private final Cache<KeptJob, JobWithRequirements> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_REQUIREMENTS)
		.weigher((KeptJob key, JobWithRequirements job) -> 1 + job.requirements().size())
		.build();

	JobRequirements(Neo4jClient client, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.client = client;
		this.embedded = embedded.getIfAvailable();
	}

	/** A kept answer's key: entries of earlier commit counts are never asked for again and age out. */
	private record KeptJob(long commits, String id, RequirementFields fields) {
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

	/**
	 * A job with its requirements as {@code fields} selects them, in one query or as kept since the last commit;
	 * empty when there is no such job.
	 */
	Optional<JobWithRequirements> findJob(String id, RequirementFields fields) {
		if (this.embedded == null) {
			return read(id, fields);
		}
		KeptJob key = new KeptJob(this.embedded.commits(), id, fields);
		JobWithRequirements kept = this.kept.getIfPresent(key);
		if (kept != null) {
			return Optional.of(kept);
		}
		Optional<JobWithRequirements> read = read(id, fields);
		read.ifPresent(job -> this.kept.put(key, job));
		return read;
	}

	private Optional<JobWithRequirements> read(String id, RequirementFields fields) {
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
				List<Requirement> requirements = List.copyOf(record.get("requirements")
					.asList((Value row) -> Requirement.of(job.id(), row.get("requires"), row.get("capability"))));
				return new JobWithRequirements(job, requirements);
			})
			.one();
	}

}
