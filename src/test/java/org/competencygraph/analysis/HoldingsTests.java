package org.competencygraph.analysis;

import java.util.Map;

import org.competencygraph.analysis.Holdings.Match;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.job.Requirement.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HoldingsTests {

	final RequirementIndex index = RequirementIndexTests.index();

	Holding held(String capability, Double level, boolean assured) {
		int number = this.index.capabilityNumber(capability);
		return new Holding(this.index.conceptOf(number), number, level, assured);
	}

	Holdings holdings(Holding... held) {
		Map<Integer, Holding> byConcept = new java.util.HashMap<>();
		for (Holding h : held) {
			byConcept.put(h.concept(), h);
		}
		return new Holdings(this.index, byConcept);
	}

	JobRequirement requirement(String job, String capability) {
		for (JobRequirement r : this.index.requirements(this.index.jobNumber(job))) {
			if (r.capability() == this.index.capabilityNumber(capability)) {
				return r;
			}
		}
		throw new IllegalArgumentException(capability);
	}

	@Test
	void theCapabilityItselfMeetsItAndBelowLevelGetsTheLevelShare() {
		Match match = holdings(held("a", 3.0, true)).match(requirement("x", "a"));
		assertThat(match.kind()).isEqualTo(MatchKind.EXACT);
		assertThat(match.status()).isEqualTo(RequirementStatus.BELOW_LEVEL);
		assertThat(match.credit()).isEqualTo(0.75);
		assertThat(holdings(held("a", 4.0, true)).match(requirement("x", "a")).status())
			.isEqualTo(RequirementStatus.MET);
		assertThat(holdings(held("a", null, true)).match(requirement("x", "a")).status())
			.as("an unstated level is taken as sufficient")
			.isEqualTo(RequirementStatus.MET);
	}

	@Test
	void aCapabilitySameAsTheRequiredOneMeetsItThroughAChain() {
		Match match = holdings(held("a3", 5.0, true)).match(requirement("x", "a"));
		assertThat(match.kind()).isEqualTo(MatchKind.SAME_AS);
		assertThat(match.status()).isEqualTo(RequirementStatus.MET);
		assertThat(match.credit()).isEqualTo(1.0);
	}

	@Test
	void aNarrowerCapabilityMeetsABroaderRequirementForHalfCreditButNotTheOtherWayRound() {
		Match narrower = holdings(held("n", null, true)).match(requirement("x", "b"));
		assertThat(narrower.kind()).isEqualTo(MatchKind.NARROWER);
		assertThat(narrower.status()).isEqualTo(RequirementStatus.PARTLY_MET);
		assertThat(narrower.credit()).isEqualTo(0.5);
		assertThat(holdings(held("b", null, true)).match(requirement("y", "n")).status())
			.isEqualTo(RequirementStatus.MISSING);
		assertThat(holdings(held("n", null, true), held("b", null, true)).match(requirement("x", "b")).kind())
			.as("the direct match wins over the narrower one")
			.isEqualTo(MatchKind.EXACT);
	}

	@Test
	void anEssentialRequirementNeedsAnAssuredHolding() {
		Match match = holdings(held("a", 4.0, false)).match(requirement("x", "a"));
		assertThat(match.status()).isEqualTo(RequirementStatus.MISSING);
		assertThat(match.heldOnlyAsDesirable()).isNotNull();
		assertThat(holdings(held("b", null, false)).match(requirement("x", "b")).status())
			.as("a desirable requirement is met by a desirable holding")
			.isEqualTo(RequirementStatus.MET);
	}

	@Test
	void readinessCountsEssentialRequirementsAndFitAllOfThem() {
		int x = this.index.jobNumber("x");
		Readiness readiness = Readiness.of(this.index, x);
		// x: a essential weight 1, c essential weight 0.5, b desirable weight 0.5
		readiness.credit(requirement("x", "a"), 0.75);
		readiness.credit(requirement("x", "c"), 1.0);
		assertThat(readiness.readiness()).isEqualTo((0.75 + 0.5) / 1.5);
		assertThat(readiness.desirableCoverage()).isZero();
		assertThat(readiness.fit()).isEqualTo((0.75 + 0.5) / 2.0);
		assertThat(readiness.explain()).isEqualTo("readiness = sum(weight x credit) / sum(weight) over the 2 essential "
				+ "requirements = 1.25 / 1.5 = 0.833; desirable coverage over the 1 desirable requirements = 0 / 0.5 = 0; "
				+ "fit over all requirements = 1.25 / 2 = 0.625");
		assertThat(Readiness.of(this.index, this.index.jobNumber("z")).readiness()).isEqualTo(1.0);
	}

}
