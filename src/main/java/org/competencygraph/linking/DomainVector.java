package org.competencygraph.linking;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.competencygraph.semantic.TextEmbedder;
import org.competencygraph.semantic.Vectors;
import org.jspecify.annotations.Nullable;

/**
 * A job's domain vector for the crosswalk (linking.yaml, {@code crosswalk.domain}) as it is summed: its requirements'
 * name vectors, each weighted by importance and specificity, summed per source domain; each domain's sum scaled to
 * unit length and then multiplied by the domain's weight, so that a domain counts by its weight and not by how many
 * requirements it lists (issue 11: one long list must not drown the others, as BLENDED's requirement profile does).
 * The project's own jobs are summed by capability kind ({@code crosswalk.domain.kinds}): the Chicago lead's many
 * abilities, read through their nearest framework capabilities, had made its vector one of abilities (Speed of
 * Closure, Inductive Reasoning) and drowned its few infrastructure skills. A job summed in one domain (the
 * frameworks' occupations) gets the plain weighted sum, as before.
 */
final class DomainVector {

	private final Map<String, Double> kindWeights;

	private final Map<String, float[]> sums = new TreeMap<>();

	private final Map<String, Map<String, Double>> termWeights = new TreeMap<>();

	/**
	 * @param kindWeights the weight of each domain (a kind not listed weighs 1); empty: all requirements in one sum
	 */
	DomainVector(Map<String, Double> kindWeights) {
		this.kindWeights = kindWeights;
	}

	/** Adds a requirement's name vector of capability {@code id}, of {@code kind}, with {@code weight}. */
	void add(String kind, String id, float[] vector, double weight) {
		String domain = this.kindWeights.isEmpty() ? "" : kind;
		float[] sum = this.sums.computeIfAbsent(domain, k -> new float[TextEmbedder.DIMENSIONS]);
		for (int i = 0; i < sum.length; i++) {
			sum[i] += (float) (vector[i] * weight);
		}
		this.termWeights.computeIfAbsent(domain, k -> new HashMap<>()).merge(id, weight, Double::sum);
	}

	/** The domain vector, unit length; null when no requirement was added. */
	float @Nullable [] vector() {
		if (this.sums.isEmpty()) {
			return null;
		}
		if (this.kindWeights.isEmpty()) {
			return Vectors.unit(this.sums.get("").clone());
		}
		float[] about = new float[TextEmbedder.DIMENSIONS];
		this.sums.forEach((kind, sum) -> {
			double scale = scale(kind);
			for (int i = 0; i < about.length; i++) {
				about[i] += (float) (scale * sum[i]);
			}
		});
		return Vectors.unit(about);
	}

	/** Each requirement's weight in the vector (for the evidence: the heaviest are named). */
	Map<String, Double> weights() {
		Map<String, Double> weights = new HashMap<>();
		this.termWeights.forEach((kind, terms) -> {
			double scale = this.kindWeights.isEmpty() ? 1 : scale(kind);
			terms.forEach((id, weight) -> weights.merge(id, weight * scale, Double::sum));
		});
		return weights;
	}

	/** A domain's weight over the length of its sum: what its sum is multiplied by. */
	private double scale(String kind) {
		double squares = 0;
		for (float x : this.sums.get(kind)) {
			squares += x * x;
		}
		return squares == 0 ? 0 : this.kindWeights.getOrDefault(kind, 1.0) / Math.sqrt(squares);
	}

}
