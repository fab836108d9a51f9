package org.competencygraph.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.background.BackgroundJobs;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Read queries about imported frameworks and the links between them and the seed graph. */
@Repository
public class Frameworks {

	private final Neo4jClient client;

	private final BackgroundJobs jobs;

	Frameworks(Neo4jClient client, BackgroundJobs jobs) {
		this.client = client;
		this.jobs = jobs;
	}

	/**
	 * An imported framework and what it holds.
	 *
	 * @param status whether its last import completed; its data is partial while not (an import still running too)
	 * @param statusReason why it is incomplete (an import running, or interrupted and how to complete it); null when
	 * complete
	 */
	public record FrameworkSummary(String id, String name, @Nullable String release, @Nullable String attribution,
			long occupations, long capabilities, long requirements, ImportStatus status, @Nullable String statusReason,
			@Nullable String importStartedAt, @Nullable String importCompletedAt) {
	}

	/** Whether a framework's data is what a completed import wrote. */
	public enum ImportStatus {

		COMPLETE, INCOMPLETE

	}

	/**
	 * The origin of an imported node.
	 *
	 * @param importStatus whether its framework's last import completed; the node's relations may be missing while not
	 * @param importStatusReason why it is incomplete and how to complete it; null when complete
	 */
	public record FrameworkSource(String framework, String sourceId, @Nullable String release, @Nullable String url,
			ImportStatus importStatus, @Nullable String importStatusReason) {
	}

	/** Whether a framework's last import completed, and why not. */
	private record Status(ImportStatus status, @Nullable String reason) {
	}

	/** A standard occupation close to a job ({@code CLOSEST_OCCUPATION}). */
	public record OccupationMatch(Job occupation, String framework, double score, int rank, String method,
			@Nullable Double titleScore, @Nullable Double dutyScore, @Nullable Double capabilityScore,
			@Nullable Double bridgeScore, List<String> evidence) {
	}

	/** A capability that is the same concept as another ({@code SAME_AS}, either direction). */
	public record CapabilityLink(Capability capability, @Nullable String framework, String method, double confidence) {
	}

	/**
	 * Every framework with data or an import record in the graph. Its occupations are counted by their framework
	 * property, not through the organization, so that an interrupted first load (occupations written, their
	 * organization links not yet) shows what is there.
	 */
	public List<FrameworkSummary> summaries() {
		return List.copyOf(this.client.query("""
				CALL () {
				  MATCH (o:Organization) WHERE o.framework IS NOT NULL AND o.id = o.framework RETURN o.id AS id
				  UNION
				  MATCH (i:FrameworkImport) RETURN i.framework AS id
				}
				OPTIONAL MATCH (o:Organization {id: id}) WHERE o.framework = id
				WITH id, o, head(COLLECT { MATCH (i:FrameworkImport {framework: id}) RETURN i ORDER BY i.startedAt DESC })
				     AS i
				CALL (id) {
				  MATCH (j:Job) WHERE j.framework = id
				  RETURN count(j) AS occupations, count(CASE WHEN NOT EXISTS { (j)-[:IN_ORGANIZATION]->() } THEN 1 END) AS unlinked,
				         sum(COUNT { (j)-[:REQUIRES]->() }) AS requirements
				}
				CALL (id) { MATCH (c:Capability) WHERE c.framework = id RETURN count(c) AS capabilities }
				RETURN id, o.name AS name, coalesce(i.release, o.release) AS release, o.attribution AS attribution,
				       occupations, unlinked, capabilities, requirements, i IS NOT NULL AS recorded,
				       toString(i.startedAt) AS startedAt, toString(i.completedAt) AS completedAt
				ORDER BY id
				""")
			.fetchAs(FrameworkSummary.class)
			.mappedBy((types, r) -> summary(r))
			.all());
	}

