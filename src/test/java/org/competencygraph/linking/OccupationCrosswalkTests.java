package org.competencygraph.linking;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.linking.OccupationCrosswalk.Match;
import org.competencygraph.linking.OccupationCrosswalk.Profile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The crosswalk's blend, shared titles and evidence on hand-made vectors (unit vectors along one axis each). */
class OccupationCrosswalkTests {

	private static final LinkingRules.CrosswalkRules RULES = LinkingRules.load().crosswalk();

	private final OccupationCrosswalk crosswalk = new OccupationCrosswalk(RULES,
			Map.of("skill/networks", Map.of("onet:2.C.3.a", 0.9)));

	@Test
	void theScoreIsTheWeightedMeanOfThePartsBothJobsHave() {
		Profile job = profile("seed/job", "none", "Network Person", Set.of("network person"), axis(0), axis(1), axis(2),
				Map.of());
		Profile same = profile("onet:1", "onet", "Network Person Too", Set.of("network person too"), axis(0), axis(1),
				axis(2), Map.of());
		Profile noDuties = profile("onet:2", "onet", "Other", Set.of("other"), axis(0), null, null, Map.of());
		List<Match> matches = this.crosswalk.rank(List.of(job), List.of(noDuties, same), 2, (id, v) -> null);
		assertThat(matches).extracting(Match::occupationId).containsExactly("onet:1", "onet:2");
		assertThat(matches.get(0).score()).isCloseTo(1.0, within(0.001));
		assertThat(matches.get(0).method()).isEqualTo("title+duties+capabilities");
		// Only the title can be compared: its score is the score, whatever the weights.
		assertThat(matches.get(1).score()).isCloseTo(1.0, within(0.001));
		assertThat(matches.get(1).method()).isEqualTo("title");
		assertThat(matches.get(1).dutyScore()).isNull();
	}

	@Test
	void aTitleSharedWithoutSeniorityWordsCountsAsTheSameTitle() {
		Profile job = profile("seed/junior", "none", "Junior Infrastructure Engineer",
				Set.of("junior infrastructure engineer", "infrastructure engineer"), axis(0), axis(1), null, Map.of());
		Profile alternate = profile("onet:15-1241.01", "onet", "Telecommunications Engineering Specialists",
				Set.of("telecommunications engineering specialists", "infrastructure engineer"), axis(3), axis(1), null,
				Map.of());
		Profile unrelated = profile("onet:17-2141.00", "onet", "Mechanical Engineers", Set.of("mechanical engineers"),
				axis(3), axis(4), null, Map.of());
		List<Match> matches = this.crosswalk.rank(List.of(job), List.of(unrelated, alternate), 1,
				(id, v) -> "'Design networks.' (0.80)");
		assertThat(matches).singleElement().satisfies(match -> {
			assertThat(match.occupationId()).isEqualTo("onet:15-1241.01");
			assertThat(match.titleScore()).isEqualTo(RULES.sharedTitle());
			assertThat(match.evidence()).containsExactly("shared title 'infrastructure engineer'",
					"duties alike (1.00); closest: 'Design networks.' (0.80)");
		});
	}

	@Test
	void linkedRequirementsAreEvidenceAndPartOfTheCapabilityScore() {
		Profile job = profile("seed/job", "none", "A", Set.of("a"), axis(0), null, axis(2),
				Map.of("skill/networks", 1.0));
		Profile occupation = profile("onet:1", "onet", "B", Set.of("b"), axis(0), null, axis(2),
				Map.of("onet:2.C.3.a", 1.0));
		Match match = this.crosswalk.rank(List.of(job), List.of(occupation), 1, (id, v) -> null).getFirst();
		// The mean of the profile cosine (1.0) and the linked share (0.9).
		assertThat(match.capabilityScore()).isCloseTo(0.95, within(0.001));
		assertThat(match.evidence().getLast()).isEqualTo("requirements alike (0.95); linked: skill/networks ~ onet:2.C.3.a");
	}

	private static Profile profile(String id, String framework, String title, Set<String> labels, float[] titleVector,
			float[] duties, float[] requirements, Map<String, Double> weights) {
		return new Profile(id, framework, title, labels, titleVector, duties, requirements, weights);
	}

	private static float[] axis(int i) {
		float[] vector = new float[384];
		vector[i] = 1;
		return vector;
	}

}
