package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.semantic.TextEmbedder;

/**
 * How specific each required capability is to some kind of work, 0-1, measured over the occupations of the imported
 * frameworks (the crosswalk's domain part, frameworks/linking.yaml {@code crosswalk.domain}). A framework's own
 * capability: the inverse document frequency log((occupations + 1) / occupations requiring it), divided by its
 * largest value log(occupations + 1), so what every O*NET occupation is rated on (Critical Thinking, Management of
 * Financial Resources) is near 0 and a technology or skill few occupations list near 1. A capability of the project's
 * own vocabulary is required by a handful of own jobs, all of one field, so its frequency among them says nothing of
 * how specific it is (among 21 ICT roles "Server Administration" is common and "budget management" rare, the other
 * way round from all occupations): it is read through the framework capabilities that mean the same (label cosine
 * at least {@code similar}), as the inverse document frequency of the occupations of each framework requiring any of
 * them, the least over the frameworks that have such capabilities (or their mean). One no framework has (the
 * seed's abilities: O*NET's abilities are not imported; or a narrow skill such as "Data Center Operations") is read
 * by its frequency among the own jobs, the only evidence left.
 */
final class CapabilitySpecificity {

	private CapabilitySpecificity() {
	}

	/**
	 * @param vectors label vector per capability id (unit length)
	 * @param requiredBy per capability id, the indexes of the jobs requiring it
	 * @param frameworkOf per capability id, its framework, or "none" for the project's own
	 * @param jobsOf per framework, its number of jobs
	 * @param similar least label cosine of a framework capability that reads as the same as an own one
	 * @param neighbours the nearest framework capabilities read instead where none reads as the same
	 * @param least whether an own capability's specificity is the least of its specificities in the frameworks (a
	 * capability common in any framework is common), else their mean
	 * @param least whether an own capability's specificity is the least of its specificities in the frameworks (a
	 * capability common in any framework is common), else their mean
	 * @return per required capability with a vector, its specificity 0-1
	 */
	static Map<String, Double> of(Map<String, float[]> vectors, Map<String, BitSet> requiredBy,
			Map<String, String> frameworkOf, Map<String, Integer> jobsOf, double similar, int neighbours, boolean least) {
		Map<String, Double> specificity = new HashMap<>();
		Map<String, List<String>> byFramework = new HashMap<>();
		List<String> own = new ArrayList<>();
		requiredBy.keySet().stream().sorted().filter(vectors::containsKey).forEach(id -> {
			String framework = frameworkOf.getOrDefault(id, "none");
			if (framework.equals("none")) {
				own.add(id);
			}
			else {
				byFramework.computeIfAbsent(framework, k -> new ArrayList<>()).add(id);
				specificity.put(id, idf(requiredBy.get(id).cardinality(), jobsOf.getOrDefault(framework, 0)));
			}
		});
		Set<String> frameworks = byFramework.keySet();
		for (String id : own) {
			float[] vector = vectors.get(id);
			double sum = 0;
			double min = 1;
			int counted = 0;
			for (String framework : frameworks) {
				List<String> candidates = byFramework.get(framework);
				double[] cosines = new double[candidates.size()];
				BitSet jobs = new BitSet();
				for (int i = 0; i < cosines.length; i++) {
					cosines[i] = TextEmbedder.cosine(vector, vectors.get(candidates.get(i)));
					if (cosines[i] >= similar) {
						jobs.or(requiredBy.get(candidates.get(i)));
					}
				}
				if (jobs.isEmpty()) {
					// None reads as the same: its nearest neighbours, together, say how common such work is (one
					// nearest alone is often a rare technology that happens to share a word).
					Integer[] order = new Integer[cosines.length];
					for (int i = 0; i < order.length; i++) {
						order[i] = i;
					}
					java.util.Arrays.sort(order, (a, b) -> Double.compare(cosines[b], cosines[a]));
					for (int i = 0; i < Math.min(neighbours, order.length); i++) {
						jobs.or(requiredBy.get(candidates.get(order[i])));
					}
				}
				double idf = idf(jobs.cardinality(), jobsOf.getOrDefault(framework, 0));
				sum += idf;
				min = Math.min(min, idf);
				counted++;
			}
			if (counted > 0) {
				specificity.put(id, least ? min : sum / counted);
			}
		}
		return specificity;
	}

	/** log((jobs + 1) / requiring) / log(jobs + 1): 1 for a capability one job requires, about 0 for all. */
	static double idf(int requiring, int jobs) {
		if (jobs <= 0 || requiring <= 0) {
			return 0;
		}
		return Math.max(0, Math.log((jobs + 1.0) / requiring) / Math.log(jobs + 1.0));
	}

}
