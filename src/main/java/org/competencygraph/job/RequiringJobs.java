package org.competencygraph.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.api.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The jobs that require a capability, a page at a time, ordered by job title. */
@Repository
class RequiringJobs {

	private final Neo4jClient client;

	RequiringJobs(Neo4jClient client) {
		this.client = client;
	}

	Paging.Connection<RequiringJobEdge> find(String capabilityId, int first, @Nullable String after) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", capabilityId);
		parameters.put("afterTitle", null);
		parameters.put("afterId", null);
		parameters.put("limit", first + 1);
		if (after != null) {
			List<String> cursor = Paging.parts(after, 2);
			parameters.put("afterTitle", cursor.get(0));
			parameters.put("afterId", cursor.get(1));
		}
		int total = this.client.query("MATCH (:Capability {id: $id})<-[r:REQUIRES]-(:Job) RETURN count(r) AS total")
			.bindAll(parameters)
			.fetchAs(Integer.class)
			.mappedBy((types, record) -> record.get("total").asInt())
			.one()
			.orElse(0);
		List<RequiringJobEdge> page = new ArrayList<>(this.client.query("""
				MATCH (c:Capability {id: $id})<-[r:REQUIRES]-(j:Job)
				WHERE $afterTitle IS NULL OR j.title > $afterTitle OR (j.title = $afterTitle AND j.id > $afterId)
				RETURN j.id AS jobId, r, c, %s AS job
				ORDER BY j.title, j.id LIMIT $limit
				""".formatted(Job.PROJECTION))
			.bindAll(parameters)
			.fetchAs(RequiringJobEdge.class)
			.mappedBy((types, record) -> {
				Job job = Job.of(record.get("job"));
				return new RequiringJobEdge(Paging.cursor(job.title(), job.id()), job,
						Requirement.of(job.id(), record.get("r"), record.get("c")));
			})
			.all());
		return Paging.connection(page, first, after != null, RequiringJobEdge::cursor, total);
	}

	record RequiringJobEdge(String cursor, Job node, Requirement requirement) {
	}

}
