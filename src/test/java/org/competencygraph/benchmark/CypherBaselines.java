package org.competencygraph.benchmark;

import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.SimilarityWeights;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

/**
 * The same questions answered the straightforward way, by one Cypher query each against Neo4j, with the
 * same weights and formulas as the application (docs/analysis.md): what the application would do without its
 * in-memory index. skillGap and jobsMatching follow SAME_AS one step and BROADER one step as the index does;
 * similarJobs compares capabilities by identity (SAME_AS concepts would need a transitive closure in Cypher), which
 * gives the same scores wherever no SAME_AS links are involved, as for ESCO occupations. Beside them, the plain read
 * of a job with its requirements as a GraphQL-to-Cypher layer sends it ({@link #PLAIN_READ}).
 */
final class CypherBaselines {

	/** Priority weight x importance, as Scoring.weight. */
	static final String WEIGHT = "(CASE %1$s.priority WHEN 'essential' THEN 1.0 ELSE 0.5 END * coalesce(%1$s.importance, 1.0))";

	/** Weight x level factor, as Scoring.vectorValue. */
	static final String VALUE = "(" + WEIGHT + " * CASE WHEN %1$s.level IS NULL THEN 1.0 ELSE 0.5 + %1$s.level / 7.0 END)";

	static final String SIMILAR_JOBS = """
			MATCH (t:Job {id: $to})-[rt:REQUIRES]->(:Capability)
			WITH t, sqrt(sum(%1$s ^ 2)) AS tn
			MATCH (j:Job)-[rj:REQUIRES]->(c:Capability)
			WHERE j <> t
			OPTIONAL MATCH (t)-[rt:REQUIRES]->(c)
			WITH j, tn, sqrt(sum(%2$s ^ 2)) AS jn, sum(CASE WHEN rt IS NULL THEN 0.0 ELSE %1$s * %2$s END) AS dot
			WHERE dot > 0
			RETURN j.id AS id, dot / (tn * jn) AS score
			ORDER BY score DESC, id
			LIMIT $first
			""".formatted(VALUE.formatted("rt"), VALUE.formatted("rj"));

	/** The source domain of capability %1$s, as SimilarityWeights.domainOf. */
	static final String DOMAIN = """
			(CASE WHEN coalesce(%1$s.framework, '') = 'onet' AND coalesce(%1$s.technology, false) THEN 'onet/technology'
			      WHEN coalesce(%1$s.framework, '') = 'onet' AND %1$s.kind = 'Qualification' THEN 'onet/education'
			      WHEN coalesce(%1$s.framework, '') = 'onet' AND %1$s.onetDomain IS NOT NULL
			        THEN 'onet/' + replace(toLower(trim(%1$s.onetDomain)), ' ', '-')
			      ELSE CASE coalesce(%1$s.framework, '') WHEN '' THEN 'own' ELSE %1$s.framework END + '/'
			        + CASE %1$s.kind WHEN 'KnowledgeArea' THEN 'knowledge-area' ELSE toLower(%1$s.kind) END END)""";

