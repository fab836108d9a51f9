package org.competencygraph.linking;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How specific a capability is over the frameworks' occupations, on hand-made vectors and requirements. */
class CapabilitySpecificityTests {

	@Test
	void anOwnCapabilityIsAsSpecificAsTheFrameworkCapabilitiesThatMeanTheSame() {
		// Ten O*NET and ten ESCO occupations (jobs 0-19); "critical thinking" rated by all O*NET ones, required by one
		// ESCO one; "servers" by one occupation in each.
		Map<String, float[]> vectors = new HashMap<>();
		Map<String, BitSet> requiredBy = new HashMap<>();
		Map<String, String> frameworkOf = new HashMap<>();
		put(vectors, requiredBy, frameworkOf, "onet:critical-thinking", "onet", axis(0), range(0, 10));
		put(vectors, requiredBy, frameworkOf, "esco:think-critically", "esco", axis(0), range(10, 11));
		put(vectors, requiredBy, frameworkOf, "onet:tech:server-software", "onet", axis(1), range(3, 4));
		put(vectors, requiredBy, frameworkOf, "esco:administer-servers", "esco", axis(1), range(12, 13));
		// The own jobs (20-21) require both own capabilities: among them, both are as common.
		put(vectors, requiredBy, frameworkOf, "skill/critical-thinking", "none", axis(0), range(20, 22));
		put(vectors, requiredBy, frameworkOf, "knowledge/servers", "none", axis(1), range(20, 22));
		Map<String, Integer> jobs = Map.of("onet", 10, "esco", 10, "none", 2);

		Map<String, Double> least = CapabilitySpecificity.of(vectors, requiredBy, frameworkOf, jobs, 0.7, 3, true);
		double one = Math.log(11) / Math.log(11);
		assertThat(least.get("onet:critical-thinking")).isCloseTo(Math.log(11 / 10.0) / Math.log(11), within(1e-9));
		// Common in O*NET: common, whatever ESCO lists.
		assertThat(least.get("skill/critical-thinking")).isEqualTo(least.get("onet:critical-thinking"));
		assertThat(least.get("knowledge/servers")).isCloseTo(one, within(1e-9));
		Map<String, Double> mean = CapabilitySpecificity.of(vectors, requiredBy, frameworkOf, jobs, 0.7, 3, false);
		assertThat(mean.get("skill/critical-thinking"))
			.isCloseTo((least.get("onet:critical-thinking") + 1) / 2, within(1e-9));
	}

	@Test
	void withoutACapabilityOfTheSameMeaningTheNearestOnesTogetherSayHowCommonItIs() {
		Map<String, float[]> vectors = new HashMap<>();
		Map<String, BitSet> requiredBy = new HashMap<>();
		Map<String, String> frameworkOf = new HashMap<>();
		put(vectors, requiredBy, frameworkOf, "onet:speaking", "onet", mix(0, 1, 0.6), range(0, 10));
		put(vectors, requiredBy, frameworkOf, "onet:tech:dental-software", "onet", mix(0, 2, 0.5), range(1, 2));
		put(vectors, requiredBy, frameworkOf, "ability/oral-expression", "none", axis(0), range(20, 21));
		Map<String, Double> specificity = CapabilitySpecificity.of(vectors, requiredBy, frameworkOf,
				Map.of("onet", 10, "none", 1), 0.7, 2, true);
		// Not the dental software (the nearest after speaking) alone: both nearest together, all ten occupations.
		assertThat(specificity.get("ability/oral-expression")).isCloseTo(Math.log(11 / 10.0) / Math.log(11),
				within(1e-9));
	}

	private static void put(Map<String, float[]> vectors, Map<String, BitSet> requiredBy, Map<String, String> frameworkOf,
			String id, String framework, float[] vector, BitSet jobs) {
		vectors.put(id, vector);
		requiredBy.put(id, jobs);
		frameworkOf.put(id, framework);
	}

	private static BitSet range(int from, int to) {
		BitSet jobs = new BitSet();
		jobs.set(from, to);
		return jobs;
	}

	private static float[] axis(int i) {
		float[] vector = new float[8];
		vector[i] = 1;
		return vector;
	}

	/** A unit vector at cosine {@code cosine} with axis a, the rest along axis b. */
	private static float[] mix(int a, int b, double cosine) {
		float[] vector = new float[8];
		vector[a] = (float) cosine;
		vector[b] = (float) Math.sqrt(1 - cosine * cosine);
		return vector;
	}

}