	private FrameworkSummary summary(org.neo4j.driver.Record r) {
		Framework framework = Framework.of(r.get("id").asString());
		String release = r.get("release").asString(null);
		String started = r.get("startedAt").asString(null);
		String completed = r.get("completedAt").asString(null);
		long occupations = r.get("occupations").asLong();
		long unlinked = r.get("unlinked").asLong();
		String reason = null;
		if (r.get("recorded").asBoolean() ? completed == null : unlinked > 0 || occupations == 0) {
			// Without a record (data from before imports were recorded) the data itself shows an interrupted import.
			reason = incomplete(framework, release, started,
					unlinked + " of " + occupations + " occupations without their organization");
		}
		return new FrameworkSummary(framework.id(), r.get("name").asString(framework.displayName()), release,
				r.get("attribution").asString(null), occupations, r.get("capabilities").asLong(),
				r.get("requirements").asLong(), reason == null ? ImportStatus.COMPLETE : ImportStatus.INCOMPLETE, reason,
				started, completed);
	}

	/**
	 * Why {@code framework}'s data is incomplete: an import of it running now in this server, or an interrupted one
	 * and how to complete it ({@code evidence} when no import was recorded). The import record alone cannot tell the
	 * two apart: a running import has not completed either.
	 */
	private String incomplete(Framework framework, @Nullable String release, @Nullable String started,
			String evidence) {
		String what = framework.displayName() + (release == null ? "" : " " + release);
		var running = this.jobs.running("import-" + framework.id());
		if (running.isPresent()) {
			return "import of " + what + " running as background job " + running.get().id()
					+ ": the data is complete when it finishes";
		}
		String again = "run import-" + framework.id() + " (or the import" + (framework == Framework.ONET ? "Onet" : "Esco")
				+ " mutation) again to complete it";
		return started != null ? "interrupted import of " + what + " started at " + started + ": " + again
				: "interrupted import of " + what + " (" + evidence + "): " + again;
	}

