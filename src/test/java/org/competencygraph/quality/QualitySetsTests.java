package org.competencygraph.quality;

import java.util.HashSet;
import java.util.Set;

import org.competencygraph.quality.QualitySets.JudgedRelated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The development sets load, and the adviser's grades are usable as the evaluation reads them. */
class QualitySetsTests {

	private static final String SOC = "\\d{2}-\\d{4}\\.\\d{2}";

	@Test
	void everyJudgedOccupationHasGradedCandidatesEachGradedOnce() {
		QualitySets sets = QualitySets.load();

		assertThat(sets.relatedJudged()).hasSize(30);
		for (JudgedRelated occupation : sets.relatedJudged()) {
			assertThat(occupation.occupation()).matches(SOC);
			Set<String> graded = new HashSet<>();
			for (Set<String> grade : java.util.List.of(occupation.clearly(), occupation.somewhat(), occupation.not())) {
				assertThat(grade).allMatch(code -> code.matches(SOC)).allMatch(graded::add);
			}
			assertThat(graded).hasSizeGreaterThanOrEqualTo(10).doesNotContain(occupation.occupation()).allMatch(occupation::graded);
		}
	}

}