	/**
	 * BLENDED, the straightforward way: per job and source domain the norm of its values, the domain-normalised
	 * dot product over shared capabilities (sum over domains of w^2 x raw dot / (|t_d| x |j_d|)), and the text parts
	 * with Neo4j's vector.similarity.cosine (which answers (1 + cosine) / 2, so it is mapped back); every job scores,
	 * weighted over the parts both jobs have. Capabilities by identity as in SIMILAR_JOBS (no SAME_AS, CLOSE_MATCH).
	 */
	static final String SIMILAR_JOBS_BLENDED = """
			MATCH (t:Job {id: $to})
			OPTIONAL MATCH (t)-[rt:REQUIRES]->(ct:Capability)
			WITH t, %3$s AS d, sum(%1$s ^ 2) AS squares
			WITH t, collect(CASE WHEN d IS NULL THEN null ELSE [d, sqrt(squares)] END) AS targetDomains
			WITH t, targetDomains,
			     sqrt(reduce(s = 0.0, x IN targetDomains | s + coalesce($domains[x[0]], $domains.default) ^ 2)) AS tn
			MATCH (j:Job) WHERE j <> t
			OPTIONAL MATCH (j)-[rj:REQUIRES]->(c:Capability)
			OPTIONAL MATCH (t)-[rt:REQUIRES]->(c)
			WITH t, targetDomains, tn, j, %4$s AS d, sqrt(sum(%2$s ^ 2)) AS jdn,
			     sum(CASE WHEN rt IS NULL THEN 0.0 ELSE %1$s * %2$s END) AS raw
			WITH t, tn, j, d, jdn, raw, coalesce($domains[d], $domains.default) AS w,
			     [x IN targetDomains WHERE x[0] = d | x[1]] AS tdn
			WITH t, tn, j,
			     sqrt(sum(CASE WHEN d IS NOT NULL AND jdn > 0 THEN w ^ 2 ELSE 0.0 END)) AS jn,
			     sum(CASE WHEN raw > 0 AND size(tdn) > 0 THEN w ^ 2 * raw / (jdn * tdn[0]) ELSE 0.0 END) AS dot
			WITH j, [[$profile, CASE WHEN tn > 0 AND jn > 0 THEN dot / (tn * jn) END],
			         [$duties, 2 * vector.similarity.cosine(t.dutyEmbedding, j.dutyEmbedding) - 1],
			         [$title, 2 * vector.similarity.cosine(t.titleEmbedding, j.titleEmbedding) - 1]] AS parts
			WITH j, [p IN parts WHERE p[1] IS NOT NULL |
			         [p[0], CASE WHEN p[1] < 0 THEN 0.0 WHEN p[1] > 1 THEN 1.0 ELSE p[1] END]] AS used
			WHERE size(used) > 0
			WITH j, reduce(s = 0.0, p IN used | s + p[0] * p[1]) / reduce(s = 0.0, p IN used | s + p[0]) AS score
			WHERE score > 0
			RETURN j.id AS id, score
			ORDER BY score DESC, id
			LIMIT $first
			""".formatted(VALUE.formatted("rt"), VALUE.formatted("rj"), DOMAIN.formatted("ct"), DOMAIN.formatted("c"));

	/** Level share of a held level p.level against r.level, as Scoring.levelShare. */
	static final String SHARE = "(CASE WHEN r.level IS NULL OR r.level <= 0 OR p.level IS NULL THEN 1.0 "
			+ "WHEN p.level >= r.level THEN 1.0 ELSE p.level / r.level END)";

	static final String JOBS_MATCHING = """
			UNWIND $profile AS p
			MATCH (h:Capability {id: p.capability})
			CALL (h) {
			    MATCH (h)-[:SAME_AS*0..1]-(c:Capability)<-[r:REQUIRES]-(j:Job)
			    RETURN j, r, 1.0 AS matchCredit
			  UNION
			    MATCH (h)-[:BROADER]->(c:Capability)<-[r:REQUIRES]-(j:Job)
			    RETURN j, r, 0.5 AS matchCredit
			}
			WITH j, r, max(matchCredit * %1$s) AS credit
			WHERE credit > 0
			WITH j, sum(CASE WHEN r.priority = 'essential' THEN %2$s * credit ELSE 0.0 END) AS essentialCredit,
			     sum(CASE WHEN r.priority = 'essential' THEN 0.0 ELSE %2$s * credit END) AS desirableCredit
			MATCH (j)-[all:REQUIRES]->(:Capability)
			WITH j, essentialCredit, desirableCredit,
			     sum(CASE WHEN all.priority = 'essential' THEN %3$s ELSE 0.0 END) AS essentialWeight,
			     sum(CASE WHEN all.priority = 'essential' THEN 0.0 ELSE %3$s END) AS desirableWeight
			WITH j, CASE WHEN essentialWeight > 0 THEN essentialCredit / essentialWeight
			             WHEN desirableWeight > 0 THEN desirableCredit / desirableWeight ELSE 1.0 END AS readiness
			RETURN j.id AS id, readiness
			ORDER BY readiness DESC, id
			LIMIT $first
			""".formatted(SHARE, WEIGHT.formatted("r"), WEIGHT.formatted("all"));

