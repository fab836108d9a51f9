package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.util.function.SingletonSupplier;

/**
 * A phrase matched through the {@link CuratedExamples}: its nearest curated sentence of each capability by meaning
 * (Neo4j's normalised cosine of the two sentence vectors, as the label match scores) is one more signal beside the
 * capability's own labels. A capability's score is its label match raised part of the way towards a closer example,
 * label + (1 - labelWeight) x max(0, example - label), and set to the example's score when that reaches
 * {@link Settings#threshold}; the evidence then names the curated sentence and its job. One per document: the
 * examples of an excluded document (the one being extracted, for an honest evaluation) are left out.
 */
public final class ExampleMatcher {

	/**
	 * @param enabled whether examples are used at all
	 * @param max how many examples are read from the graph at most
	 * @param perCapability how many examples of one capability at most
	 * @param threshold the least example score (normalised cosine, 0-1) that counts on its own
	 * @param labelWeight a capability with examples scores labelWeight x its label match + (1 - labelWeight) x its
	 * nearest example's score, or its nearest example's score when that reaches the threshold and is higher; 1 for
	 * max(label, example from the threshold)
	 * @param lowers whether that blend may score a capability below its label match (a far nearest example counts
	 * against it), or only raise it
	 * @param phrasingThreshold the least score of a curated phrasing ({@link CuratedExamples.Example#phrasing()}) that
	 * counts on its own: phrasings are written to say what the capability is asked for as, not taken from a job
	 * that also asks for other things, so a phrasing may count nearer than a job's sentence
	 */
	public record Settings(boolean enabled, int max, int perCapability, double threshold, double labelWeight,
			boolean lowers, double phrasingThreshold) {

		public Settings {
			if (max < 0 || perCapability < 1 || threshold <= 0 || threshold > 1 || labelWeight < 0 || labelWeight > 1
					|| phrasingThreshold <= 0 || phrasingThreshold > 1) {
				throw new IllegalArgumentException("examples: max at least 0, perCapability at least 1, threshold and "
						+ "phrasingThreshold in (0, 1], labelWeight in [0, 1]");
			}
		}

		/** The same with another threshold and label weight, to compare. */
		public Settings with(boolean enabled, double threshold, double labelWeight) {
			return new Settings(enabled, this.max, this.perCapability, threshold, labelWeight, this.lowers,
					this.phrasingThreshold);
		}

		/** The same, the blend lowering scores or not. */
		public Settings lowering(boolean lowers) {
			return new Settings(this.enabled, this.max, this.perCapability, this.threshold, this.labelWeight, lowers,
					this.phrasingThreshold);
		}

		/** The same, curated phrasings counting on their own from another score. */
		public Settings phrasingsFrom(double phrasingThreshold) {
			return new Settings(this.enabled, this.max, this.perCapability, this.threshold, this.labelWeight,
					this.lowers, phrasingThreshold);
		}

	}

	private final Settings settings;

	private final @Nullable String excludedDocument;

	private final SingletonSupplier<List<CuratedExamples.Example>> usable;

	/**
	 * @param excludedDocument a source document whose examples are not used (the document being extracted), or null
	 */
	public ExampleMatcher(CuratedExamples examples, Settings settings, @Nullable String excludedDocument) {
		this(() -> examples.examples(settings.max(), settings.perCapability()).examples(), settings, excludedDocument);
	}

	/** @param examples the examples, read on first use (only when enabled) */
	ExampleMatcher(Supplier<List<CuratedExamples.Example>> examples, Settings settings,
			@Nullable String excludedDocument) {
		this.settings = settings;
		this.excludedDocument = excludedDocument;
		this.usable = SingletonSupplier.of(() -> settings.enabled() ? examples.get().stream()
			.filter(e -> excludedDocument == null || !excludedDocument.equals(e.document()))
			.toList() : List.of());
	}

	public Settings settings() {
		return this.settings;
	}

	public @Nullable String excludedDocument() {
		return this.excludedDocument;
	}

	/** How many examples are used (after the exclusion); reads them on first use. */
	public int size() {
		return Objects.requireNonNull(this.usable.obtain()).size();
	}

	/**
	 * The label candidates with the examples' signal merged in, best first: a capability whose nearest example
	 * scores at least the threshold and above its label match takes the example's score (and is added when the
	 * labels did not rank it), its evidence naming the sentence. Ties (one curated sentence of several capabilities)
	 * go to the better label match.
	 *
	 * @param labels the capabilities' label matches (all own ones, or the best few)
	 * @param first how many to return
	 */
	List<ConceptMatch> merge(float[] vector, List<ConceptMatch> labels, int first) {
		List<CuratedExamples.Example> examples = Objects.requireNonNull(this.usable.obtain());
		if (examples.isEmpty()) {
			return labels.stream().limit(first).toList();
		}
		Map<String, CuratedExamples.Example> nearest = new HashMap<>();
		Map<String, Double> scores = new HashMap<>();
		for (CuratedExamples.Example example : examples) {
			double score = Math.max(0, (1 + TextEmbedder.cosine(vector, example.vector())) / 2);
			String id = example.capability().id();
			if (score > scores.getOrDefault(id, -1.0)) {
				scores.put(id, score);
				nearest.put(id, example);
			}
		}
		Map<String, ConceptMatch> merged = new LinkedHashMap<>();
		Map<String, Double> labelScores = new HashMap<>();
		for (ConceptMatch label : labels) {
			merged.put(label.id(), label);
			labelScores.put(label.id(), label.score());
		}
		double w = this.settings.labelWeight();
		nearest.forEach((id, example) -> {
			double exampleScore = scores.get(id);
			ConceptMatch label = merged.get(id);
			boolean counts = exampleScore >= (example.phrasing() ? this.settings.phrasingThreshold()
					: this.settings.threshold());
			if (label == null && !counts) {
				return;
			}
			double blended = label == null ? 0 : w * label.score() + (1 - w) * exampleScore;
			if (label != null && !this.settings.lowers()) {
				blended = Math.max(blended, label.score());
			}
			double score = Math.round(Math.max(blended, counts ? exampleScore : 0) * 1000) / 1000.0;
			if (label != null && score == label.score()) {
				return;
			}
			String evidence = "like '" + example.text() + "' (" + example.job() + "), " + Math.round(exampleScore * 100) / 100.0
					+ (label == null ? "" : "; " + label.evidence());
			merged.put(id, new ConceptMatch(id, example.capability().name(), example.capability(), null, null, score,
					"example", example.text(), label == null ? null : label.lexicalScore(),
					label == null ? null : label.semanticScore(), evidence));
		});
		List<ConceptMatch> sorted = new ArrayList<>(merged.values());
		sorted.sort(Comparator.comparingDouble(ConceptMatch::score).reversed()
			.thenComparing(Comparator.comparingDouble((ConceptMatch m) -> labelScores.getOrDefault(m.id(), 0.0)).reversed())
			.thenComparing(ConceptMatch::id));
		return sorted.subList(0, Math.min(first, sorted.size()));
	}

	/**
	 * Whether two candidates scored through the same curated sentence: that sentence was curated into both, so
	 * their close scores are no ambiguity of the words (the first, the better match, is taken).
	 */
	static boolean sameExample(ConceptMatch a, ConceptMatch b) {
		return a.method().equals("example") && b.method().equals("example") && a.matchedLabel().equals(b.matchedLabel());
	}

}
