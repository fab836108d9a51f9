package org.competencygraph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import org.competencygraph.semantic.TextEmbedder;
import org.competencygraph.semantic.Vectors;

/**
 * The sentence-model benchmark (BENCHMARKS.md, "Sentence vectors, one thread a run"): {@code ./mvnw -B
 * -Pembedding-benchmark test}. The phrases are the sentences of the held-out check documents in plain text and
 * Markdown ({@code src/test/resources/extraction/check}), cut as the extractor's phrases are at most: a document's
 * worth at a time, as a draft embeds them, and one at a time, as a text query does. {@link TextEmbedder} against
 * the baseline, LangChain4j's own model class with the runtime's default threads, in the same run on the same
 * phrases, each measured after a warm-up; the largest difference between their vectors is printed too (the two
 * must agree). {@code -Dbenchmark.rounds} sets the number of rounds.
 */
public final class EmbeddingBenchmark {

	private static final int BATCH = 200;

	private static final int MAX_CHARACTERS = 160;

	private EmbeddingBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int rounds = Integer.getInteger("benchmark.rounds", 15);
		List<String> phrases = phrases(Path.of("src/test/resources/extraction/check"));
		List<String> batch = phrases.subList(0, Math.min(BATCH, phrases.size()));
		System.out.printf(Locale.ROOT, "Sentence model benchmark: Java %s, %d cores, %d phrases, batches of %d%n",
				Runtime.version(), Runtime.getRuntime().availableProcessors(), phrases.size(), batch.size());
		AllMiniLmL6V2QuantizedEmbeddingModel baseline = new AllMiniLmL6V2QuantizedEmbeddingModel();
		TextEmbedder embedder = new TextEmbedder();
		List<TextSegment> segments = batch.stream().map(TextSegment::from).toList();
		// Alternating rounds, so that a change of load on a shared machine falls on both alike.
		long[][] batches = new long[2][rounds];
		long[][] singles = new long[2][rounds * 20];
		for (int round = -3; round < rounds; round++) {
			long baselineBatch = time(() -> baseline.embedAll(segments));
			long ownBatch = time(() -> embedder.embedAll(batch));
			if (round >= 0) {
				batches[0][round] = baselineBatch;
				batches[1][round] = ownBatch;
			}
			for (int i = 0; i < 20; i++) {
				String text = phrases.get(((round + 3) * 20 + i) % phrases.size());
				long one = time(() -> baseline.embed(text));
				long own = time(() -> embedder.embed(text));
				if (round >= 0) {
					singles[0][round * 20 + i] = one;
					singles[1][round * 20 + i] = own;
				}
			}
		}
		print("baseline, LangChain4j's model class", batches[0], singles[0], batch.size());
		print("TextEmbedder, one thread a run     ", batches[1], singles[1], batch.size());
		System.out.printf(Locale.ROOT, "largest difference between their vectors: %s%n",
				largestDifference(baseline, embedder, batch));
		System.exit(0);
	}

	private static List<String> phrases(Path folder) throws IOException {
		List<String> phrases = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().matches(".*\\.(txt|md)")).sorted().toList()) {
				for (String sentence : Files.readString(file).split("[.;:\\n]")) {
					String phrase = sentence.replaceAll("[#*|-]", " ").strip().replaceAll("\\s+", " ");
					if (phrase.length() >= 12) {
						phrases.add(phrase.length() <= MAX_CHARACTERS ? phrase : phrase.substring(0, MAX_CHARACTERS));
					}
				}
			}
		}
		return phrases;
	}

	private static long time(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	private static void print(String name, long[] batches, long[] singles, int batchSize) {
		Arrays.sort(batches);
		Arrays.sort(singles);
		double median = batches[batches.length / 2] / 1e6;
		System.out.printf(Locale.ROOT,
				"%s  batch of %d: p50 %.0f ms (%.0f phrases/s), max %.0f ms;  one phrase: p50 %.2f ms, p99 %.2f ms%n",
				name, batchSize, median, batchSize / median * 1000, batches[batches.length - 1] / 1e6,
				singles[singles.length / 2] / 1e6, singles[(int) Math.ceil(singles.length * 0.99) - 1] / 1e6);
	}

	private static double largestDifference(AllMiniLmL6V2QuantizedEmbeddingModel baseline, TextEmbedder embedder,
			List<String> texts) {
		double largest = 0;
		List<float[]> own = embedder.embedAll(texts);
		for (int i = 0; i < texts.size(); i++) {
			float[] expected = Vectors.unit(baseline.embed(texts.get(i)).content().vector());
			for (int d = 0; d < expected.length; d++) {
				largest = Math.max(largest, Math.abs(expected[d] - own.get(i)[d]));
			}
		}
		return largest;
	}

}
