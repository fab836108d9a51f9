package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.linking.OccupationCrosswalk.Match;
import org.competencygraph.linking.OccupationCrosswalk.Profile;
import org.competencygraph.semantic.TextEmbedder;
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
		// An occupation described by its title alone (O*NET's "All Other") scores 0 on the parts the job has and it
		// lacks: its title does not carry it past described occupations.
		assertThat(matches.get(1).score()).isCloseTo(RULES.title() / (RULES.title() + RULES.duties()
				+ RULES.capabilities()), within(0.001));
		assertThat(matches.get(1).dutyScore()).isZero();
		assertThat(matches.get(1).capabilityScore()).isZero();
	}

	@Test
	void aPartTheJobLacksIsLeftOut() {
		Profile job = profile("seed/lead", "none", "Lead", Set.of("lead"), axis(0), null, null, Map.of());
		Profile occupation = profile("onet:1", "onet", "Lead Too", Set.of("lead too"), axis(0), axis(1), axis(2),
				Map.of());
		List<Match> matches = this.crosswalk.rank(List.of(job), List.of(occupation), 1, (id, v) -> null);
		// Only the title can be compared: its score is the score, whatever the weights.
		assertThat(matches.get(0).score()).isCloseTo(1.0, within(0.001));
		assertThat(matches.get(0).method()).isEqualTo("title");
		assertThat(matches.get(0).dutyScore()).isNull();
	}

	@Test
	void centringTakesOffWhatAllJobsShare() {
		// 200 jobs whose duties share one direction (axis 0) and differ in a second; two of them differ in axis 1 vs 2.
		List<Profile> profiles = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			profiles.add(profile("onet:" + i, "onet", "T" + i, Set.of("t" + i), axis(5), mix(0, 1 + i % 2), null,
					Map.of()));
		}
		double before = TextEmbedder.cosine(profiles.get(0).duties(),
				profiles.get(1).duties());
		List<Profile> centred = CrosswalkCentring.centred(profiles, new LinkingRules.Centring(1, 1, 1, 1, 200));
		double after = TextEmbedder.cosine(centred.get(0).duties(),
				centred.get(1).duties());
		assertThat(before).isCloseTo(0.5, within(0.01));
		assertThat(after).isLessThan(0);
		// Too few jobs for a mean: left as they are.
		List<Profile> few = CrosswalkCentring.centred(profiles.subList(0, 10), new LinkingRules.Centring(1, 1, 1, 1, 200));
		assertThat(few.get(0).duties()).isEqualTo(profiles.get(0).duties());
	}

	private static float[] mix(int a, int b) {
		float[] v = new float[384];
		v[a] = (float) Math.sqrt(0.5);
		v[b] = (float) Math.sqrt(0.5);
		return v;
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

	@Test
	void theDomainPartTellsApartOccupationsOfOneFunctionForOwnJobs() {
		// Two managers' occupations alike in title, duties and requirements: what the work is about decides.
		Profile job = domainProfile("seed/lead", "none", axis(10), List.of("Server Administration"));
		Profile ict = domainProfile("onet:b", "onet", axis(10), List.of("Oracle Database"));
		Profile general = domainProfile("onet:a", "onet", axis(11), List.of("Deacom ERP"));
		List<Match> matches = this.crosswalk.rank(List.of(job), List.of(general, ict), 2, (id, v) -> null);
		assertThat(matches).extracting(Match::occupationId).containsExactly("onet:b", "onet:a");
		assertThat(matches.get(0).method()).isEqualTo("title+duties+capabilities+domain");
		assertThat(matches.get(0).evidence().getLast()).isEqualTo("domain (1.00): Server Administration ~ Oracle Database");
		double rest = RULES.title() + RULES.duties() + RULES.capabilities();
		assertThat(matches.get(1).score()).isCloseTo(rest / (rest + RULES.domain().weight()), within(0.001));
		// Between the frameworks the part is left out (linking.yaml, crosswalk.domain.ownJobsOnly): ties by id.
		Profile esco = domainProfile("esco:x", "esco", axis(10), List.of("administer ICT system"));
		List<Match> placed = this.crosswalk.rank(List.of(esco), List.of(general, ict), 2, (id, v) -> null);
		assertThat(placed).extracting(Match::method).containsOnly("title+duties+capabilities");
		assertThat(placed).extracting(Match::occupationId).containsExactly("onet:a", "onet:b");
	}

	private static Profile domainProfile(String id, String framework, float[] domain, List<String> terms) {
		return new Profile(id, framework, "Manager", Set.of("manager " + id), axis(0), axis(1), axis(2), Map.of(),
				domain, terms);
	}

	private static Profile profile(String id, String framework, String title, Set<String> labels, float[] titleVector,
			float[] duties, float[] requirements, Map<String, Double> weights) {
		return new Profile(id, framework, title, labels, titleVector, duties, requirements, weights, null, List.of());
	}

	private static float[] axis(int i) {
		float[] vector = new float[384];
		vector[i] = 1;
		return vector;
	}

}
