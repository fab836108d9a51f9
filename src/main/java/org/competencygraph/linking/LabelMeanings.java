package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.competencygraph.semantic.Labels;

/**
 * Sentence vectors of capability labels (names, aliases, ESCO alternative labels, O*NET alternate names), computed in
 * memory for the labels a link run compares, once per run and label. Only the preferred names (and descriptions) are
 * stored in the graph; a capability's other labels are embedded when it is a candidate of some source (its name or
 * description is among the nearest), which is a few thousand labels per run rather than every label of every release.
 */
final class LabelMeanings {

	/** Texts embedded per call of the model: its batches are fastest at about this size. */
	private static final int BATCH = 128;

	private final Function<List<String>, List<float[]>> embedder;

	private final Map<String, float[]> vectors = new HashMap<>();

	LabelMeanings(Function<List<String>, List<float[]>> embedder) {
		this.embedder = embedder;
	}

	/** The vectors of {@code labels}, computing the ones not seen before in one batch. */
	List<float[]> of(List<String> labels) {
		LinkedHashSet<String> missing = new LinkedHashSet<>();
		for (String label : labels) {
			if (!this.vectors.containsKey(key(label))) {
				missing.add(key(label));
			}
		}
		List<String> texts = new ArrayList<>(missing);
		for (int from = 0; from < texts.size(); from += BATCH) {
			List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
			List<float[]> computed = this.embedder.apply(batch);
			for (int i = 0; i < batch.size(); i++) {
				this.vectors.put(batch.get(i), computed.get(i));
			}
		}
		return labels.stream().map(label -> this.vectors.get(key(label))).toList();
	}

	/**
	 * Labels that differ only in case or punctuation mean the same to the (uncased) model; a label of punctuation
	 * alone is embedded as written.
	 */
	private static String key(String label) {
		String normalised = Labels.normalise(label);
		return normalised.isEmpty() ? label.strip() : normalised;
	}

	/** How many labels were embedded so far. */
	int computed() {
		return this.vectors.size();
	}

	/** What was computed, for a tuning harness to keep between runs. */
	Map<String, float[]> cache() {
		return this.vectors;
	}

}
