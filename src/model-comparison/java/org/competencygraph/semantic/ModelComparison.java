package org.competencygraph.semantic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.competencygraph.semantic.ReleaseTexts.Concept;
import org.competencygraph.semantic.ReleaseTexts.Occupation;
import org.competencygraph.semantic.SentenceModels.Model;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Which in-process sentence model ranks the right answers of the development sets (src/test/resources/quality)
 * highest, on the release files themselves (no database): QUALITY.md, "Which sentence model". Every measure is a
 * ranking, so the models' different cosine scales do not matter. Not a test: {@code ./mvnw -B -Pmodel-comparison test}
 * runs its {@code main} with the folder holding {@code onet-30.1} and {@code esco-1.1.1} and the models to compare
 * (MINILM, BGE, E5), or {@code time} for the speed of all three alone. Built only by that profile, which brings the
 * two other models.
 */
final class ModelComparison {

	private static final Path SETS = Path.of("src/test/resources/quality");

	private final List<Concept> seed;

	private final List<Concept> onet;

	private final List<Concept> esco;

	private final List<Occupation> onetJobs;

	private final List<Occupation> escoJobs;

	private final JsonNode links;

	/** Every item's rank, written beside the cache to compare the models item by item. */
	private final List<String> ranks = new ArrayList<>();

	private ModelComparison(Path data) throws Exception {
		this.seed = ReleaseTexts.seedCapabilities(Path.of("src/main/resources/seed"));
		this.onet = ReleaseTexts.onetConcepts(data.resolve("onet-30.1"));
		this.esco = ReleaseTexts.escoConcepts(data.resolve("esco-1.1.1"));
		this.onetJobs = ReleaseTexts.onetOccupations(data.resolve("onet-30.1"));
		this.escoJobs = ReleaseTexts.escoOccupations(data.resolve("esco-1.1.1"));
		this.links = new YAMLMapper().readTree(SETS.resolve("seed-capability-links.yaml").toFile()).path("capabilities");
	}

	public static void main(String[] args) throws Exception {
		ModelComparison comparison = new ModelComparison(Path.of(args[0]));
		if (args[1].equals("time")) {
			// Only the speed, of every model in turn in one process, so that they share the machine's load.
			for (int round = 1; round <= 2; round++) {
				for (Model model : Model.values()) {
					comparison.time(new SentenceModels(model));
				}
			}
			return;
		}
		for (int i = 1; i < args.length; i++) {
			comparison.measure(new SentenceModels(Model.valueOf(args[i])));
		}
	}

	private void time(SentenceModels m) {
		List<String> names = this.esco.stream().limit(1_000).map(Concept::name).toList();
		List<String> tasks = this.onetJobs.stream().flatMap(j -> j.tasks().stream()).limit(1_000).toList();
		System.out.printf(Locale.ROOT, "%s: time per 1,000 texts: %.1f s (ESCO skill names), %.1f s (O*NET task "
				+ "statements)%n", m.model().key, m.secondsPerThousand(names), m.secondsPerThousand(tasks));
	}

	private void measure(SentenceModels m) throws Exception {
		System.out.println("## " + m.model().key);
		time(m);
		List<String> texts = new ArrayList<>();
		Stream.of(this.seed, this.onet, this.esco).flatMap(List::stream).forEach(c -> {
			texts.add(c.name());
			if (c.described() != null) {
				texts.add(c.described());
			}
		});
		this.seed.forEach(c -> texts.addAll(c.aliases()));
		Set<String> sampled = sampled();
		Stream.of(this.onetJobs, this.escoJobs).flatMap(List::stream).forEach(j -> {
			texts.add(j.title());
			if (j.description() != null && (j.id().startsWith("onet:") || sampled.contains(j.id()))) {
				texts.add(j.description());
			}
			texts.addAll(j.tasks());
		});
		phrases().keySet().forEach(texts::add);
		m.of(texts);
		m.save();
		System.out.println(m.computedSummary());
		capabilityLinks(m, "onet", this.onet);
		capabilityLinks(m, "esco", this.esco);
		textToConcept(m);
		relatedRoles(m);
		crosswalk(m);
		Files.write(Path.of("target/model-comparison", m.model().key + "-ranks.tsv"), this.ranks);
		this.ranks.clear();
	}

