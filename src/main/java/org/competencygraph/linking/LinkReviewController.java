package org.competencygraph.linking;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.competencygraph.capability.Capability;
import org.competencygraph.database.Sessions;
import org.competencygraph.importer.FrameworkImports;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code reviewConceptLink}: an admin confirms a link between capabilities of two vocabularies (as SAME_AS or
 * CLOSE_MATCH) or rejects it. Confirmed links carry {@code status: 'confirmed'}, rejections are {@code NOT_SAME_AS}
 * relationships; linking keeps both as they are.
 */
@Controller
class LinkReviewController {

	private final Sessions sessions;

	private final FrameworkImports imports;

	LinkReviewController(Sessions sessions, FrameworkImports imports) {
		this.sessions = sessions;
		this.imports = imports;
	}

	enum LinkDecision {

		SAME_AS, CLOSE_MATCH, REJECT

	}

	record ReviewConceptLinkInput(String from, String to, LinkDecision decision) {
	}

	record ReviewConceptLinkPayload(@Nullable Capability capability, List<String> errors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	ReviewConceptLinkPayload reviewConceptLink(@Argument ReviewConceptLinkInput input, Principal caller) {
		try (Session session = this.sessions.open()) {
			List<Record> ends = session.executeRead(tx -> tx.run("""
					UNWIND [$from, $to] AS id
					OPTIONAL MATCH (c:Capability {id: id})
					RETURN id, c IS NOT NULL AS found, coalesce(c.framework, 'none') AS framework,
					       CASE WHEN c IS NULL THEN null ELSE %s END AS capability
					""".formatted(Capability.PROJECTION), Map.of("from", input.from(), "to", input.to())).list());
			String problem = problem(input, ends);
			if (problem != null) {
				return new ReviewConceptLinkPayload(null, List.of(problem));
			}
			this.imports.changing("review of the link " + input.from() + " - " + input.to(), () -> {
				session.executeWriteWithoutResult(tx -> tx.run(review(input.decision()), Map.of("from", input.from(),
						"to", input.to(), "by", caller.getName())).consume());
				return null;
			});
			return new ReviewConceptLinkPayload(Capability.of(ends.getFirst().get("capability")), List.of());
		}
	}

	private static @Nullable String problem(ReviewConceptLinkInput input, List<Record> ends) {
		String[] fields = { "input.from", "input.to" };
		for (int i = 0; i < 2; i++) {
			if (!ends.get(i).get("found").asBoolean()) {
				return fields[i] + ": no capability with id " + ends.get(i).get("id").asString();
			}
		}
		if (input.from().equals(input.to())) {
			return "input.to: a capability is not linked to itself";
		}
		String framework = ends.get(0).get("framework").asString();
		if (framework.equals(ends.get(1).get("framework").asString())) {
			return "input.to: both capabilities are of the same vocabulary (" + framework
					+ "); links join different vocabularies";
		}
		return null;
	}

	/** Removes whatever links the pair (either direction), then records the decision from {@code from}. */
	private static String review(LinkDecision decision) {
		String record = decision == LinkDecision.REJECT
				? "CREATE (a)-[:NOT_SAME_AS {reviewedBy: $by, reviewedAt: datetime()}]->(b)"
				: """
						CREATE (a)-[:%s {method: coalesce(method, 'admin'), score: coalesce(score, 1.0),
						    confidence: coalesce(score, 1.0), evidence: coalesce(evidence, 'confirmed by ' + $by),
						    framework: b.framework, status: 'confirmed', reviewedBy: $by, reviewedAt: datetime()}]->(b)
						""".formatted(decision.name());
		return """
				MATCH (a:Capability {id: $from}), (b:Capability {id: $to})
				OPTIONAL MATCH (a)-[old:SAME_AS|CLOSE_MATCH]-(b)
				WITH a, b, collect(old) AS old
				WITH a, b, old, head([l IN old | l.method]) AS method, head([l IN old | l.score]) AS score,
				     head([l IN old | l.evidence]) AS evidence
				OPTIONAL MATCH (a)-[rejected:NOT_SAME_AS]-(b)
				FOREACH (l IN old | DELETE l)
				DELETE rejected
				WITH DISTINCT a, b, method, score, evidence
				""" + record;
	}

}
