package org.competencygraph.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.api.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The admin's {@code auditTrail} query: entries newest first, paged by (at, id) from the newest. */
@Controller
class AuditController {

	private final Neo4jClient client;

	AuditController(Neo4jClient client) {
		this.client = client;
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	Paging.Connection<Edge> auditTrail(@Argument @Nullable AuditFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		Paging.Page page = Paging.Page.of(first == null ? 50 : first, after);
		Map<String, Object> parameters = new HashMap<>(page.parameters());
		parameters.put("target", filter == null ? null : filter.target());
		parameters.put("actor", filter == null ? null : filter.actor());
		// Keyset from the newest: the cursor holds the last entry's (at, id); ISO instants of one length sort as text.
		String where = """
				WHERE ($target IS NULL OR a.targetId = $target) AND ($actor IS NULL OR a.actor = $actor)
				""";
		List<AuditEntry> rows = this.client.query("MATCH (a:AuditEntry) " + where + """
				  AND ($afterTitle IS NULL OR a.at < $afterTitle OR (a.at = $afterTitle AND a.id < $afterId))
				RETURN a.id AS id, a.at AS at, a.actor AS actor, a.action AS action, a.targetType AS targetType,
				       a.targetId AS targetId, a.fields AS fields
				ORDER BY a.at DESC, a.id DESC
				LIMIT $limit
				""")
			.bindAll(parameters)
			.fetchAs(AuditEntry.class)
			.mappedBy((types, r) -> new AuditEntry(r.get("id").asString(), r.get("at").asString(),
					r.get("actor").asString(), AuditAction.valueOf(r.get("action").asString()),
					r.get("targetType").asString(), r.get("targetId").isNull() ? null : r.get("targetId").asString(),
					r.get("fields").asList(v -> v.asString())))
			.all()
			.stream()
			.toList();
		long total = this.client.query("MATCH (a:AuditEntry) " + where + " RETURN count(a) AS n")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		return page.connection(rows.stream().map(Edge::new).toList(), Edge::cursor, (int) total);
	}

	record AuditFilter(@Nullable String target, @Nullable String actor) {
	}

	/** An entry with its cursor. */
	record Edge(AuditEntry node, String cursor) {

		Edge(AuditEntry node) {
			this(node, new Paging.Keyset(node.at(), node.id()).cursor());
		}

	}

}
