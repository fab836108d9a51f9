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
import java.util.TreeMap;

import org.competencygraph.database.DatabaseProperties;
import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.linking.CapabilityMatcher.Concept;
import org.competencygraph.linking.CapabilityMatcher.Link;
import org.competencygraph.semantic.TextEmbedder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.util.unit.DataSize;

/**
 * A quick loop for tuning the capability links (frameworks/linking.yaml) on the project's own development set
 * (quality/seed-capability-links.yaml): reads the concepts of a prepared data folder (read only, nothing written),
 * runs the matcher on the seed capabilities as {@code link-frameworks} does, and prints the figures of QUALITY.md's
 * "Capability links" and every seed capability with its links. Not a test; run its {@code main} with the test
 * classpath and the data folder as argument (add {@code quiet} to print only the figures, then a file for every candidate's signals, then {@code flat} to leave
 * out the hierarchy; or {@code onet-esco} instead of {@code quiet} to print how the hierarchy changes the links between
 * O*NET and ESCO).
 */
final class LinkTuning {

	private LinkTuning() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]);
		boolean quiet = args.length > 1 && args[1].equals("quiet");
		LinkingRules rules = LinkingRules.load();
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new DatabaseProperties(dataDir,
				new DatabaseProperties.Bolt(false, "127.0.0.1", 0, null), DataSize.ofMegabytes(512),
				Duration.ofMinutes(10)));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
				Session session = driver.session()) {
			LinkingGraph graph = new LinkingGraph(session);
			long started = System.nanoTime();
			List<Concept> concepts = graph.concepts();
			Map<String, Concept> byId = new HashMap<>();
			concepts.forEach(c -> byId.put(c.id(), c));
			List<Concept> own = concepts.stream().filter(c -> c.framework() == null).toList();
			List<Concept> targets = concepts.stream().filter(c -> c.framework() != null).toList();
			System.out.printf("read %d concepts in %.1f s%n", concepts.size(), (System.nanoTime() - started) / 1e9);
			started = System.nanoTime();
			LabelMeanings meanings = new LabelMeanings(new TextEmbedder()::embedAll);
			if (args.length > 1 && args[1].equals("onet-esco")) {
				frameworkLinks(graph, concepts, rules, meanings);
				return;
			}
			Path cache = Path.of("target/link-tuning/labels.ser");
			if (java.nio.file.Files.exists(cache)) {
				try (var in = new java.io.ObjectInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(cache)))) {
					@SuppressWarnings("unchecked")
					Map<String, float[]> saved = (Map<String, float[]>) in.readObject();
					meanings.cache().putAll(saved);
				}
			}
			int before = meanings.computed();
			CapabilityMatcher matcher = new CapabilityMatcher(rules.sameAs(), meanings);
			RequirementContext context = RequirementContext.of(
					graph.profiles(concepts, rules.crosswalk()),
					new OccupationCrosswalk(rules.crosswalk().withoutDomain(), Map.of()), rules.sameAs().context());
			System.out.printf("context in %.1f s%n", (System.nanoTime() - started) / 1e9);
			Map<String, List<String>> sentences = graph.usages();
			CapabilityUsage usage = new CapabilityUsage(sentences, meanings);
			ConceptHierarchy hierarchy = args.length > 3 && args[3].equals("flat") ? ConceptHierarchy.NONE
					: graph.hierarchy();
			List<Link> links = matcher.match(own, targets, Set.of(), context, usage, hierarchy);
			System.out.printf("matched in %.1f s, %d labels embedded%n", (System.nanoTime() - started) / 1e9,
					meanings.computed() - before);
			if (args.length > 2) {
				StringBuilder tsv = new StringBuilder();
				for (Concept seed : own) {
					for (String framework : List.of("onet", "esco")) {
						List<Concept> inFramework = targets.stream().filter(t -> framework.equals(t.framework())).toList();
						CapabilityMatcher.Compared compared = matcher.compared(seed, inFramework,
								context.candidates(seed.id(), framework), hierarchy, CapabilityMatcher.byId(inFramework));
						List<LabelComparison.Meaning> found = compared.meanings();
						for (int i = 0; i < found.size(); i++) {
							LabelComparison.Meaning m = found.get(i);
							tsv.append(String.join("\t", seed.id(), framework, String.valueOf(i), m.target().id(),
									m.target().name(), String.valueOf(m.label()), String.valueOf(m.description()),
									String.valueOf(m.sameKind()), m.sourceLabel(), m.targetLabel(), seed.kind(),
									m.target().kind(),
									String.valueOf(context.support(seed.id(), m.target().id(), framework).share()),
									String.valueOf(context.support(seed.id(), m.target().id(), framework).requiring()),
									String.valueOf(context.known(seed.id(), framework)),
									String.valueOf(usageFit(meanings, sentences.getOrDefault(seed.id(), List.of()), m.target(), true)),
									String.valueOf(usageFit(meanings, sentences.getOrDefault(seed.id(), List.of()), m.target(), false)),
									usage.fit(seed.id(), m.target()).evidence().replace('\t', ' '),
									String.valueOf(compared.narrower().getOrDefault(m.target().id(), List.of()).size())))
								.append('\n');
						}
					}
				}
				java.nio.file.Files.writeString(Path.of(args[2]), tsv);
				StringBuilder lexical = new StringBuilder();
				links.stream().filter(l -> !l.method().equals("semantic")).forEach(l -> lexical.append(String.join("\t",
						l.from(), l.framework(), l.to(), l.type().name(), l.method(), String.valueOf(l.score()))).append('\n'));
				java.nio.file.Files.writeString(Path.of(args[2] + ".lexical"), lexical);
				StringBuilder usages = new StringBuilder();
				sentences.forEach((id, list) -> list.forEach(t -> usages.append(id).append('\t').append(t.replace('\n', ' ')).append('\n')));
				java.nio.file.Files.writeString(Path.of(args[2] + ".usages"), usages);
			}
			java.nio.file.Files.createDirectories(cache.getParent());
			try (var out = new java.io.ObjectOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(cache)))) {
				out.writeObject(new HashMap<>(meanings.cache()));
			}
			evaluate(links, byId, quiet);
		}
	}

	/**
	 * The links between O*NET's skills, knowledge and work styles and ESCO, as {@code link-frameworks} makes them, with
	 * and without the hierarchy: what the fourth signal changes there.
	 */
	private static void frameworkLinks(LinkingGraph graph, List<Concept> concepts, LinkingRules rules,
			LabelMeanings meanings) {
		Set<String> technologies = graph.technologies();
		List<Concept> onetCore = concepts.stream()
			.filter(c -> "onet".equals(c.framework()) && !technologies.contains(c.id())
					&& !c.kind().equals("Qualification"))
			.toList();
		List<Concept> esco = concepts.stream().filter(c -> "esco".equals(c.framework())).toList();
		CapabilityMatcher matcher = new CapabilityMatcher(rules.sameAs(), meanings);
		long started = System.nanoTime();
		List<Link> flat = matcher.match(onetCore, esco, Set.of());
		System.out.printf("without the hierarchy: %d links in %.1f s%n", flat.size(), (System.nanoTime() - started) / 1e9);
		started = System.nanoTime();
		List<Link> withHierarchy = matcher.match(onetCore, esco, Set.of(), RequirementContext.NONE, CapabilityUsage.NONE,
				graph.hierarchy());
		System.out.printf("with the hierarchy: %d links in %.1f s%n", withHierarchy.size(), (System.nanoTime() - started) / 1e9);
		Map<String, Concept> byId = CapabilityMatcher.byId(concepts);
		Set<String> before = new HashSet<>();
		flat.forEach(l -> before.add(l.from() + " " + l.to() + " " + l.type()));
		Set<String> after = new HashSet<>();
		withHierarchy.forEach(l -> after.add(l.from() + " " + l.to() + " " + l.type()));
		flat.stream().filter(l -> !after.contains(l.from() + " " + l.to() + " " + l.type())).forEach(l -> System.out
			.printf("  gone %s ~ %s %s %.3f%n", byId.get(l.from()).name(), byId.get(l.to()).name(), l.type(), l.score()));
		withHierarchy.stream().filter(l -> !before.contains(l.from() + " " + l.to() + " " + l.type())).forEach(l -> System.out
			.printf("  new  %s ~ %s %s %.3f %s%n", byId.get(l.from()).name(), byId.get(l.to()).name(), l.type(), l.score(),
					l.evidence()));
	}

	/** The best cosine of a usage sentence with one of the target's labels, or with its name and description. */
	private static double usageFit(LabelMeanings meanings, List<String> sentences, Concept target, boolean labels) {
		double best = -1;
		List<float[]> vectors = meanings.of(sentences);
		List<float[]> targetVectors = labels ? meanings.of(LabelComparison.texts(target))
				: target.described() == null ? List.of() : List.of(target.described());
		for (float[] s : vectors) {
			for (float[] t : targetVectors) {
				best = Math.max(best, TextEmbedder.cosine(s, t));
			}
		}
		return best;
	}

	private static void evaluate(List<Link> links, Map<String, Concept> byId, boolean quiet) throws Exception {
		JsonNode root;
		try (InputStream in = LinkTuning.class.getResourceAsStream("/quality/seed-capability-links.yaml")) {
			root = YAMLMapper.builder().build().readTree(in);
		}
		Map<String, Map<String, Set<String>[]>> expected = new TreeMap<>();
		for (JsonNode entry : root.path("capabilities")) {
			Map<String, Set<String>[]> perFramework = new HashMap<>();
			for (String framework : List.of("onet", "esco")) {
				@SuppressWarnings("unchecked")
				Set<String>[] sets = new Set[] { strings(entry.path(framework).path("sameAs")),
						strings(entry.path(framework).path("close")) };
				perFramework.put(framework, sets);
			}
			expected.put(entry.path("capability").asString(), perFramework);
		}
		Map<String, List<Link>> bySeed = new HashMap<>();
		links.forEach(l -> bySeed.computeIfAbsent(l.from() + ":" + l.framework(), k -> new ArrayList<>()).add(l));
		Set<String> anywhere = new HashSet<>();
		StringBuilder listing = new StringBuilder();
		for (String framework : List.of("onet", "esco")) {
			int linked = 0, sameAs = 0, sameAsRight = 0, all = 0, allRight = 0, findable = 0, found = 0;
			for (var e : expected.entrySet()) {
				Set<String>[] sets = e.getValue().get(framework);
				List<Link> mine = bySeed.getOrDefault(e.getKey() + ":" + framework, List.of());
				boolean anyRight = false;
				if (!mine.isEmpty()) {
					linked++;
					anywhere.add(e.getKey());
				}
				for (Link l : mine) {
					boolean same = sets[0].contains(l.to());
					boolean ok = same || sets[1].contains(l.to());
					all++;
					allRight += ok ? 1 : 0;
					anyRight |= ok;
					if (l.type() == CapabilityMatcher.LinkType.SAME_AS) {
						sameAs++;
						sameAsRight += same ? 1 : 0;
					}
					listing.append(String.format("  %s %-28s %-11s %s %.3f '%s' [%s] %s%n", ok ? "ok " : "BAD", e.getKey(),
							l.type(), framework, l.score(), byId.get(l.to()).name(), l.method(), l.evidence()));
				}
				if (mine.isEmpty() && !(sets[0].isEmpty() && sets[1].isEmpty())) {
					listing.append(String.format("  MISS %-28s %s expected %s%n", e.getKey(), framework,
							names(sets[0], byId) + " / close " + names(sets[1], byId)));
				}
				boolean hasAny = !(sets[0].isEmpty() && sets[1].isEmpty());
				findable += hasAny ? 1 : 0;
				found += anyRight ? 1 : 0;
			}
			System.out.printf("%s: coverage %d/120 SAME_AS precision %d/%d all-links precision %d/%d (%.2f) recall %d/%d%n",
					framework, linked, sameAsRight, sameAs, allRight, all, all == 0 ? 0 : allRight / (double) all, found,
					findable);
		}
		System.out.printf("linked anywhere %d/120%n", anywhere.size());
		if (!quiet) {
			System.out.print(listing);
		}
	}

	private static List<String> names(Set<String> ids, Map<String, Concept> byId) {
		return ids.stream().map(id -> byId.containsKey(id) ? byId.get(id).name() : id + "?").toList();
	}

	private static Set<String> strings(JsonNode array) {
		Set<String> values = new HashSet<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

}
