package org.competencygraph.analysis;

import java.util.Map;

import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.job.Requirement.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.competencygraph.analysis.TestIndexes.capability;
import static org.competencygraph.analysis.TestIndexes.job;

class RequirementIndexTests {

	/**
	 * a ~ a2 ~ a3 (SAME_AS chain across three frameworks), n BROADER b; job x: a essential L4, b desirable,
	 * c essential; job y: a3 essential L2, n essential; job z: nothing.
	 */
	static RequirementIndex index() {
		return RequirementIndex.builder(TestIndexes.SCORING)
			.capability(capability("a"))
			.capability(capability("a2"), "esco")
			.capability(capability("a3"), "onet")
			.capability(capability("b"))
			.capability(capability("n"))
			.capability(capability("c"))
			.job(job("x"))
			.job(job("y"))
			.job(job("z"))
			.requirement("x", "a", Priority.ESSENTIAL, 4.0, null, null)
			.requirement("x", "b", Priority.DESIRABLE, null, null, null)
			.requirement("x", "c", Priority.ESSENTIAL, null, 0.5, null)
			.requirement("x", "c", Priority.DESIRABLE, null, null, null)
			.requirement("y", "a3", Priority.ESSENTIAL, 2.0, null, null)
			.requirement("y", "n", Priority.ESSENTIAL, null, null, null)
			.requirement("y", "unknown", Priority.ESSENTIAL, null, null, null)
			.requirement("nobody", "a", Priority.ESSENTIAL, null, null, null)
			.sameAs("a", "a2")
			.sameAs("a3", "a2")
			.broader("n", "b")
			.build(new ChangeMarker.Commits(0));
	}

	@Test
	void sameAsChainsAreOneConceptAndBroaderLinksConcepts() {
		RequirementIndex index = index();
		int a = index.conceptOf(index.capabilityNumber("a"));
		assertThat(index.conceptOf(index.capabilityNumber("a3"))).isEqualTo(a);
		assertThat(index.conceptMembers(a)).hasSize(3);
		assertThat(index.conceptCount()).isEqualTo(4);
		int b = index.conceptOf(index.capabilityNumber("b"));
		assertThat(index.broaderConcepts(index.conceptOf(index.capabilityNumber("n")))).containsExactly(b);
		assertThat(index.broaderConcepts(b)).isEmpty();
	}

	@Test
	void aChainThroughAnotherFrameworkNeverMergesTwoCapabilitiesOfOneFramework() {
		// p and q are the project's own, kept apart by its curators; both are linked to the same ESCO concept.
		RequirementIndex index = RequirementIndex.builder(TestIndexes.SCORING)
			.capability(capability("p"))
			.capability(capability("q"))
			.capability(capability("e"), "esco")
			.capability(capability("o"), "onet")
			.sameAs("q", "e", 0.7)
			.sameAs("p", "e", 0.9)
			.sameAs("o", "q", 1.0)
			.build(new ChangeMarker.Commits(0));
		int p = index.conceptOf(index.capabilityNumber("p"));
		int q = index.conceptOf(index.capabilityNumber("q"));
		assertThat(p).isNotEqualTo(q);
		// The stronger link wins: e joins p; q keeps o, linked to it at confidence 1.
		assertThat(index.conceptOf(index.capabilityNumber("e"))).isEqualTo(p);
		assertThat(index.conceptOf(index.capabilityNumber("o"))).isEqualTo(q);
	}

	@Test
	void aJobCanBeReplacedFromTheIndexData() {
		RequirementIndex index = index();
		RequirementIndex updated = index.toBuilder()
			.job(job("y"))
			.requirement("y", "c", Priority.DESIRABLE, null, null, null)
			.job(job("w"))
			.build(new ChangeMarker.Commits(1));
		assertThat(updated.requirements(updated.jobNumber("y"))).singleElement()
			.satisfies(r -> assertThat(r.capability()).isEqualTo(updated.capabilityNumber("c")));
		assertThat(updated.jobNumber("w")).isNotNegative();
		assertThat(updated.requirements(updated.jobNumber("x"))).hasSize(3);
		assertThat(index.requirements(index.jobNumber("y"))).as("the old snapshot is unchanged").hasSize(2);
	}

	@Test
	void requirementsVectorsTotalsAndPostings() {
		RequirementIndex index = index();
		int x = index.jobNumber("x");
		int y = index.jobNumber("y");
		assertThat(index.requirements(x)).hasSize(3); // the second requirement of c is ignored
		assertThat(index.requirements(y)).hasSize(2); // the unknown capability is left out
		assertThat(index.requirementCount()).isEqualTo(5);
		assertThat(index.essentialWeight(x)).isEqualTo(1.5);
		assertThat(index.desirableWeight(x)).isEqualTo(0.5);
		assertThat(index.essentialCount(x)).isEqualTo(2);
		int a = index.conceptOf(index.capabilityNumber("a"));
		// x: a at level 4 -> 1 x (0.5 + 4/7); y: a3 at level 2 -> 1 x (0.5 + 2/7)
		assertThat(index.vector(x).value(a)).isCloseTo(0.5 + 4.0 / 7, within(1e-12));
		assertThat(index.postings(a).jobs()).containsExactly(x, y);
		assertThat(index.postings(a).values()[1]).isCloseTo(0.5 + 2.0 / 7, within(1e-12));
		assertThat(index.requirementPostings(a).jobs()).containsExactly(x, y);
		assertThat(index.vector(index.jobNumber("z")).size()).isZero();
		assertThat(index.jobNumber("nobody")).isEqualTo(-1);
	}

	@Test
	void holdingsOfAJobAreAssuredOnlyForEssentialRequirements() {
		RequirementIndex index = index();
		Map<Integer, Holding> holdings = index.holdingsOf(index.jobNumber("x"));
		int b = index.conceptOf(index.capabilityNumber("b"));
		int a = index.conceptOf(index.capabilityNumber("a"));
		assertThat(holdings.get(b).assured()).isFalse();
		assertThat(holdings.get(a).assured()).isTrue();
		assertThat(holdings.get(a).level()).isEqualTo(4.0);
	}

	@Test
	void strongerHoldingKeepsTheHigherLevelAndTheAssuredCapability() {
		Holding weak = new Holding(1, 10, 5.0, false);
		Holding strong = new Holding(1, 11, 3.0, true);
		assertThat(RequirementIndex.stronger(weak, strong)).isEqualTo(new Holding(1, 11, 5.0, true));
		assertThat(RequirementIndex.stronger(new Holding(1, 10, null, true), new Holding(1, 11, 2.0, true)))
			.isEqualTo(new Holding(1, 10, 2.0, true));
	}

}
