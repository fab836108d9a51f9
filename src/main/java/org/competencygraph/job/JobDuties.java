package org.competencygraph.job;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The duties of jobs ({@code (:Job)-[:HAS_DUTY {order}]->(:Duty)}), in their order, and how many each job has: for
 * all jobs of a response level in one query.
 */
@Repository
class JobDuties {

	private final Neo4jClient client;

	JobDuties(Neo4jClient client) {
		this.client = client;
	}

	/** A job's first {@code first} duties; the key of the batch loader. */
	record Key(String jobId, int first) {
	}

	private record DutiesOfJob(String jobId, List<Duty> duties) {
	}

	/** The duties of every key, in one query; an unknown job, or one without duties, has an empty list. */
	Map<Key, List<Duty>> find(Collection<Key> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		Set<String> ids = new LinkedHashSet<>();
		keys.forEach(key -> ids.add(key.jobId()));
		int most = keys.stream().mapToInt(Key::first).max().orElse(0);
		Map<String, List<Duty>> byJob = new HashMap<>();
		if (most > 0) {
			this.client.query("""
					UNWIND $ids AS id
					MATCH (:Job {id: id})-[h:HAS_DUTY]->(d:Duty)
					WITH id, h, d ORDER BY id, h.order, d.id
					WITH id, collect(%s)[..$most] AS duties
					RETURN id, duties
					""".formatted(Duty.PROJECTION))
				.bindAll(Map.of("ids", List.copyOf(ids), "most", most))
				.fetchAs(DutiesOfJob.class)
				.mappedBy((types, record) -> new DutiesOfJob(record.get("id").asString(),
						record.get("duties").asList(Duty::of)))
				.all()
				.forEach(job -> byJob.put(job.jobId(), job.duties()));
		}
		Map<Key, List<Duty>> duties = new LinkedHashMap<>();
		keys.forEach(key -> {
			List<Duty> all = byJob.getOrDefault(key.jobId(), List.of());
			duties.put(key, all.subList(0, Math.min(key.first(), all.size())));
		});
		return duties;
	}

	/** How many duties each job has; 0 for an unknown job. */
	Map<String, Integer> count(Collection<String> jobIds) {
		Map<String, Integer> counts = new HashMap<>();
		this.client.query("""
				UNWIND $ids AS id
				MATCH (j:Job {id: id})
				RETURN id, COUNT { (j)-[:HAS_DUTY]->(:Duty) } AS total
				""")
			.bind(List.copyOf(jobIds)).to("ids")
			.fetch()
			.all()
			.forEach(row -> counts.put((String) row.get("id"), ((Number) row.get("total")).intValue()));
		return counts;
	}

}
