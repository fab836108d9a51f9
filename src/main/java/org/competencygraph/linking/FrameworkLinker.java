package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.competencygraph.background.JobProgress;
import org.competencygraph.database.Sessions;
import org.competencygraph.importer.FrameworkImports;
import org.competencygraph.linking.CapabilityMatcher.Concept;
import org.competencygraph.linking.CapabilityMatcher.Link;
import org.competencygraph.linking.LinkReport.FrameworkLinks;
import org.competencygraph.linking.LinkReport.MethodCount;
import org.competencygraph.linking.OccupationMatcher.Match;
import org.competencygraph.linking.OccupationMatcher.Occupation;
import org.competencygraph.linking.OccupationMatcher.SeedJob;
import org.competencygraph.linking.OccupationMatcher.SeedRequirement;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Links the seed graph to the imported frameworks. Each run replaces the {@code SAME_AS} relationships of
 * capabilities without a framework and the {@code CLOSEST_OCCUPATION} relationships of jobs without a framework,
 * so it can run again after every import; the same graph gives the same links.
 */
@Service
public class FrameworkLinker {

	private static final Logger logger = LoggerFactory.getLogger(FrameworkLinker.class);

	private final Sessions sessions;

	private final FrameworkImports imports;

	private final LinkingRules rules = LinkingRules.load();

	public FrameworkLinker(Sessions sessions, FrameworkImports imports) {
		this.sessions = sessions;
		this.imports = imports;
	}

	public LinkReport link(int occupationsPerFramework) {
		return link(occupationsPerFramework, JobProgress.NONE);
	}

	/** Links the seed graph to every imported framework, telling {@code progress} which step it is in. */
	public LinkReport link(int occupationsPerFramework, JobProgress progress) {
		if (occupationsPerFramework < 1 || occupationsPerFramework > 20) {
			throw new IllegalArgumentException("occupationsPerFramework must be from 1 to 20, was "
					+ occupationsPerFramework);
		}
		long started = System.nanoTime();
		try (Session session = this.sessions.open()) {
			List<String> frameworks = session.executeRead(tx -> tx.run("""
					MATCH (o:Organization) WHERE o.framework IS NOT NULL AND o.id = o.framework
					RETURN o.framework AS framework ORDER BY framework
					""").list(r -> r.get("framework").asString()));
			progress.stage("matching seed capabilities to framework concepts", 0);
			List<Concept> seed = concepts(session, false);
			List<Link> sameAs = new CapabilityMatcher(this.rules.sameAs()).match(seed, concepts(session, true));
			// SAME_AS links change which capabilities the analysis counts as one.
			this.imports.changing("linking of the frameworks", () -> {
				writeSameAs(session, sameAs);
				return null;
			});
			List<SeedJob> jobs = seedJobs(session);
			OccupationMatcher matcher = new OccupationMatcher(this.rules.closestOccupation(),
					new TermVectors(this.rules.text()));
			Map<String, List<Match>> matches = new LinkedHashMap<>();
			progress.stage("ranking the closest occupations of " + jobs.size() + " jobs in each framework",
					frameworks.size());
			for (String framework : frameworks) {
				matches.put(framework, matcher.rank(jobs.stream().map(job -> inFramework(job, framework)).toList(),
						occupations(session, framework, jobs), occupationsPerFramework));
				progress.advance(1);
			}
			writeClosest(session, matches);
			List<FrameworkLinks> links = frameworks.stream()
				.map(framework -> summary(framework, seed, sameAs, matches.get(framework)))
				.toList();
			LinkReport report = new LinkReport(seed.size(), jobs.size(), links,
					Math.round((System.nanoTime() - started) / 1e8) / 10.0);
			logger.info("Linking finished in {} s: {} SAME_AS and {} CLOSEST_OCCUPATION relationships written",
					report.seconds(), sameAs.size(), matches.values().stream().mapToInt(List::size).sum());
			return report;
		}
	}

