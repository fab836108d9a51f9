package org.competencygraph.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.competencygraph.IntegrationTest;
import org.competencygraph.background.JobProgress;
import org.competencygraph.semantic.ConceptMatcher;
import org.competencygraph.semantic.CuratedExamples;
import org.competencygraph.semantic.Embeddings;
import org.competencygraph.semantic.ExampleMatcher;
import org.competencygraph.semantic.OwnCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The loop that chose the threshold of matching through curated examples ({@code examples} in
 * extraction/rules.yaml): precision and recall on the seeds (each without its own examples) and on the check
 * documents, for several thresholds in one JVM. The held-out document of the round ({@value #HELD_OUT}) is left
 * out: it is measured once, with the chosen threshold, by {@link ExtractionIntegrationTests}. Not a test: run with
 * {@code -Dtest=ExampleMatchingTuning -Dtuning.examples=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "tuning.examples", matches = "true")
class ExampleMatchingTuning {

	static final String HELD_OUT = "food-manufacturer-site-it-engineer.txt";

	/** The seventh round's held-out document, left out too so that the sixth round's grid can be run again. */
	static final String HELD_OUT_SEVENTH = "grocery-store-systems-engineer.txt";

	/** The eighth round's held-out document, left out for the same reason. */
	static final String HELD_OUT_EIGHTH = "schools-trust-it-technician.txt";

	/** The ninth round's held-out document, left out for the same reason. */
	static final String HELD_OUT_NINTH = "emergency-agency-field-ict-officer.docx";

	/** The eleventh round's held-out document, left out for the same reason. */
	static final String HELD_OUT_ELEVENTH = "watershed-agency-it-infrastructure-analyst.txt";

	// The last grid run; the earlier ones are in QUALITY.md ("Sixth round").
	static final double[] THRESHOLDS = { 0.84, 0.88, 0.92 };

	static final double[] WEIGHTS = { 0.8, 0.7, 0.6 };

	static final boolean LOWERS = false;

	@Autowired
	JobProfileExtractor extractor;

	record Document(String name, byte[] content, JsonNode curated) {
	}

	@Test
	void thresholds() throws IOException {
		Path check = Path.of("src/test/resources/extraction");
		List<Document> checks = documents(check.resolve("check"),
				EvaluateExtractionCommand.curated(check.resolve("check-profiles").toString()));
		List<Document> seeds = documents(ExtractionIntegrationTests.SEEDS, EvaluateExtractionCommand.curated(null));
		ExampleMatcher.Settings chosen = this.extractor.exampleSettings();
		StringBuilder out = new StringBuilder("| examples | seeds P / R | check documents (12) P / R |\n|---|---|---|\n");
		List<ExampleMatcher.Settings> settings = new ArrayList<>();
		settings.add(chosen.with(false, chosen.threshold(), 1));
		for (double weight : WEIGHTS) {
			for (double threshold : THRESHOLDS) {
				settings.add(chosen.with(true, threshold, weight).lowering(LOWERS));
			}
		}
		for (ExampleMatcher.Settings s : settings) {
			out.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", s.enabled() ? "from " + s.threshold() + ", label weight " + s.labelWeight() + (s.lowers() ? "" : ", raising only") : "none",
					figures(seeds, s), figures(checks, s)));
			System.out.println("TUNING " + out.toString().lines().reduce((a, b) -> b).orElse(""));
		}
		Files.createDirectories(Path.of("target/extraction-drafts"));
		Files.writeString(Path.of("target/extraction-drafts/example-tuning.md"), out, StandardCharsets.UTF_8);
	}

	/**
	 * The fourteenth round's loop: the score from which a curated phrasing counts on its own, on all the check
	 * documents and the seeds (each without its own document's examples), credit / drafted / curated.
	 */
	@Test
	void phrasingThresholds() throws IOException {
		Path check = Path.of("src/test/resources/extraction");
		List<Document> checks = new ArrayList<>();
		for (JsonNode profile : EvaluateExtractionCommand.curated(check.resolve("check-profiles").toString())) {
			String name = profile.path("source").path("document").asString();
			checks.add(new Document(name, Files.readAllBytes(check.resolve("check").resolve(name)), profile));
		}
		List<Document> seeds = new ArrayList<>();
		for (JsonNode profile : EvaluateExtractionCommand.curated(null)) {
			String name = profile.path("source").path("document").asString();
			seeds.add(new Document(name, Files.readAllBytes(ExtractionIntegrationTests.SEEDS.resolve(name)), profile));
		}
		ExampleMatcher.Settings chosen = this.extractor.exampleSettings();
		for (double t : new double[] { 0.88, 0.80, 0.76, 0.72, 0.70, 0.66 }) {
			ExampleMatcher.Settings s = chosen.phrasingsFrom(t);
			System.out.println("PHRASINGS from " + t + ": seeds " + counts(seeds, s) + ", check documents " + counts(checks, s));
		}
	}

	private String counts(List<Document> documents, ExampleMatcher.Settings settings) {
		Totals t = totals(documents, settings);
		return String.format(Locale.ROOT, "%.1f / %d / %d (%.3f / %.3f, F1 %.3f)", t.credit(), t.drafted(), t.curated(),
				t.credit() / t.drafted(), t.credit() / t.curated(), 2 * t.credit() / (t.drafted() + t.curated()));
	}

	private String figures(List<Document> documents, ExampleMatcher.Settings settings) {
		Totals t = totals(documents, settings);
		return String.format(Locale.ROOT, "%.2f / %.2f", t.credit() / t.drafted(), t.credit() / t.curated());
	}

	private record Totals(double credit, int drafted, int curated) {
	}

	/** Each document drafted without its own examples and compared with its curated profile, summed. */
	private Totals totals(List<Document> documents, ExampleMatcher.Settings settings) {
		double credit = 0;
		int drafted = 0;
		int curated = 0;
		for (Document document : documents) {
			DraftProfile draft = this.extractor.profile(document.name(), document.content(), document.name(), settings);
			ExtractionEvaluation.Figures f = ExtractionEvaluation.compare(draft, document.curated());
			credit += f.credit();
			drafted += f.drafted();
			curated += f.curated();
		}
		return new Totals(credit, drafted, curated);
	}

	private static List<Document> documents(Path folder, List<JsonNode> curated) throws IOException {
		List<Document> documents = new ArrayList<>();
		for (JsonNode profile : curated) {
			String name = profile.path("source").path("document").asString();
			if (!Set.of(HELD_OUT, HELD_OUT_SEVENTH, HELD_OUT_EIGHTH, HELD_OUT_NINTH, HELD_OUT_ELEVENTH).contains(name)) {
				documents.add(new Document(name, Files.readAllBytes(folder.resolve(name)), profile));
			}
		}
		return documents;
	}

	@Autowired
	ConceptMatcher concepts;

	@Autowired
	CuratedExamples examples;

	@Autowired
	Embeddings embeddings;

	/**
	 * Sentence by sentence, on the curated sentences themselves (check documents, and seeds without their own
	 * document's examples): how often the curated capability ranks first by its labels, by its examples, and by
	 * combinations of the two. Says what the examples could do before the extraction's other rules act.
	 */
	@Test
	void combinations() throws IOException {
		this.embeddings.refreshCapabilities(JobProgress.NONE);
		OwnCapabilities own = java.util.Objects.requireNonNull(this.concepts.ownCapabilities(5000));
		Set<String> ids = new java.util.HashSet<>();
		own.entries().forEach(e -> ids.add(e.capability().id()));
		List<CuratedExamples.Example> all = this.examples.examples(5000, 50).examples();
		Path check = Path.of("src/test/resources/extraction");
		for (String set : List.of("check", "seeds")) {
			List<JsonNode> profiles = set.equals("check")
					? EvaluateExtractionCommand.curated(check.resolve("check-profiles").toString())
					: EvaluateExtractionCommand.curated(null);
			java.util.Map<String, int[]> wins = new java.util.TreeMap<>();
			int n = 0;
			for (JsonNode profile : profiles) {
				String document = profile.path("source").path("document").asString();
				if (Set.of(HELD_OUT, HELD_OUT_SEVENTH, HELD_OUT_EIGHTH, HELD_OUT_NINTH, HELD_OUT_ELEVENTH).contains(document)) {
					continue;
				}
				List<String[]> pairs = new ArrayList<>();
				for (JsonNode job : profile.path("jobs")) {
					for (JsonNode r : job.path("requirements")) {
						JsonNode c = r.path("capability");
						String text = r.path("provenance").path("text").asString("");
						if (c.isString() && ids.contains(c.asString()) && !text.isBlank()) {
							pairs.add(new String[] { c.asString(), text });
						}
					}
				}
				List<CuratedExamples.Example> usable = all.stream().filter(e -> !document.equals(e.document())).toList();
				List<float[]> vectors = this.concepts.vectors(pairs.stream().map(p -> p[1]).toList());
				for (int i = 0; i < pairs.size(); i++) {
					String want = pairs.get(i)[0];
					float[] v = vectors.get(i);
					java.util.Map<String, Double> label = new java.util.HashMap<>();
					this.concepts.match(pairs.get(i)[1], v, own, own.entries().size()).forEach(m -> label.put(m.id(), m.score()));
					java.util.Map<String, Double> example = new java.util.HashMap<>();
					java.util.Map<String, Double> top3 = new java.util.HashMap<>();
					java.util.Map<String, List<Double>> lists = new java.util.HashMap<>();
					for (CuratedExamples.Example e : usable) {
						double sc = (1 + org.competencygraph.semantic.TextEmbedder.cosine(v, e.vector())) / 2;
						example.merge(e.capability().id(), sc, Math::max);
						lists.computeIfAbsent(e.capability().id(), k -> new ArrayList<>()).add(sc);
					}
					n++;
					count(wins, "label", label, want);
					count(wins, "example", example, want);
					for (double t : new double[] { 0.76, 0.8, 0.84, 0.88 }) {
						java.util.Map<String, Double> m = new java.util.HashMap<>(label);
						example.forEach((id, sc) -> { if (sc >= t) m.merge(id, sc, Math::max); });
						count(wins, "max, from " + t, m, want);
					}
					for (double a : new double[] { 0.3, 0.5, 0.7 }) {
						java.util.Map<String, Double> m = new java.util.HashMap<>();
						label.forEach((id, sc) -> m.put(id, a * sc + (1 - a) * example.getOrDefault(id, 0.5)));
						count(wins, "weighted " + a + " label", m, want);
					}
					for (double b : new double[] { 0.5, 1.0 }) {
						java.util.Map<String, Double> m = new java.util.HashMap<>();
						label.forEach((id, sc) -> m.put(id, sc + b * Math.max(0, example.getOrDefault(id, 0.5) - 0.75)));
						count(wins, "label + " + b + " x (example - 0.75)", m, want);
					}
					for (double a : new double[] { 0.4, 0.5, 0.6, 0.7 }) {
						java.util.Map<String, Double> m = new java.util.HashMap<>();
						label.forEach((id, sc) -> m.put(id, example.containsKey(id) ? a * sc + (1 - a) * example.get(id) : sc));
						count(wins, "V1 weighted " + a + " label where examples, else label", m, want);
						java.util.Map<String, Double> m2 = new java.util.HashMap<>();
						label.forEach((id, sc) -> m2.put(id, example.containsKey(id)
								? Math.max(a * sc + (1 - a) * example.get(id), example.get(id) >= 0.84 ? example.get(id) : 0) : sc));
						count(wins, "V1b weighted " + a + " label, max ex from 0.84", m2, want);
					}
					lists.forEach((id, l) -> { l.sort(java.util.Comparator.reverseOrder());
						top3.put(id, l.stream().limit(3).mapToDouble(Double::doubleValue).sum() / 3); });
					java.util.Map<String, Double> m = new java.util.HashMap<>();
					label.forEach((id, sc) -> m.put(id, 0.5 * sc + 0.5 * top3.getOrDefault(id, 0.5)));
					count(wins, "weighted 0.5, mean of 3 nearest", m, want);
				}
			}
			int total = n;
			wins.forEach((k, w) -> System.out.printf(Locale.ROOT, "COMBO %s | %s | top1 %d/%d (%.2f) | top3 %d%n", set, k,
					w[0], total, (double) w[0] / total, w[1]));
		}
	}

	private static void count(java.util.Map<String, int[]> wins, String key, java.util.Map<String, Double> scores,
			String want) {
		List<String> ranked = scores.entrySet().stream()
			.sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
			.map(java.util.Map.Entry::getKey).limit(3).toList();
		int[] w = wins.computeIfAbsent(key, k -> new int[2]);
		if (!ranked.isEmpty() && ranked.getFirst().equals(want)) {
			w[0]++;
		}
		if (ranked.contains(want)) {
			w[1]++;
		}
	}

	/** Prints what a few phrases match with and without the examples, to find one for the test. */
	@Test
	void probes() {
		ExampleMatcher.Settings on = this.extractor.exampleSettings();
		ExampleMatcher.Settings off = on.with(false, on.threshold(), 1);
		for (String phrase : List.of("Some understanding of the ideas, protocols and standards behind infrastructure",
				"A grasp of infrastructure concepts, protocols and standards",
				"Happy to pick up new tools and technologies as the job changes",
				"Can keep several pieces of work moving at once without dropping any",
				"Keeps a cool head when several things go wrong at once",
				"Familiar with the way councils and other public bodies are run",
				"Be someone colleagues can come to for advice on infrastructure",
				"Notice early when things are starting to go wrong",
				"Stay focused on one piece of work for hours without getting sidetracked",
				"Rapidly pull scattered information together into a clear picture")) {
			String text = "Person specification\n\nEssential\n- " + phrase + "\n";
			for (ExampleMatcher.Settings s : List.of(off, on)) {
				for (String excluded : new String[] { null, "002_dd9e86adabad5abe.txt" }) {
					DraftProfile draft = this.extractor.profile("probe.txt", text.getBytes(StandardCharsets.UTF_8), excluded, s);
					draft.jobs().forEach(job -> job.requirements().forEach(r -> System.out.printf(
							"PROBE %s | examples %s, excluded %s | %s %.3f | %s%n", phrase, s.enabled(), excluded,
							r.capabilityId(), r.confidence(), r.evidence())));
				}
			}
		}
	}

}
