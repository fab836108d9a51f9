package org.competencygraph.analysis;

import org.competencygraph.job.Requirement.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringTests {

	final Scoring scoring = TestIndexes.SCORING;

	@Test
	void weightIsPriorityWeightTimesImportanceAndDefaultsToTheScaleDefault() {
		assertThat(this.scoring.weight(Priority.ESSENTIAL, null)).isEqualTo(1.0);
		assertThat(this.scoring.weight(Priority.DESIRABLE, null)).isEqualTo(0.5);
		assertThat(this.scoring.weight(Priority.ESSENTIAL, 0.6)).isEqualTo(0.6);
		assertThat(this.scoring.weight(Priority.DESIRABLE, 0.6)).isEqualTo(0.3);
		assertThat(this.scoring.effectiveImportance(Priority.DESIRABLE, null)).isEqualTo(0.5);
		assertThat(this.scoring.effectiveImportance(Priority.DESIRABLE, 0.8)).isEqualTo(0.8);
	}

	@Test
	void levelFactorRunsFromHalfAtZeroToOneAndAHalfAtSevenAndIsOneWithoutLevel() {
		assertThat(Scoring.levelFactor(0.0)).isEqualTo(0.5);
		assertThat(Scoring.levelFactor(3.5)).isEqualTo(1.0);
		assertThat(Scoring.levelFactor(7.0)).isEqualTo(1.5);
		assertThat(Scoring.levelFactor(null)).isEqualTo(1.0);
		assertThat(this.scoring.vectorValue(Priority.DESIRABLE, null, 7.0)).isEqualTo(0.75);
	}

	@Test
	void levelShareIsHeldOverRequiredCappedAtOneAndOneWhenEitherIsUnknown() {
		assertThat(Scoring.levelShare(2.0, 5.0)).isEqualTo(0.4);
		assertThat(Scoring.levelShare(6.0, 5.0)).isEqualTo(1.0);
		assertThat(Scoring.levelShare(null, 5.0)).isEqualTo(1.0);
		assertThat(Scoring.levelShare(2.0, null)).isEqualTo(1.0);
		assertThat(Scoring.levelShare(0.0, 0.0)).isEqualTo(1.0);
	}

	@Test
	void creditIsMatchCreditTimesLevelShare() {
		assertThat(this.scoring.credit(MatchKind.EXACT, 3.0, 4.0)).isEqualTo(0.75);
		assertThat(this.scoring.credit(MatchKind.SAME_AS, 3.0, 4.0)).isEqualTo(0.75);
		assertThat(this.scoring.credit(MatchKind.NARROWER, 3.0, 4.0)).isCloseTo(0.375, within(1e-12));
		assertThat(this.scoring.credit(MatchKind.NARROWER, null, null)).isEqualTo(0.5);
	}

	@Test
	void metricsOnHandComputedVectors() {
		// a = (c0: 1, c1: 2), b = (c1: 1, c2: 3)
		SparseVector a = SparseVector.of(new int[] { 0, 1 }, new double[] { 1, 2 });
		SparseVector b = SparseVector.of(new int[] { 1, 2 }, new double[] { 1, 3 });
		assertThat(a.norm()).isCloseTo(Math.sqrt(5), within(1e-12));
		assertThat(b.sum()).isEqualTo(4);
		// cosine: 2 x 1 / (sqrt 5 x sqrt 10)
		assertThat(SimilarityMetric.WEIGHTED_COSINE.score(a, b)).isCloseTo(2 / Math.sqrt(50), within(1e-12));
		// Jaccard: min(2, 1) / (max(1,0) + max(2,1) + max(0,3)) = 1 / 6
		assertThat(SimilarityMetric.WEIGHTED_JACCARD.score(a, b)).isCloseTo(1.0 / 6, within(1e-12));
		assertThat(SimilarityMetric.WEIGHTED_COSINE.score(a, a)).isCloseTo(1.0, within(1e-12));
		assertThat(SimilarityMetric.WEIGHTED_JACCARD.score(a, a)).isCloseTo(1.0, within(1e-12));
		SparseVector none = SparseVector.of(new int[] { 5 }, new double[] { 1 });
		assertThat(SimilarityMetric.WEIGHTED_COSINE.score(a, none)).isZero();
		assertThat(SimilarityMetric.WEIGHTED_JACCARD.computation(1, a, b))
			.isEqualTo("sum of min(a[c], b[c]) over shared capabilities 1 / (sum a 3 + sum b 4 - 1) = 0.167");
	}

}