	private static List<Concept> concepts(Session session, boolean standard) {
		return session.executeRead(tx -> tx.run("""
				MATCH (c:Capability) WHERE (c.framework IS NOT NULL) = $standard
				RETURN c.id AS id, c.kind AS kind, c.name AS name, coalesce(c.aliases, []) AS aliases,
				       coalesce(c.externalIds, []) AS externalIds, c.framework AS framework
				ORDER BY id
				""", Map.of("standard", standard)).list(r -> new Concept(r.get("id").asString(), r.get("kind").asString(),
				r.get("name").asString(), r.get("aliases").asList(Value::asString),
				r.get("externalIds").asList(Value::asString), r.get("framework").asString(null))));
	}

	private static void writeSameAs(Session session, List<Link> links) {
		List<Map<String, Object>> rows = links.stream()
			.map(l -> Map.<String, Object>of("from", l.from(), "to", l.to(), "framework", l.framework(), "method",
					l.method(), "confidence", l.confidence()))
			.toList();
		session.executeWriteWithoutResult(tx -> {
			tx.run("""
					MATCH (s:Capability)-[r:SAME_AS]->(:Capability)
					WHERE s.framework IS NULL
					DELETE r
					""").consume();
			tx.run("""
					UNWIND $rows AS row
					MATCH (s:Capability {id: row.from})
					MATCH (t:Capability {id: row.to})
					CREATE (s)-[:SAME_AS {method: row.method, confidence: row.confidence, framework: row.framework}]->(t)
					""", Map.of("rows", rows)).consume();
		});
	}

	private static List<SeedJob> seedJobs(Session session) {
		return session.executeRead(tx -> tx.run("""
				MATCH (j:Job) WHERE j.framework IS NULL
				RETURN j.id AS id, j.title AS title, coalesce(j.aliases, []) AS aliases, j.summary AS summary,
				       head([(j)-[:IN_FAMILY]->(f:JobFamily) | f.name]) AS family,
				       [(j)-[r:REQUIRES]->(c:Capability) | {name: c.name, aliases: coalesce(c.aliases, []),
				            priority: r.priority, importance: r.importance,
				            sameAs: [(c)-[l:SAME_AS]->(t:Capability) | {id: t.id, framework: t.framework,
				                     confidence: l.confidence}]}] AS requirements
				ORDER BY id
				""").list(FrameworkLinker::seedJob));
	}

	/** Seed job rows keep all SAME_AS targets; this keeps the ones in {@code framework}, as id to confidence. */
	private static SeedJob seedJob(Record r) {
		List<SeedRequirement> requirements = r.get("requirements").asList(v -> new SeedRequirement(
				v.get("name").asString(), v.get("aliases").asList(Value::asString),
				"essential".equals(v.get("priority").asString(null)),
				v.get("importance").isNull() ? null : v.get("importance").asDouble(),
				v.get("sameAs").asList(t -> t).stream().collect(Collectors.toMap(
						t -> t.get("framework").asString() + "\t" + t.get("id").asString(),
						t -> t.get("confidence").asDouble(), Math::max, TreeMap::new))));
		requirements = new ArrayList<>(requirements);
		requirements.sort(java.util.Comparator.comparing(SeedRequirement::name));
		return new SeedJob(r.get("id").asString(), r.get("title").asString(), r.get("aliases").asList(Value::asString),
				r.get("family").asString(null), r.get("summary").asString(null), requirements);
	}

	private static SeedJob inFramework(SeedJob job, String framework) {
		String prefix = framework + "\t";
		List<SeedRequirement> requirements = job.requirements().stream()
			.map(requirement -> new SeedRequirement(requirement.name(), requirement.aliases(), requirement.essential(),
					requirement.importance(), requirement.sameAs().entrySet().stream()
						.filter(e -> e.getKey().startsWith(prefix))
						.collect(Collectors.toMap(e -> e.getKey().substring(prefix.length()), Map.Entry::getValue,
								Math::max, TreeMap::new))))
			.toList();
		return new SeedJob(job.id(), job.title(), job.aliases(), job.family(), job.summary(), requirements);
	}

