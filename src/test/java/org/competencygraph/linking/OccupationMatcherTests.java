package org.competencygraph.linking;

import java.util.List;
import java.util.Map;

import org.competencygraph.linking.OccupationMatcher.Match;
import org.competencygraph.linking.OccupationMatcher.Occupation;
import org.competencygraph.linking.OccupationMatcher.SeedJob;
import org.competencygraph.linking.OccupationMatcher.SeedRequirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OccupationMatcherTests {

	private final LinkingRules rules = LinkingRules.load();

	private final OccupationMatcher matcher = new OccupationMatcher(this.rules.closestOccupation(),
			new TermVectors(this.rules.text()));

	private final List<Occupation> occupations = List.of(
			new Occupation("o:admin", "Network and Computer Systems Administrators", List.of("Network Administrator"),
					"Install, configure, and maintain local area networks and servers.", List.of(),
					Map.of("o:thinking", 0.7)),
			new Occupation("o:chef", "Chefs and Head Cooks", List.of("Executive Chef"),
					"Direct and may participate in the preparation of food.", List.of(), Map.of()),
			new Occupation("o:support", "Computer User Support Specialists", List.of("Help Desk Technician"),
					"Provide technical assistance to computer users.", List.of(), Map.of("o:thinking", 0.5)));

	@Test
	void theJobsWordsRankTheOccupationsAndOnesWithNoWordInCommonAreLeftOut() {
		SeedJob job = new SeedJob("j", "IT Infrastructure Engineer", List.of("Network administrator"), "IT",
				"Maintains the council's servers and networks and supports computer users.", List.of());
		List<Match> matches = this.matcher.rank(List.of(job), this.occupations, 3);
		assertThat(matches).extracting(Match::occupationId).containsExactly("o:admin", "o:support");
		assertThat(matches).extracting(Match::rank).containsExactly(1, 2);
		assertThat(matches).allSatisfy(m -> assertThat(m.method()).isEqualTo("text"));
	}

	@Test
	void linkedRequirementsAddTheirShareWhenTheJobHasThem() {
		SeedRequirement thinking = new SeedRequirement("Critical Thinking", List.of(), true, null,
				Map.of("o:thinking", 1.0));
		SeedJob job = new SeedJob("j", "Analyst", List.of(), null, null, List.of(thinking));
		List<Match> matches = this.matcher.rank(List.of(job), this.occupations, 3);
		assertThat(matches).extracting(Match::occupationId).containsExactly("o:admin", "o:support");
		assertThat(matches.getFirst().method()).isEqualTo("text+capabilities");
		assertThat(matches.getFirst().score()).isGreaterThan(matches.get(1).score());
	}

}
