package org.competencygraph.linking;

import java.util.Map;

import org.competencygraph.semantic.TextEmbedder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The crosswalk's domain vectors (linking.yaml, {@code crosswalk.domain}) as linking.yaml sums them, on hand-made
 * vectors: what a job's vector is made of decides which occupations it is placed near.
 */
class DomainVectorTests {

	private static final LinkingRules.DomainRules RULES = LinkingRules.load().crosswalk().domain();

	@Test
	void anOwnJobsManyAbilitiesDoNotDrownItsFewSkills() {
		// The Chicago lead's case: six abilities, as heavy each as its one infrastructure skill. Summed in one, the
		// skill would be 1/sqrt(7) = 0.38 of the vector; by kind, abilities count 0.7 (BLENDED's own weight) and
		// skills 1, however many each lists.
		DomainVector own = new DomainVector(RULES.sources().get("none"));
		for (int i = 0; i < 6; i++) {
			own.add("Ability", "ability/" + i, axis(i), 1.0);
		}
		own.add("Skill", "skill/server-administration", axis(10), 1.0);

		float[] vector = own.vector();
		assertThat(vector[10]).isCloseTo((float) (1 / Math.sqrt(1 + 0.7 * 0.7)), within(1e-5f));
		assertThat(vector[0]).isCloseTo((float) (0.7 / Math.sqrt(6) / Math.sqrt(1 + 0.7 * 0.7)), within(1e-5f));
		// The evidence names the skill first.
		Map<String, Double> weights = own.weights();
		assertThat(weights.get("skill/server-administration")).isGreaterThan(weights.get("ability/0") * 2);
	}

	@Test
	void anOnetOccupationsManyTechnologyExamplesDoNotDrownItsSkills() {
		DomainVector onet = new DomainVector(RULES.sources().get("onet"));
		for (int i = 0; i < 30; i++) {
			onet.add("technology", "onet:tech:" + i, axis(i), 1.0);
		}
		onet.add("Skills", "onet:programming", axis(40), 0.2);

		assertThat(onet.vector()[40]).isCloseTo((float) (1 / Math.sqrt(1 + 0.5 * 0.5)), within(1e-5f));
	}

	@Test
	void anEscoOccupationIsSummedInOne() {
		DomainVector esco = new DomainVector(RULES.sources().getOrDefault("esco", Map.of()));
		esco.add("Skill", "esco:a", axis(0), 3.0);
		esco.add("KnowledgeArea", "esco:b", axis(1), 4.0);

		float[] vector = esco.vector();
		assertThat(vector[0]).isCloseTo(0.6f, within(1e-6f));
		assertThat(vector[1]).isCloseTo(0.8f, within(1e-6f));
		assertThat(new DomainVector(Map.of()).vector()).isNull();
	}

	@Test
	void anOnetRatingCountsByHowFarItIsAboveTheConceptsMean() {
		// Every O*NET occupation is rated on Programming (mean importance 0.4), so its specificity is about 0: what
		// sets a programmer apart is rating it above the mean. A technology example weighs by its specificity.
		LinkingGraph.Domain domain = new LinkingGraph.Domain(Map.of("onet:programming", 0.01, "onet:tech:oracle", 0.8),
				Map.of("onet:programming", 0.4, "onet:tech:oracle", 0.05), Map.of(), RULES);

		assertThat(domain.weight("onet:programming", "Skills", 0.9)).isCloseTo(0.5, within(1e-9));
		assertThat(domain.weight("onet:programming", "Skills", 0.3)).isZero();
		assertThat(domain.weight("onet:tech:oracle", "technology", 1.0))
			.isCloseTo(Math.pow(0.8, RULES.sharpness()), within(1e-9));
	}

	private static float[] axis(int i) {
		float[] vector = new float[TextEmbedder.DIMENSIONS];
		vector[i] = 1;
		return vector;
	}

}
