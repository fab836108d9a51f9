package org.competencygraph.linking;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.linking.OccupationCrosswalk.Bridge;
import org.competencygraph.linking.OccupationCrosswalk.Match;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The bridge part: an own job's closest occupations in one framework and theirs in another. */
class CrosswalkBridgeTests {

	@Test
	void eachPathCountsByBothScoresAndTheStrongestIsTheEvidence() {
		List<Match> toEsco = List.of(match("seed/a", "esco:ops", "esco", 1, 0.6), match("seed/a", "esco:admin", "esco", 2, 0.4),
				match("seed/a", "esco:far", "esco", 4, 0.3));
		List<Match> escoToOnet = List.of(match("esco:ops", "onet:cis", "onet", 1, 0.5),
				match("esco:admin", "onet:cis", "onet", 2, 0.8), match("esco:admin", "onet:net", "onet", 1, 0.9),
				match("esco:far", "onet:mining", "onet", 1, 0.9));
		Map<String, Map<String, Bridge>> bridges = CrosswalkBridge.of(toEsco, escoToOnet, 3,
				Map.of("esco:ops", "ICT operations manager", "esco:admin", "ICT system administrator"));
		// (0.6 x 0.5 + 0.4 x 0.8) / (0.6 + 0.4)
		assertThat(bridges.get("seed/a").get("onet:cis").score()).isCloseTo(0.62, within(1e-9));
		assertThat(bridges.get("seed/a").get("onet:cis").via())
			.isEqualTo("through esco's 'ICT system administrator' (0.40 x 0.80)");
		assertThat(bridges.get("seed/a").get("onet:net").score()).isCloseTo(0.36, within(1e-9));
		// The fourth closest is beyond `through`: its onward matches do not count.
		assertThat(bridges.get("seed/a")).doesNotContainKey("onet:mining");
	}

	@Test
	void theBridgePartRanksAnOccupationTheDirectPartsLeftOut() {
		LinkingRules.CrosswalkRules rules = LinkingRules.load().crosswalk();
		OccupationCrosswalk crosswalk = new OccupationCrosswalk(rules, Map.of());
		float[] a = axis(0);
		float[] b = axis(1);
		OccupationCrosswalk.Profile job = new OccupationCrosswalk.Profile("seed/a", "none", "A", Set.of("a"),
				a, null, null, Map.of(), null, List.of());
		OccupationCrosswalk.Profile near = new OccupationCrosswalk.Profile("onet:near", "onet", "Near",
				Set.of("near"), a, null, null, Map.of(), null, List.of());
		OccupationCrosswalk.Profile bridged = new OccupationCrosswalk.Profile("onet:bridged", "onet", "Bridged",
				Set.of("bridged"), b, null, null, Map.of(), null, List.of());
		List<Match> matches = crosswalk.rank(List.of(job), List.of(near, bridged), 2, (o, v) -> null,
				Map.of("seed/a", Map.of("onet:bridged", new Bridge(1.0, "through esco's 'x' (1.00 x 1.00)"))));
		// The bridged occupation's title is unlike the job's (cosine 0), the other's the same: the bridge, weighed
		// beside the title, carries the first one past it; the other scores 0 on the bridge, which it does not reach.
		assertThat(matches).extracting(Match::occupationId).containsExactly("onet:bridged", "onet:near");
		double weight = rules.bridge().weight();
		assertThat(matches.get(0).score()).isCloseTo(weight / (rules.title() + weight), within(0.001));
		assertThat(matches.get(0).method()).isEqualTo("title+bridge");
		assertThat(matches.get(0).evidence()).last().isEqualTo("bridge (1.00) through esco's 'x' (1.00 x 1.00)");
		assertThat(matches.get(1).score()).isCloseTo(rules.title() / (rules.title() + weight), within(0.001));
		assertThat(matches.get(1).bridgeScore()).isZero();
	}

	private static Match match(String job, String occupation, String framework, int rank, double score) {
		return new Match(job, occupation, framework, rank, score, 0, null, null, null, "title", List.of());
	}

	private static float[] axis(int i) {
		float[] vector = new float[384];
		vector[i] = 1;
		return vector;
	}

}