	/**
	 * The import status of each of the given frameworks: one query for all, so that the status on the
	 * frameworkSource of a page of jobs costs no more than the page. Unlike {@link #summaries()} it counts nothing:
	 * without an import record it only asks whether any occupation lacks its organization.
	 */
	private Map<String, Status> statuses(Collection<String> frameworks) {
		Map<String, Status> statuses = new HashMap<>();
		if (frameworks.isEmpty()) {
			return statuses;
		}
		this.client.query("""
				UNWIND $frameworks AS id
				WITH id, head(COLLECT { MATCH (i:FrameworkImport {framework: id}) RETURN i ORDER BY i.startedAt DESC })
				     AS i
				OPTIONAL MATCH (o:Organization {id: id}) WHERE o.framework = id
				RETURN id, i IS NOT NULL AS recorded, coalesce(i.release, o.release) AS release,
				       toString(i.startedAt) AS startedAt, i.completedAt IS NOT NULL AS completed,
				       CASE WHEN i IS NULL THEN EXISTS {
				         MATCH (j:Job) WHERE j.framework = id AND NOT EXISTS { (j)-[:IN_ORGANIZATION]->() }
				       } ELSE false END AS unlinked
				""")
			.bind(List.copyOf(frameworks)).to("frameworks")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, r) -> {
				Framework framework = Framework.of(r.get("id").asString());
				boolean partial = r.get("recorded").asBoolean() ? !r.get("completed").asBoolean()
						: r.get("unlinked").asBoolean();
				Status status = partial ? new Status(ImportStatus.INCOMPLETE, incomplete(framework,
						r.get("release").asString(null), r.get("startedAt").asString(null),
						"occupations without their organization"))
						: new Status(ImportStatus.COMPLETE, null);
				return Map.entry(framework.id(), status);
			})
			.all()
			.forEach(entry -> statuses.put((String) entry.getKey(), (Status) entry.getValue()));
		return statuses;
	}

	/** The closest occupations of each job, by framework then rank. */
	Map<String, List<OccupationMatch>> closestOccupations(Collection<String> jobIds) {
		Map<String, List<OccupationMatch>> matches = new LinkedHashMap<>();
		jobIds.forEach(id -> matches.put(id, new ArrayList<>()));
		this.client.query("""
				UNWIND $ids AS id
				MATCH (:Job {id: id})-[m:CLOSEST_OCCUPATION]->(j:Job)
				RETURN id, m, %s AS job
				ORDER BY id, m.framework, m.rank
				""".formatted(Job.PROJECTION))
			.bind(List.copyOf(jobIds)).to("ids")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, r) -> {
				Value m = r.get("m");
				return Map.entry(r.get("id").asString(), new OccupationMatch(Job.of(r.get("job")),
						m.get("framework").asString(), m.get("score").asDouble(), m.get("rank").asInt(),
						m.get("method").asString(), nullable(m.get("titleScore")), nullable(m.get("dutyScore")),
						nullable(m.get("capabilityScore")), nullable(m.get("bridgeScore")), m.get("evidence").asList(Value::asString, List.of())));
			})
			.all()
			.forEach(entry -> matches.get((String) entry.getKey()).add((OccupationMatch) entry.getValue()));
		return matches;
	}

	private static @Nullable Double nullable(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

	/** The SAME_AS links of each capability, most confident first. */
	Map<String, List<CapabilityLink>> sameAs(Collection<String> capabilityIds) {
		Map<String, List<CapabilityLink>> links = new HashMap<>();
		this.client.query("""
				UNWIND $ids AS id
				MATCH (:Capability {id: id})-[l:SAME_AS]-(c:Capability)
				RETURN id, l.method AS method, l.confidence AS confidence, %s AS c
				ORDER BY id, confidence DESC, c.framework, c.name
				""".formatted(Capability.PROJECTION))
			.bind(List.copyOf(capabilityIds)).to("ids")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, r) -> Map.entry(r.get("id").asString(), new CapabilityLink(Capability.of(r.get("c")),
					r.get("c").get("framework").asString(null), r.get("method").asString(),
					r.get("confidence").asDouble())))
			.all()
			.forEach(entry -> links.computeIfAbsent((String) entry.getKey(), k -> new ArrayList<>())
				.add((CapabilityLink) entry.getValue()));
		return links;
	}

	/**
	 * The framework origin of each of the given jobs ({@code Job}) or capabilities ({@code Capability}), with the
	 * import status of its framework: two queries however many nodes.
	 */
	Map<String, FrameworkSource> sources(String label, Collection<String> ids) {
		if (!label.equals("Job") && !label.equals("Capability")) {
			throw new IllegalArgumentException(label);
		}
		record Origin(String id, String framework, String sourceId, @Nullable String release, @Nullable String url) {
		}
		Collection<Origin> origins = this.client.query("""
				UNWIND $ids AS id
				MATCH (n:%s {id: id}) WHERE n.framework IS NOT NULL AND n.sourceId IS NOT NULL
				RETURN id, n.framework AS framework, n.sourceId AS sourceId, n.release AS release,
				       coalesce(n.sourceUrl, CASE WHEN n.sourceId STARTS WITH 'http' THEN n.sourceId END) AS url
				""".formatted(label))
			.bind(List.copyOf(ids)).to("ids")
			.fetchAs(Origin.class)
			.mappedBy((types, r) -> new Origin(r.get("id").asString(), r.get("framework").asString(),
					r.get("sourceId").asString(), r.get("release").asString(null), r.get("url").asString(null)))
			.all();
		Map<String, Status> statuses = statuses(origins.stream().map(Origin::framework).distinct().toList());
		Map<String, FrameworkSource> sources = new HashMap<>();
		for (Origin origin : origins) {
			Status status = statuses.getOrDefault(origin.framework(), new Status(ImportStatus.COMPLETE, null));
			sources.put(origin.id(), new FrameworkSource(origin.framework(), origin.sourceId(), origin.release(),
					origin.url(), status.status(), status.reason()));
		}
		return sources;
	}

}