	/** (a) The rank of a seed capability's best acceptable concept among all the framework's concepts. */
	private void capabilityLinks(SentenceModels m, String framework, List<Concept> concepts) {
		Map<String, Concept> seedById = this.seed.stream().collect(Collectors.toMap(Concept::id, c -> c));
		List<int[]> ranks = new ArrayList<>();
		for (JsonNode entry : this.links) {
			Set<String> acceptable = new HashSet<>();
			entry.path(framework).path("sameAs").forEach(id -> acceptable.add(id.asString()));
			entry.path(framework).path("close").forEach(id -> acceptable.add(id.asString()));
			Concept source = seedById.get(entry.path("capability").asString());
			if (acceptable.isEmpty() || source == null) {
				continue;
			}
			List<float[]> labels = Stream.concat(Stream.of(source.name()), source.aliases().stream()).map(m::vector).toList();
			float[] described = source.described() == null ? null : m.vector(source.described());
			List<Concept> candidates = concepts.stream().filter(c -> c.qualification() == source.qualification()).toList();
			ToDoubleFunction<Concept> names = c -> labels.stream()
				.mapToDouble(v -> TextEmbedder.cosine(v, m.vector(c.name()))).max().orElse(-1);
			// As linking weighs them when both have one: the label pair and the descriptions, equally.
			ToDoubleFunction<Concept> withDescriptions = c -> described == null || c.described() == null
					? names.applyAsDouble(c)
					: (names.applyAsDouble(c) + TextEmbedder.cosine(described, m.vector(c.described()))) / 2;
			ranks.add(new int[] { rank(candidates, acceptable, names), rank(candidates, acceptable, withDescriptions) });
			this.ranks.add("links-" + framework + "\t" + source.id() + "\t" + ranks.getLast()[0] + "\t" + ranks.getLast()[1]);
		}
		System.out.printf(Locale.ROOT, "(a) links %s, %d capabilities: names %s; names+descriptions %s%n", framework,
				ranks.size(), figures(ranks, 0, 5), figures(ranks, 1, 5));
	}

	/** (b) The 32 phrases against seed capabilities and framework concepts, by the closer of name and description. */
	private void textToConcept(SentenceModels m) {
		List<Concept> pool = Stream.of(this.seed, this.onet, this.esco).flatMap(List::stream).toList();
		List<int[]> ranks = new ArrayList<>();
		for (Map.Entry<String, Set<String>> phrase : phrases().entrySet()) {
			float[] text = m.vector(phrase.getKey());
			ToDoubleFunction<Concept> score = c -> Math.max(TextEmbedder.cosine(text, m.vector(c.name())),
					c.described() == null ? -1 : TextEmbedder.cosine(text, m.vector(c.described())));
			ranks.add(new int[] { rank(pool, phrase.getValue(), score) });
			this.ranks.add("text\t" + phrase.getKey() + "\t" + ranks.getLast()[0]);
		}
		System.out.printf(Locale.ROOT, "(b) text to concept, %d phrases: %s%n", ranks.size(), figures(ranks, 0, 5));
	}

	/** (c) Within O*NET: the SOC broad group among the 10 nearest by title, by mean task vector, plain and centred. */
	private void relatedRoles(SentenceModels m) {
		List<Occupation> jobs = this.onetJobs;
		Map<String, List<String>> broad = jobs.stream()
			.collect(Collectors.groupingBy(j -> j.code().substring(0, 6), Collectors.mapping(Occupation::id, Collectors.toList())));
		List<Occupation> sample = new ArrayList<>(jobs.stream().filter(j -> broad.get(j.code().substring(0, 6)).size() > 1)
			.sorted(Comparator.comparing(Occupation::id)).toList());
		Collections.shuffle(sample, new Random(42));
		sample = sample.subList(0, 200);
		Map<String, float[]> titles = new LinkedHashMap<>();
		Map<String, float[]> tasks = new LinkedHashMap<>();
		for (Occupation job : jobs) {
			titles.put(job.id(), m.vector(job.title()));
			if (!job.tasks().isEmpty()) {
				tasks.put(job.id(), Vectors.unit(mean(job.tasks().stream().map(m::vector).toList())));
			}
		}
		StringBuilder line = new StringBuilder("(c) related roles, O*NET, 200 sampled, recall@10 / MRR vs broad group:");
		for (Map.Entry<String, Map<String, float[]>> part : Map.of("title", titles, "tasks", tasks).entrySet()) {
			for (boolean centred : new boolean[] { false, true }) {
				Map<String, float[]> vectors = centred ? centred(part.getValue()) : part.getValue();
				double recall = 0;
				double reciprocal = 0;
				for (Occupation job : sample) {
					float[] own = vectors.get(job.id());
					List<String> relevant = broad.get(job.code().substring(0, 6)).stream()
						.filter(id -> !id.equals(job.id()) && vectors.containsKey(id)).toList();
					if (own == null) {
						continue;
					}
					List<String> found = vectors.entrySet().stream().filter(e -> !e.getKey().equals(job.id()))
						.sorted(Comparator.comparingDouble((Map.Entry<String, float[]> e) -> -TextEmbedder.cosine(own, e.getValue())))
						.limit(10).map(Map.Entry::getKey).toList();
					int hits = 0;
					for (int r = 0; r < found.size(); r++) {
						if (relevant.contains(found.get(r))) {
							reciprocal += hits++ == 0 ? 1.0 / (r + 1) : 0;
						}
					}
					recall += relevant.isEmpty() ? 0 : (double) hits / Math.min(10, relevant.size());
				}
				line.append(String.format(Locale.ROOT, " %s%s %.3f / %.3f;", part.getKey(), centred ? " centred" : "",
						recall / sample.size(), reciprocal / sample.size()));
			}
		}
		System.out.println(line);
	}

