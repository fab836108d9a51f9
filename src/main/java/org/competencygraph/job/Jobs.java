package org.competencygraph.job;

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

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Read queries for jobs, with explicit mapping of flat projections. */
@Repository
public class Jobs {

	private final Neo4jClient client;

	Jobs(Neo4jClient client) {
		this.client = client;
	}

	public Optional<Job> findById(String id) {
		return this.client.query("MATCH (j:Job {id: $id}) RETURN " + Job.PROJECTION + " AS job")
			.bind(id).to("id")
			.fetchAs(Job.class)
			.mappedBy((types, record) -> Job.of(record.get("job")))
			.one();
	}

	/** Jobs by id, in no particular order; unknown ids are left out. */
	public Map<String, Job> findAllById(Collection<String> ids) {
		Map<String, Job> jobs = new HashMap<>();
		this.client.query("UNWIND $ids AS id MATCH (j:Job {id: id}) RETURN " + Job.PROJECTION + " AS job")
			.bind(List.copyOf(ids)).to("ids")
			.fetchAs(Job.class)
			.mappedBy((types, record) -> Job.of(record.get("job")))
			.all()
			.forEach(job -> jobs.put(job.id(), job));
		return jobs;
	}

	/** One page of jobs ordered by title then id. */
	Paging.Connection<JobEdge> find(JobFilter filter, Paging.Page page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("organization", filter.organization());
		parameters.put("family", filter.family());
		parameters.put("ids", filter.text() == null ? null : matchingIds(filter.text()));
		String match = """
				MATCH (j:Job)-[:IN_ORGANIZATION]->(org:Organization)
				WHERE ($ids IS NULL OR j.id IN $ids)
				  AND ($organization IS NULL OR org.name = $organization OR org.id = $organization)
				  AND ($family IS NULL OR EXISTS {
				      MATCH (j)-[:IN_FAMILY]->(fam:JobFamily) WHERE fam.name = $family OR fam.id = $family })
				""";
		int total = this.client.query(match + "RETURN count(j) AS total")
			.bindAll(parameters)
			.fetchAs(Integer.class)
			.mappedBy((types, record) -> record.get("total").asInt())
			.one()
			.orElse(0);
		parameters.putAll(page.parameters());
		List<Job> rows = new ArrayList<>(this.client.query(match + """
				  AND %s
				RETURN %s AS job ORDER BY j.title, j.id LIMIT $limit
				""".formatted(Paging.after("j"), Job.PROJECTION))
			.bindAll(parameters)
			.fetchAs(Job.class)
			.mappedBy((types, record) -> Job.of(record.get("job")))
			.all());
		List<JobEdge> edges = rows.stream()
			.map(job -> new JobEdge(new Paging.Keyset(job.title(), job.id()).cursor(), job))
			.toList();
		return page.connection(edges, JobEdge::cursor, total);
	}

	private List<String> matchingIds(String text) {
		return List.copyOf(this.client
			.query("CALL db.index.fulltext.queryNodes('job_text', $query) YIELD node RETURN node.id AS id")
			.bind(FullText.query("filter.text", text)).to("query")
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("id").asString())
			.all());
	}

	/** Career links of each job: outgoing ({@code PROGRESSES_TO}) or incoming ({@code progressesFrom}). */
	Map<String, List<CareerLink>> careerLinksOf(Collection<String> jobIds, boolean outgoing) {
		String pattern = outgoing ? "(:Job {id: id})-[p:PROGRESSES_TO]->(j:Job)"
				: "(:Job {id: id})<-[p:PROGRESSES_TO]-(j:Job)";
		Map<String, List<CareerLink>> links = new LinkedHashMap<>();
		this.client.query("UNWIND $ids AS id MATCH " + pattern + " RETURN id, p, " + Job.PROJECTION
				+ " AS job ORDER BY id, j.title")
			.bind(List.copyOf(jobIds)).to("ids")
			.fetchAs(LinkOfJob.class)
			.mappedBy((types, record) -> new LinkOfJob(record.get("id").asString(),
					CareerLink.of(Job.of(record.get("job")), record.get("p"))))
			.all()
			.forEach(l -> links.computeIfAbsent(l.jobId(), id -> new ArrayList<>()).add(l.link()));
		return links;
	}

	private record LinkOfJob(String jobId, CareerLink link) {
	}

	/** Capabilities by id, for career-link conditions. */
	Map<String, Capability> capabilitiesById(Collection<String> ids) {
		Map<String, Capability> capabilities = new HashMap<>();
		this.client.query("MATCH (c:Capability) WHERE c.id IN $ids RETURN " + Capability.PROJECTION + " AS c")
			.bind(List.copyOf(ids)).to("ids")
			.fetchAs(Capability.class)
			.mappedBy((types, record) -> Capability.of(record.get("c")))
			.all()
			.forEach(c -> capabilities.put(c.id(), c));
		return capabilities;
	}

	public record JobFilter(@Nullable String text, @Nullable String organization, @Nullable String family) {
	}

	public record JobEdge(String cursor, Job node) {
	}

}
