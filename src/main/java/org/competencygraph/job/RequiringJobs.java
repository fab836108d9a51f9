package org.competencygraph.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.competencygraph.api.Paging;
import org.competencygraph.capability.Capability;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The jobs that require a capability, a page at a time, ordered by job title. Pages are read for many
 * capabilities at once: a response that shows {@code requiredBy} under every requirement of every job of a page
 * costs two queries per distinct page request, not two per capability.
 */
@Repository
class RequiringJobs {

	private final Neo4jClient client;

	RequiringJobs(Neo4jClient client) {
		this.client = client;
	}

	/** Which page of which capability's requiring jobs a field asks for; the key of the batch loader. */
	record CapabilityPage(String capabilityId, Paging.Page page) {
	}

	/** The requested pages; every page asked for is in the answer, empty for an unknown capability. */
	Map<CapabilityPage, Paging.Connection<RequiringJobEdge>> find(Collection<CapabilityPage> pages) {
		Map<CapabilityPage, Paging.Connection<RequiringJobEdge>> connections = new HashMap<>();
		// Fields of one response level nearly always share first and after; one pair of queries per such page.
		pages.stream()
			.collect(Collectors.groupingBy(CapabilityPage::page, LinkedHashMap::new, Collectors.mapping(
					CapabilityPage::capabilityId, Collectors.toCollection(java.util.LinkedHashSet::new))))
			.forEach((page, ids) -> {
				Map<String, Integer> totals = totals(ids);
				Map<String, List<RequiringJobEdge>> rows = pages(ids, page);
				ids.forEach(id -> connections.put(new CapabilityPage(id, page), page.connection(
						rows.getOrDefault(id, List.of()), RequiringJobEdge::cursor, totals.getOrDefault(id, 0))));
			});
		return connections;
	}

	private Map<String, Integer> totals(Collection<String> capabilityIds) {
		Map<String, Integer> totals = new HashMap<>();
		this.client.query("""
				UNWIND $ids AS id
				MATCH (c:Capability {id: id})
				RETURN id, COUNT { (c)<-[:REQUIRES]-(:Job) } AS total
				""")
			.bind(List.copyOf(capabilityIds)).to("ids")
			.fetch()
			.all()
			.forEach(row -> totals.put((String) row.get("id"), ((Number) row.get("total")).intValue()));
		return totals;
	}

	/** Up to first + 1 rows per capability: the extra row only tells that there is a next page. */
	private Map<String, List<RequiringJobEdge>> pages(Collection<String> capabilityIds, Paging.Page page) {
		Map<String, Object> parameters = new HashMap<>(page.parameters());
		parameters.put("ids", List.copyOf(capabilityIds));
		Map<String, List<RequiringJobEdge>> rows = new HashMap<>();
		this.client.query("""
				UNWIND $ids AS id
				CALL (id) {
				  MATCH (c:Capability {id: id})<-[r:REQUIRES]-(j:Job)
				  WHERE %s
				  RETURN c, r, j ORDER BY j.title, j.id LIMIT $limit
				}
				RETURN id, r, %s AS c, %s AS job
				ORDER BY id, j.title, j.id
				""".formatted(Paging.after("j"), Capability.PROJECTION, Job.PROJECTION))
			.bindAll(parameters)
			.fetchAs(CapabilityRow.class)
			.mappedBy((types, record) -> {
				Job job = Job.of(record.get("job"));
				return new CapabilityRow(record.get("id").asString(), new RequiringJobEdge(
						new Paging.Keyset(job.title(), job.id()).cursor(), job,
						Requirement.of(job.id(), record.get("r"), record.get("c"))));
			})
			.all()
			.forEach(row -> rows.computeIfAbsent(row.capabilityId(), id -> new ArrayList<>()).add(row.edge()));
		return rows;
	}

	private record CapabilityRow(String capabilityId, RequiringJobEdge edge) {
	}

	record RequiringJobEdge(String cursor, Job node, Requirement requirement) {
	}

}