	/** (d) The 80 ESCO occupations of the crosswalk sample against all O*NET occupations. */
	private void crosswalk(SentenceModels m) throws Exception {
		Map<String, Occupation> escoById = this.escoJobs.stream().collect(Collectors.toMap(Occupation::id, j -> j));
		List<int[]> ranks = new ArrayList<>();
		for (JsonNode entry : crosswalkSample()) {
			Occupation job = escoById.get(entry.path("esco").asString());
			Set<String> acceptable = new HashSet<>(List.of(entry.path("best").asString()));
			entry.path("acceptable").forEach(code -> acceptable.add(code.asString()));
			float[] title = m.vector(job.title());
			ToDoubleFunction<Occupation> byTitle = o -> TextEmbedder.cosine(title, m.vector(o.title()));
			ToDoubleFunction<Occupation> withDescription = o -> job.description() == null ? byTitle.applyAsDouble(o)
					: (byTitle.applyAsDouble(o) + TextEmbedder.cosine(m.vector(job.description()), m.vector(o.description()))) / 2;
			List<Concept> targets = this.onetJobs.stream()
				.map(o -> new Concept(o.code(), false, o.title(), List.of(), o.description())).toList();
			Map<String, Occupation> byCode = this.onetJobs.stream().collect(Collectors.toMap(Occupation::code, o -> o));
			ranks.add(new int[] { rank(targets, acceptable, c -> byTitle.applyAsDouble(byCode.get(c.id()))),
					rank(targets, acceptable, c -> withDescription.applyAsDouble(byCode.get(c.id()))) });
			this.ranks.add("crosswalk\t" + job.title() + "\t" + ranks.getLast()[0] + "\t" + ranks.getLast()[1]);
		}
		System.out.printf(Locale.ROOT, "(d) crosswalk, %d ESCO occupations: title %s; title+description %s%n", ranks.size(),
				figures(ranks, 0, 3), figures(ranks, 1, 3));
	}

	/** 1 + how many candidates score above the best acceptable one; MAX_VALUE when none is among the candidates. */
	private static int rank(List<Concept> candidates, Set<String> acceptable, ToDoubleFunction<Concept> score) {
		double[] scores = candidates.stream().mapToDouble(score).toArray();
		double best = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < scores.length; i++) {
			if (acceptable.contains(candidates.get(i).id())) {
				best = Math.max(best, scores[i]);
			}
		}
		if (best == Double.NEGATIVE_INFINITY) {
			return Integer.MAX_VALUE;
		}
		int rank = 1;
		for (double s : scores) {
			rank += s > best ? 1 : 0;
		}
		return rank;
	}

	private static String figures(List<int[]> ranks, int column, int top) {
		double first = ranks.stream().filter(r -> r[column] == 1).count();
		double topN = ranks.stream().filter(r -> r[column] <= top).count();
		double mrr = ranks.stream().mapToDouble(r -> r[column] == Integer.MAX_VALUE ? 0 : 1.0 / r[column]).sum();
		return String.format(Locale.ROOT, "top-1 %.2f, top-%d %.2f, MRR %.3f", first / ranks.size(), top,
				topN / ranks.size(), mrr / ranks.size());
	}

	/** Each phrase of text-to-concept.yaml with the ids that count: the expected seed ids and their sameAs concepts. */
	private Map<String, Set<String>> phrases() {
		Map<String, Set<String>> phrases = new LinkedHashMap<>();
		for (JsonNode query : new YAMLMapper().readTree(SETS.resolve("text-to-concept.yaml").toFile()).path("queries")) {
			Set<String> expected = new HashSet<>();
			query.path("expected").forEach(id -> expected.add(id.asString()));
			for (JsonNode entry : this.links) {
				if (expected.contains(entry.path("capability").asString())) {
					for (String framework : List.of("onet", "esco")) {
						entry.path(framework).path("sameAs").forEach(id -> expected.add(id.asString()));
					}
				}
			}
			phrases.put(query.path("text").asString(), expected);
		}
		return phrases;
	}

	private static JsonNode crosswalkSample() {
		return new YAMLMapper().readTree(SETS.resolve("crosswalk-sample.yaml").toFile()).path("occupations");
	}

	private Set<String> sampled() {
		Set<String> ids = new HashSet<>();
		crosswalkSample().forEach(e -> ids.add(e.path("esco").asString()));
		return ids;
	}

	private static float[] mean(List<float[]> vectors) {
		float[] sum = new float[vectors.getFirst().length];
		for (float[] v : vectors) {
			for (int i = 0; i < sum.length; i++) {
				sum[i] += v[i] / vectors.size();
			}
		}
		return sum;
	}

	/** Each vector minus the mean of all, made unit again: what the texts share says nothing about relatedness. */
	private static Map<String, float[]> centred(Map<String, float[]> vectors) {
		float[] centre = mean(List.copyOf(vectors.values()));
		Map<String, float[]> centred = new LinkedHashMap<>();
		vectors.forEach((id, v) -> {
			float[] c = new float[v.length];
			for (int i = 0; i < v.length; i++) {
				c[i] = v[i] - centre[i];
			}
			centred.put(id, Vectors.unit(c));
		});
		return centred;
	}

}
