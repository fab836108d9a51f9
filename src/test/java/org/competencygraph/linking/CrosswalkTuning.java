package org.competencygraph.linking;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.database.DatabaseProperties;
import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.linking.CapabilityMatcher.Concept;
import org.competencygraph.linking.OccupationCrosswalk.Match;
import org.competencygraph.linking.OccupationCrosswalk.Profile;
import org.competencygraph.quality.QualitySets;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.util.unit.DataSize;

/**
 * A quick loop for tuning the occupation crosswalk (frameworks/linking.yaml, {@code crosswalk}) on the project's own
 * development sets: reads a prepared data folder (read only, nothing written), ranks the closest occupations as
 * {@code link-frameworks} does, and prints the figures of QUALITY.md's crosswalk rows (seed roles' first 3 in each
 * framework that are ICT occupations; ESCO to O*NET top-1 and top-3 on quality/crosswalk-sample.yaml; the seed ladders'
 * bottom rungs and steps as the evaluation counts them) with each seed role's first 3 and their evidence. Not a test; run its {@code main} with the test classpath and the data folder.
 */
final class CrosswalkTuning {

	private CrosswalkTuning() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]);
		LinkingRules rules = LinkingRules.load();
		QualitySets.IctRules ict = QualitySets.ictRules();
		JsonNode sample;
		try (InputStream in = CrosswalkTuning.class.getResourceAsStream("/quality/crosswalk-sample.yaml")) {
			sample = YAMLMapper.builder().build().readTree(in);
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new DatabaseProperties(dataDir,
				new DatabaseProperties.Bolt(false, "127.0.0.1", 0, null), DataSize.ofMegabytes(512),
				Duration.ofMinutes(10)));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
				Session session = driver.session()) {
			LinkingGraph graph = new LinkingGraph(session);
			List<Concept> concepts = graph.concepts();
			long read = System.nanoTime();
			List<Profile> profiles = CrosswalkCentring.centred(
					graph.profiles(concepts, rules.crosswalk()), rules.crosswalk().centring());
			System.out.printf("profiles read (with the domain vectors) in %.1f s%n", (System.nanoTime() - read) / 1e9);
			Map<String, String> codes = new HashMap<>();
			session.executeRead(tx -> tx.run("""
					MATCH (j:Job) WHERE j.framework IS NOT NULL
					RETURN j.id AS id, coalesce(j.code, head([(j)-[:IN_FAMILY]->(f:JobFamily) | f.id])) AS code
					""").list()).forEach(r -> codes.put(r.get("id").asString(), r.get("code").asString(null)));
			List<Profile> seeds = profiles.stream().filter(p -> p.framework().equals("none")).toList();
			long started = System.nanoTime();
			List<Match> all = FrameworkLinker.crosswalk(graph, rules, profiles, List.of("esco", "onet"), 3,
					org.competencygraph.background.JobProgress.NONE);
			System.out.printf("ranked in %.1f s%n", (System.nanoTime() - started) / 1e9);
			Map<String, List<Match>> seedOnet = byJob(all.stream().filter(m -> m.framework().equals("onet")
					&& !m.jobId().startsWith("esco:")).toList());
			Map<String, List<Match>> seedEsco = byJob(all.stream().filter(m -> m.framework().equals("esco")
					&& !m.jobId().startsWith("onet:")).toList());
			Map<String, List<Match>> sampleOnet = byJob(all.stream().filter(m -> m.framework().equals("onet")
					&& m.jobId().startsWith("esco:")).toList());
			Map<String, String> titles = new HashMap<>();
			profiles.forEach(p -> titles.put(p.id(), p.title()));
			int onetIct = 0;
			int escoIct = 0;
			for (Profile seed : seeds) {
				System.out.println("- " + seed.title());
				for (Match m : seedOnet.getOrDefault(seed.id(), List.of())) {
					boolean isIct = ict.onetIct(codes.get(m.occupationId()));
					onetIct += isIct ? 1 : 0;
					System.out.printf("    %s %s %.3f t%.2f d%s c%s %s%n", isIct ? "ICT" : "---",
							titles.get(m.occupationId()), m.score(), m.titleScore(), m.dutyScore(), m.capabilityScore(),
							m.evidence());
				}
				for (Match m : seedEsco.getOrDefault(seed.id(), List.of())) {
					String code = codes.get(m.occupationId());
					boolean isIct = code != null && ict.escoIct(code.replace("esco:isco-", ""));
					escoIct += isIct ? 1 : 0;
					System.out.printf("    esco %s %s %.3f%n", isIct ? "ICT" : "---", titles.get(m.occupationId()),
							m.score());
				}
			}
			int top1 = 0;
			int top3 = 0;
			int strict = 0;
			for (JsonNode o : sample.path("occupations")) {
				List<Match> ranked = sampleOnet.getOrDefault(o.path("esco").asString(), List.of());
				Set<String> ok = new HashSet<>();
				String best = "onet:" + o.path("best").asString();
				ok.add(best);
				o.path("acceptable").forEach(a -> ok.add("onet:" + a.asString()));
				if (!ranked.isEmpty() && ok.contains(ranked.get(0).occupationId())) {
					top1++;
				}
				else if (args.length > 1 && !ranked.isEmpty()) {
					System.out.println("top1miss " + titles.get(o.path("esco").asString()) + " -> "
							+ titles.get(ranked.get(0).occupationId()));
				}
				if (!ranked.isEmpty() && best.equals(ranked.get(0).occupationId())) {
					strict++;
				}
				if (ranked.stream().anyMatch(m -> ok.contains(m.occupationId()))) {
					top3++;
				}
				else if (args.length > 1) {
					System.out.println("miss " + titles.get(o.path("esco").asString()) + " -> "
							+ ranked.stream().map(m -> titles.get(m.occupationId())).toList());
				}
			}
			// The seed ladders as RoleFigures#ladders counts them, on the closest O*NET occupation of each rung.
			Map<String, List<String>> up = new HashMap<>();
			Set<String> hasFrom = new HashSet<>();
			Set<String> levelOne = new HashSet<>();
			session.executeRead(tx -> tx.run("""
					MATCH (a:Job)-[:PROGRESSES_TO]->(b:Job) WHERE a.framework IS NULL AND b.framework IS NULL
					RETURN a.id AS a, b.id AS b""").list()).forEach(r -> {
				up.computeIfAbsent(r.get("a").asString(), k -> new ArrayList<>()).add(r.get("b").asString());
				hasFrom.add(r.get("b").asString());
			});
			session.executeRead(tx -> tx.run("""
					MATCH (j:Job) WHERE j.framework IS NULL AND j.responsibilityLevel = 1 RETURN j.id AS id""").list())
				.forEach(r -> levelOne.add(r.get("id").asString()));
			java.util.function.Predicate<String> manager = id -> {
				List<Match> m = seedOnet.getOrDefault(id, List.of());
				return !m.isEmpty() && ict.manager(codes.get(m.get(0).occupationId()));
			};
			int bottom = 0;
			int bottomOk = 0;
			int steps = 0;
			int stepsOk = 0;
			for (Profile seed : seeds) {
				if ((up.containsKey(seed.id()) && !hasFrom.contains(seed.id())) || levelOne.contains(seed.id())) {
					bottom++;
					bottomOk += manager.test(seed.id()) ? 0 : 1;
				}
				for (String next : up.getOrDefault(seed.id(), List.of())) {
					steps++;
					if (manager.test(seed.id()) && !manager.test(next)) {
						System.out.println("step down: " + seed.title() + " -> " + titles.get(next));
					}
					else {
						stepsOk++;
					}
				}
			}
			System.out.printf("ladders: bottom rungs not manager %d/%d, steps no less senior %d/%d%n", bottomOk, bottom,
					stepsOk, steps);
			int n = sample.path("occupations").size();
			System.out.printf("seed->onet first-3 ICT %.2f (%d/%d), seed->esco %.2f (%d/%d)%n",
					onetIct / (3.0 * seeds.size()), onetIct, 3 * seeds.size(), escoIct / (3.0 * seeds.size()),
					escoIct, 3 * seeds.size());
			System.out.printf("esco->onet top-1 %.3f (%d) strict %.3f (%d) top-3 %.3f (%d) of %d%n", top1 / (double) n,
					top1, strict / (double) n, strict, top3 / (double) n, top3, n);
		}
	}


	private static Map<String, List<Match>> byJob(List<Match> matches) {
		Map<String, List<Match>> byJob = new HashMap<>();
		matches.forEach(m -> byJob.computeIfAbsent(m.jobId(), k -> new ArrayList<>()).add(m));
		return byJob;
	}

}
