package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.competencygraph.linking.CapabilityMatcher.Link;
import org.competencygraph.linking.CapabilityMatcher.LinkType;
import org.competencygraph.linking.OccupationCrosswalk.Match;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;

/** Writes what linking found, replacing what the previous run proposed; links an admin confirmed stay. */
final class LinkWrites {

	private static final int BATCH = 5_000;

	private LinkWrites() {
	}

	/**
	 * Replaces the proposed SAME_AS and CLOSE_MATCH links starting at the capabilities linking compares (the
	 * project's own, and O*NET's) by {@code links}.
	 */
	static void capabilityLinks(Session session, List<Link> links) {
		session.executeWriteWithoutResult(tx -> tx.run("""
				MATCH (s:Capability)-[r:SAME_AS|CLOSE_MATCH]->(:Capability)
				WHERE (s.framework IS NULL OR s.framework = 'onet') AND coalesce(r.status, 'proposed') <> 'confirmed'
				DELETE r
				""").consume());
		for (LinkType type : LinkType.values()) {
			List<Map<String, Object>> rows = links.stream()
				.filter(l -> l.type() == type)
				.map(l -> Map.<String, Object>of("from", l.from(), "to", l.to(), "framework", l.framework(), "method",
						l.method(), "score", l.score(), "evidence", l.evidence()))
				.toList();
			for (List<Map<String, Object>> batch : batches(rows)) {
				session.executeWriteWithoutResult(tx -> tx.run("""
						UNWIND $rows AS row
						MATCH (s:Capability {id: row.from})
						MATCH (t:Capability {id: row.to})
						CREATE (s)-[:%s {method: row.method, score: row.score, confidence: row.score,
						                 framework: row.framework, evidence: row.evidence, status: 'proposed'}]->(t)
						""".formatted(type.name()), Map.of("rows", batch)).consume());
			}
		}
	}

	/** Replaces every CLOSEST_OCCUPATION relationship by {@code matches}. */
	static void closestOccupations(Session session, List<Match> matches) {
		// Batched in transactions of its own: an auto-commit query, not a managed transaction.
		session.run("""
				MATCH (:Job)-[r:CLOSEST_OCCUPATION]->()
				CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
				""").consume();
		List<Map<String, Object>> rows = new ArrayList<>(matches.size());
		for (Match m : matches) {
			Map<String, Object> row = new java.util.HashMap<>();
			row.put("jobId", m.jobId());
			row.put("occupationId", m.occupationId());
			row.put("framework", m.framework());
			row.put("rank", m.rank());
			row.put("score", m.score());
			row.put("titleScore", m.titleScore());
			row.put("dutyScore", m.dutyScore() == null ? Values.NULL : m.dutyScore());
			row.put("capabilityScore", m.capabilityScore() == null ? Values.NULL : m.capabilityScore());
			row.put("bridgeScore", m.bridgeScore() == null ? Values.NULL : m.bridgeScore());
			row.put("method", m.method());
			row.put("evidence", m.evidence());
			rows.add(row);
		}
		for (List<Map<String, Object>> batch : batches(rows)) {
			session.executeWriteWithoutResult(tx -> tx.run("""
					UNWIND $rows AS row
					MATCH (j:Job {id: row.jobId})
					MATCH (o:Job {id: row.occupationId})
					CREATE (j)-[:CLOSEST_OCCUPATION {score: row.score, rank: row.rank, method: row.method,
					    framework: row.framework, titleScore: row.titleScore, dutyScore: row.dutyScore,
					    capabilityScore: row.capabilityScore, bridgeScore: row.bridgeScore, evidence: row.evidence}]->(o)
					""", Map.of("rows", batch)).consume());
		}
	}

	private static <T> List<List<T>> batches(List<T> rows) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += BATCH) {
			batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
		return batches;
	}

}
