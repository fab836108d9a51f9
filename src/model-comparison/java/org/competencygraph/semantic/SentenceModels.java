package org.competencygraph.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;

/**
 * The in-process sentence models {@link ModelComparison} compares, each with the prefix its authors prescribe for
 * symmetric similarity, and a cache of the vectors computed (per model, in {@code target/model-comparison}) so that a
 * second run only measures.
 */
final class SentenceModels {

	/** A model under comparison. */
	enum Model {

		MINILM("all-minilm-l6-v2-q", "", AllMiniLmL6V2QuantizedEmbeddingModel::new),
		// BGE v1.5 needs no instruction for similarity between texts (its model card): only retrieval queries get one.
		BGE("bge-small-en-v15-q", "", BgeSmallEnV15QuantizedEmbeddingModel::new),
		// E5 was trained with "query: " / "passage: " prefixes; for symmetric tasks the card says "query: " on both.
		E5("e5-small-v2-q", "query: ", E5SmallV2QuantizedEmbeddingModel::new);

		final String key;

		final String prefix;

		final Supplier<EmbeddingModel> factory;

		Model(String key, String prefix, Supplier<EmbeddingModel> factory) {
			this.key = key;
			this.prefix = prefix;
			this.factory = factory;
		}

	}

	/** Texts per call: the size the project's own embedding job uses. */
	private static final int BATCH = 128;

	private static final int MAX_CHARACTERS = 2_000;

	private final Model model;

	private final EmbeddingModel embedding;

	private final Map<String, float[]> vectors;

	private final Path cache;

	private long embeddedTexts;

	private long embeddingNanos;

	SentenceModels(Model model) throws IOException, ClassNotFoundException {
		this.model = model;
		this.embedding = model.factory.get();
		this.cache = Path.of("target/model-comparison", model.key + ".ser");
		this.vectors = read(this.cache);
	}

	Model model() {
		return this.model;
	}

	/** The unit vector of each text, computing the ones not cached, shortest first (less padding per batch). */
	Map<String, float[]> of(List<String> texts) {
		List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts.stream()
			.filter(t -> !this.vectors.containsKey(t)).toList()));
		missing.sort(Comparator.comparingInt(String::length));
		long started = System.nanoTime();
		for (int from = 0; from < missing.size(); from += BATCH) {
			List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
			List<TextSegment> segments = batch.stream().map(t -> TextSegment.from(this.model.prefix + bounded(t))).toList();
			List<Embedding> computed = this.embedding.embedAll(segments).content();
			for (int i = 0; i < batch.size(); i++) {
				this.vectors.put(batch.get(i), Vectors.unit(computed.get(i).vector()));
			}
		}
		this.embeddingNanos += System.nanoTime() - started;
		this.embeddedTexts += missing.size();
		return this.vectors;
	}

	float[] vector(String text) {
		float[] vector = this.vectors.get(text);
		if (vector == null) {
			throw new IllegalStateException("not embedded: " + text);
		}
		return vector;
	}

	/** Seconds per 1,000 texts of {@code texts}, embedded afresh (not from the cache), after one warm-up batch. */
	double secondsPerThousand(List<String> texts) {
		List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(this.model.prefix + bounded(t))).toList();
		this.embedding.embedAll(segments.subList(0, Math.min(BATCH, segments.size())));
		long started = System.nanoTime();
		for (int from = 0; from < segments.size(); from += BATCH) {
			this.embedding.embedAll(segments.subList(from, Math.min(segments.size(), from + BATCH)));
		}
		return (System.nanoTime() - started) / 1e9 / segments.size() * 1000;
	}

	String computedSummary() {
		return String.format("%d texts embedded in %.0f s", this.embeddedTexts, this.embeddingNanos / 1e9);
	}

	void save() throws IOException {
		Files.createDirectories(this.cache.getParent());
		try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(this.cache)))) {
			out.writeObject(new HashMap<>(this.vectors));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, float[]> read(Path cache) throws IOException, ClassNotFoundException {
		if (!Files.exists(cache)) {
			return new HashMap<>();
		}
		try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
			return (Map<String, float[]>) in.readObject();
		}
	}

	private static String bounded(String text) {
		String trimmed = text.strip();
		return trimmed.length() <= MAX_CHARACTERS ? trimmed : trimmed.substring(0, MAX_CHARACTERS);
	}

}
