package org.competencygraph.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.competencygraph.api.Paging;
import org.jspecify.annotations.Nullable;

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
	record Page(String capabilityId, int first, @Nullable Cursor after) {
	}

	/** The (title, id) of the last job of the previous page. */
	record Cursor(String title, String id) {

		static @Nullable Cursor parse(@Nullable String after) {
			if (after == null) {
				return null;
			}
			List<String> parts = Paging.parts(after, 2);
			return new Cursor(parts.get(0), parts.get(1));
		}

	}

	/** The requested pages; every page asked for is in the answer, empty for an unknown capability. */
	Map<Page, Paging.Connection<RequiringJobEdge>> find(Collection<Page> pages) {
		Map<Page, Paging.Connection<RequiringJobEdge>> connections = new HashMap<>();
		// Fields of one response level nearly always share first and after; one pair of queries per such group.
		pages.stream()
			.collect(Collectors.groupingBy(page -> new Page("", page.first(), page.after()), LinkedHashMap::new,
					Collectors.mapping(Page::capabilityId, Collectors.toCollection(java.util.LinkedHashSet::new))))
			.forEach((group, ids) -> {
				Map<String, Integer> totals = totals(ids);
				Map<String, List<RequiringJobEdge>> rows = pages(ids, group.first(), group.after());
				ids.forEach(id -> connections.put(new Page(id, group.first(), group.after()),
						Paging.connection(rows.getOrDefault(id, List.of()), group.first(), group.after() != null,
								RequiringJobEdge::cursor, totals.getOrDefault(id, 0))));
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
	private Map<String, List<RequiringJobEdge>> pages(Collection<String> capabilityIds, int first,
			@Nullable Cursor after) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(capabilityIds));
		parameters.put("afterTitle", after == null ? null : after.title());
		parameters.put("afterId", after == null ? null : after.id());
		parameters.put("limit", first + 1);
		Map<String, List<RequiringJobEdge>> rows = new HashMap<>();
		this.client.query("""
				UNWIND $ids AS id
				CALL (id) {
				  MATCH (c:Capability {id: id})<-[r:REQUIRES]-(j:Job)
				  WHERE $afterTitle IS NULL OR j.title > $afterTitle OR (j.title = $afterTitle AND j.id > $afterId)
				  RETURN c, r, j ORDER BY j.title, j.id LIMIT $limit
				}
				RETURN id, r, c, %s AS job
				ORDER BY id, j.title, j.id
				""".formatted(Job.PROJECTION))
			.bindAll(parameters)
			.fetchAs(CapabilityRow.class)
			.mappedBy((types, record) -> {
				Job job = Job.of(record.get("job"));
				return new CapabilityRow(record.get("id").asString(), new RequiringJobEdge(
						Paging.cursor(job.title(), job.id()), job,
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
