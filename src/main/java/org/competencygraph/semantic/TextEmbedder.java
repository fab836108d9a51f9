package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

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

	/**
	 * Loaded on first use (a second or two, and its native runtime): a server that answers no text query and imports
	 * nothing never loads it, and start-up does not wait for it.
	 */
	private final SingletonSupplier<AllMiniLmL6V2QuantizedEmbeddingModel> model = SingletonSupplier
		.of(AllMiniLmL6V2QuantizedEmbeddingModel::new);

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
