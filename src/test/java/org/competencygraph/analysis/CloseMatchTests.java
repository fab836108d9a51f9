package org.competencygraph.analysis;

import java.util.Map;

import org.competencygraph.analysis.Holdings.Match;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.job.Requirement.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.competencygraph.analysis.TestIndexes.capability;
import static org.competencygraph.analysis.TestIndexes.job;

/**
 * CLOSE_MATCH links give partial credit: credit = closeMatch.factor (0.5) x the link's score, one step, either
 * direction. a SAME_AS a2; b CLOSE_MATCH a2 (score 0.8, credit 0.4); d CLOSE_MATCH e (score 0.4, credit 0.2). Job x
 * requires a essential at level 4 and e desirable; job y requires b essential; job w requires a and b.
 */
class CloseMatchTests {

	static RequirementIndex index() {
		return RequirementIndex.builder(TestIndexes.SCORING)
			.capability(capability("a"))
			.capability(capability("a2"), "esco")
			.capability(capability("b"), "onet")
			.capability(capability("d"))
			.capability(capability("e"), "esco")
			.job(job("x"))
			.job(job("y"))
			.job(job("w"))
			.requirement("x", "a", Priority.ESSENTIAL, 4.0, null, null)
			.requirement("x", "e", Priority.DESIRABLE, null, null, null)
			.requirement("y", "b", Priority.ESSENTIAL, null, null, null)
			.requirement("w", "a", Priority.ESSENTIAL, null, null, null)
			.requirement("w", "b", Priority.ESSENTIAL, null, null, null)
			.sameAs("a", "a2")
			.closeMatch("b", "a2", 0.8)
			.closeMatch("d", "e", 0.4)
			.build(new ChangeMarker.Commits(0));
	}

	final RequirementIndex index = index();

	int concept(String capability) {
		return this.index.conceptOf(this.index.capabilityNumber(capability));
	}

	JobRequirement requirement(String job, String capability) {
		for (JobRequirement r : this.index.requirements(this.index.jobNumber(job))) {
			if (r.capability() == this.index.capabilityNumber(capability)) {
				return r;
			}
		}
		throw new IllegalArgumentException(capability);
	}

	Holdings holding(String capability, Double level) {
		int number = this.index.capabilityNumber(capability);
		return new Holdings(this.index, Map.of(this.index.conceptOf(number),
				new Holding(this.index.conceptOf(number), number, level, true)));
	}

	@Test
	void linksJoinConceptsBothWaysWithFactorTimesScore() {
		assertThat(this.index.closeMatches(concept("a")).creditOf(concept("b"))).isCloseTo(0.4, within(1e-12));
		assertThat(this.index.closeMatches(concept("b")).creditOf(concept("a2"))).isCloseTo(0.4, within(1e-12));
		assertThat(this.index.closeMatches(concept("e")).creditOf(concept("d"))).isCloseTo(0.2, within(1e-12));
		assertThat(this.index.closeMatches(concept("a")).creditOf(concept("d"))).isZero();
	}

	@Test
	void aCloseMatchMeetsARequirementPartlyWithTheLinksCreditTimesTheLevelShare() {
		Match match = holding("b", 2.0).match(requirement("x", "a"));
		assertThat(match.kind()).isEqualTo(MatchKind.CLOSE_MATCH);
		assertThat(match.status()).isEqualTo(RequirementStatus.PARTLY_MET);
		assertThat(match.credit()).isCloseTo(0.4 * 0.5, within(1e-12));
		// Through SAME_AS on the held side too (a SAME_AS a2 CLOSE_MATCH b), and the other way round.
		assertThat(holding("a", null).match(requirement("y", "b")).credit()).isCloseTo(0.4, within(1e-12));
		assertThat(holding("d", null).match(requirement("x", "e")).credit()).isCloseTo(0.2, within(1e-12));
		// The capability itself wins over a close match.
		Match direct = new Holdings(this.index, Map.of(concept("a"), new Holding(concept("a"),
				this.index.capabilityNumber("a"), 4.0, true), concept("b"), new Holding(concept("b"),
						this.index.capabilityNumber("b"), 7.0, true))).match(requirement("w", "a"));
		assertThat(direct.kind()).isEqualTo(MatchKind.EXACT);
		assertThat(direct.credit()).isEqualTo(1.0);
	}

	@Test
	void aRequirementCountsTowardItsCloseMatchInTheSimilarityVectors() {
		int x = this.index.jobNumber("x");
		int y = this.index.jobNumber("y");
		// y requires b (value 1): its vector has a at 1 x 0.4.
		assertThat(this.index.vector(y).value(concept("a"))).isCloseTo(0.4, within(1e-12));
		// x requires a at level 4 (value 0.5 + 4/7) and e desirable (0.5): b at 0.4 x that, d at 0.2 x 0.5.
		double a = 0.5 + 4.0 / 7;
		assertThat(this.index.vector(x).value(concept("b"))).isCloseTo(0.4 * a, within(1e-12));
		assertThat(this.index.vector(x).value(concept("d"))).isCloseTo(0.1, within(1e-12));
		// Cosine of x = {a: A, e: 0.5, b: 0.4A, d: 0.1} and y = {b: 1, a: 0.4}.
		double dot = a * 0.4 + 0.4 * a;
		double normX = Math.sqrt(a * a + 0.25 + 0.16 * a * a + 0.01);
		double normY = Math.sqrt(1 + 0.16);
		assertThat(SimilarityMetric.WEIGHTED_COSINE.score(this.index.vector(x), this.index.vector(y)))
			.isCloseTo(dot / (normX * normY), within(1e-12));
		// A job requiring both keeps its own values: a close match never raises or doubles a direct one.
		int w = this.index.jobNumber("w");
		assertThat(this.index.vector(w).size()).isEqualTo(2);
		assertThat(this.index.vector(w).value(concept("a"))).isEqualTo(1.0);
	}

	@Test
	void noCloseMatchCreditWithFactorZero() {
		SimilarityWeights weights = SimilarityWeights.load();
		SimilarityWeights none = new SimilarityWeights(weights.blend(), weights.domains(),
				new SimilarityWeights.CloseMatch(0));
		RequirementIndex off = RequirementIndex.builder(TestIndexes.SCORING, none)
			.capability(capability("a"))
			.capability(capability("b"), "onet")
			.closeMatch("a", "b", 1.0)
			.build(new ChangeMarker.Commits(0));
		assertThat(off.closeMatches(off.conceptOf(0)).size()).isZero();
	}

}
