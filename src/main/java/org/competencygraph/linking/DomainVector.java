package org.competencygraph.linking;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.competencygraph.semantic.TextEmbedder;
import org.competencygraph.semantic.Vectors;
import org.jspecify.annotations.Nullable;

/**
 * A job's domain vector for the crosswalk (linking.yaml, {@code crosswalk.domain}) as it is summed: its requirements'
 * name vectors, each with its weight ({@code LinkingGraph.Domain}), summed per source domain; each domain's sum scaled
 * to unit length and then multiplied by the domain's weight, so that a domain counts by its weight and not by how
 * many requirements it lists (issue 11: one long list must not drown the others, as in BLENDED's requirement
 * profile). The weights per framework are {@code crosswalk.domain.sources}: summed in one, the Chicago lead's many
 * abilities, read through their nearest framework capabilities, led its vector (Speed of Closure, Inductive
 * Reasoning) over its few infrastructure skills, and an O*NET occupation's was led by the technology examples only
 * it lists. A framework without weights there (ESCO) gets the plain weighted sum, as before.
 */
final class DomainVector {

	private final Map<String, Double> domainWeights;

	private final Map<String, float[]> sums = new TreeMap<>();

	private final Map<String, Map<String, Double>> termWeights = new TreeMap<>();

	/**
	 * @param domainWeights the weight of each source domain (one not listed weighs 1); empty: all requirements in one
	 * sum
	 */
	DomainVector(Map<String, Double> domainWeights) {
		this.domainWeights = domainWeights;
	}

	/** Adds the name vector of capability {@code id}, a requirement of source domain {@code source}, with a weight. */
	void add(String source, String id, float[] vector, double weight) {
		String domain = this.domainWeights.isEmpty() ? "" : source;
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
		if (this.domainWeights.isEmpty()) {
			return Vectors.unit(this.sums.get("").clone());
		}
		float[] about = new float[TextEmbedder.DIMENSIONS];
		this.sums.forEach((domain, sum) -> {
			double scale = scale(domain);
			for (int i = 0; i < about.length; i++) {
				about[i] += (float) (scale * sum[i]);
			}
		});
		return Vectors.unit(about);
	}

	/** Each requirement's weight in the vector (for the evidence: the heaviest are named). */
	Map<String, Double> weights() {
		Map<String, Double> weights = new HashMap<>();
		this.termWeights.forEach((domain, terms) -> {
			double scale = this.domainWeights.isEmpty() ? 1 : scale(domain);
			terms.forEach((id, weight) -> weights.merge(id, weight * scale, Double::sum));
		});
		return weights;
	}

	/** A domain's weight over the length of its sum: what its sum is multiplied by. */
	private double scale(String domain) {
		double squares = 0;
		for (float x : this.sums.get(domain)) {
			squares += x * x;
		}
		return squares == 0 ? 0 : this.domainWeights.getOrDefault(domain, 1.0) / Math.sqrt(squares);
	}

}