	private static List<Occupation> occupations(Session session, String framework, List<SeedJob> jobs) {
		Set<String> targets = new TreeSet<>();
		String prefix = framework + "\t";
		jobs.forEach(job -> job.requirements().forEach(requirement -> requirement.sameAs().keySet().stream()
			.filter(key -> key.startsWith(prefix))
			.forEach(key -> targets.add(key.substring(prefix.length())))));
		Map<String, Map<String, Double>> importances = new HashMap<>();
		session.executeRead(tx -> tx.run("""
				UNWIND $targets AS target
				MATCH (o:Occupation)-[r:REQUIRES]->(:Capability {id: target})
				WHERE o.framework = $framework
				RETURN o.id AS occupation, target,
				       coalesce(r.importance, CASE r.priority WHEN 'essential' THEN 1.0 ELSE 0.5 END) AS importance
				""", Map.of("targets", List.copyOf(targets), "framework", framework)).list())
			.forEach(r -> importances.computeIfAbsent(r.get("occupation").asString(), k -> new HashMap<>())
				.put(r.get("target").asString(), r.get("importance").asDouble()));
		return session.executeRead(tx -> tx.run("""
				MATCH (o:Occupation:Job {framework: $framework})
				RETURN o.id AS id, o.title AS title, coalesce(o.aliases, []) AS aliases, o.summary AS summary,
				       [(o)-[r:REQUIRES]->(c:Capability) WHERE r.priority = 'essential' | c.name] AS essentials
				ORDER BY id
				""", Map.of("framework", framework)).list(r -> new Occupation(r.get("id").asString(),
				r.get("title").asString(), r.get("aliases").asList(Value::asString), r.get("summary").asString(null),
				r.get("essentials").asList(Value::asString).stream().sorted().toList(),
				importances.getOrDefault(r.get("id").asString(), Map.of()))));
	}

	private static void writeClosest(Session session, Map<String, List<Match>> matches) {
		List<Map<String, Object>> rows = new ArrayList<>();
		matches.forEach((framework, list) -> list.forEach(m -> rows.add(Map.of("jobId", m.jobId(), "occupationId",
				m.occupationId(), "score", m.score(), "method", m.method(), "rank", m.rank(), "framework",
				framework))));
		session.executeWriteWithoutResult(tx -> {
			tx.run("""
					MATCH (j:Job)-[r:CLOSEST_OCCUPATION]->()
					WHERE j.framework IS NULL
					DELETE r
					""").consume();
			tx.run("""
					UNWIND $rows AS row
					MATCH (j:Job {id: row.jobId})
					MATCH (o:Job {id: row.occupationId})
					CREATE (j)-[:CLOSEST_OCCUPATION {score: row.score, method: row.method, rank: row.rank,
					                                 framework: row.framework}]->(o)
					""", Map.of("rows", rows)).consume();
		});
	}

	private static FrameworkLinks summary(String framework, List<Concept> seed, List<Link> sameAs,
			List<Match> matches) {
		List<Link> links = sameAs.stream().filter(l -> l.framework().equals(framework)).toList();
		Map<String, Integer> byMethod = new TreeMap<>();
		links.forEach(l -> byMethod.merge(l.method(), 1, Integer::sum));
		Set<String> linkedIds = links.stream().map(Link::to).collect(Collectors.toSet());
		Set<String> unmatched = new TreeSet<>();
		seed.forEach(c -> c.externalIds().stream()
			.filter(id -> id.startsWith(framework + ":"))
			.filter(id -> links.stream().noneMatch(l -> l.from().equals(c.id()) && l.method().equals("external-id")))
			.forEach(unmatched::add));
		unmatched.removeIf(id -> linkedIds.contains(id));
		return new FrameworkLinks(framework,
				byMethod.entrySet().stream().map(e -> new MethodCount(e.getKey(), e.getValue())).toList(),
				(int) links.stream().map(Link::from).distinct().count(), List.copyOf(unmatched), matches.size(),
				(int) matches.stream().map(Match::jobId).distinct().count());
	}

}