	static final String SKILL_GAP = """
			MATCH (t:Job {id: $to})-[r:REQUIRES]->(c:Capability)
			OPTIONAL MATCH (c)-[:SAME_AS*0..1]-(same:Capability) WHERE same.id IN $ids
			OPTIONAL MATCH (narrow:Capability)-[:BROADER]->(c) WHERE narrow.id IN $ids
			WITH t, r, c, collect(DISTINCT same.id) AS direct, collect(DISTINCT narrow.id) AS narrower
			WITH t, r, c, reduce(best = 0.0, p IN $profile |
			    CASE WHEN p.capability IN direct AND %1$s > best THEN %1$s
			         WHEN p.capability IN narrower AND 0.5 * %1$s > best THEN 0.5 * %1$s
			         ELSE best END) AS credit, size(direct) > 0 AS held
			WITH r, c, credit, held, %2$s AS weight
			WITH r, c, credit, weight,
			     CASE WHEN credit = 0 THEN 'MISSING' WHEN NOT held THEN 'PARTLY_MET'
			          WHEN credit < 1 THEN 'BELOW_LEVEL' ELSE 'MET' END AS status
			ORDER BY CASE r.priority WHEN 'essential' THEN 0 ELSE 1 END, weight * (1 - credit) DESC, c.name
			WITH collect({capability: c.id, name: c.name, status: status, priority: r.priority, requiredLevel: r.level,
			              weight: weight, credit: credit}) AS rows,
			     sum(CASE WHEN r.priority = 'essential' THEN weight * credit ELSE 0.0 END) AS essentialCredit,
			     sum(CASE WHEN r.priority = 'essential' THEN weight ELSE 0.0 END) AS essentialWeight
			RETURN rows, CASE WHEN essentialWeight > 0 THEN essentialCredit / essentialWeight ELSE 1.0 END AS readiness
			""".formatted(SHARE, WEIGHT.formatted("r"));

	/**
	 * The plain read {@code job(id) { title requirements { capability { name } priority level } }} as a
	 * GraphQL-to-Cypher layer sends it: one query in the shape and with the names @neo4j/graphql 7 generates
	 * ({@code this}, {@code this0}, {@code var2}, {@code $param0}), projecting only the selected properties.
	 */
	static final String PLAIN_READ = """
			MATCH (this:Job)
			WHERE this.id = $param0
			CALL (this) {
			    MATCH (this)-[this0:REQUIRES]->(this1:Capability)
			    WITH DISTINCT this1, this0
			    WITH this1 { .name } AS this1, this0
			    RETURN collect({ capability: this1, priority: this0.priority, level: this0.level }) AS var2
			}
			RETURN this { .title, requirements: var2 } AS this
			""";

	private final Driver driver;

	CypherBaselines(Driver driver) {
		this.driver = driver;
	}

	List<Record> similarJobs(String to, int first) {
		return this.driver.executableQuery(SIMILAR_JOBS).withParameters(Map.of("to", to, "first", first)).execute()
			.records();
	}

	List<Record> similarJobsBlended(String to, int first, SimilarityWeights weights) {
		return this.driver.executableQuery(SIMILAR_JOBS_BLENDED)
			.withParameters(Map.of("to", to, "first", first, "domains", weights.domains(), "profile",
					weights.blend().profile(), "duties", weights.blend().duties(), "title", weights.blend().title()))
			.execute()
			.records();
	}

	List<Record> jobsMatching(List<ProfileCapability> profile, int first) {
		return this.driver.executableQuery(JOBS_MATCHING)
			.withParameters(Map.of("profile", parameters(profile), "first", first))
			.execute()
			.records();
	}

	double skillGap(List<ProfileCapability> profile, String to) {
		return this.driver.executableQuery(SKILL_GAP)
			.withParameters(Map.of("profile", parameters(profile), "to", to, "ids",
					profile.stream().map(ProfileCapability::capability).toList()))
			.execute()
			.records()
			.getFirst()
			.get("readiness")
			.asDouble();
	}

	/** The job's map as the layer returns it: title and requirements. */
	Map<String, Object> plainRead(String id) {
		return this.driver.executableQuery(PLAIN_READ)
			.withParameters(Map.of("param0", id))
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute()
			.records()
			.getFirst()
			.get("this")
			.asMap();
	}

	static List<Map<String, Object>> parameters(List<ProfileCapability> profile) {
		return profile.stream().map(p -> {
			Map<String, Object> entry = new java.util.HashMap<>();
			entry.put("capability", p.capability());
			entry.put("level", p.level());
			return entry;
		}).toList();
	}

}
