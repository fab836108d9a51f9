package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.capability.Capability;
import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.semantic.ConceptMatch;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A near-tie by meaning settled by the candidates' own words: the reviewer gets the capability the phrase names, not
 * "unmatched" or the neighbour that only sounds alike.
 */
class NearTiesTests {

	private static final Capability CHANGE = capability("skill/change-and-release-management",
			"Change and Release Management", "ITIL change management", "change requests");

	private static final Capability INSTALLATION = capability("skill/infrastructure-maintenance",
			"Infrastructure Installation and Maintenance", "installation and maintenance of hardware and software");

	private static final Capability ORGANISATIONAL_CHANGE = capability("knowledge/organisational-change-management",
			"Organisational Change Management", "influencing and managing change");

	private static final Capability MONITORING = capability("skill/monitoring", "Monitoring");

	private static final Capability SYSTEM_MONITORING = capability("skill/system-monitoring",
			"IT Systems Monitoring and Reporting", "system monitoring");

	private final NearTies nearTies = new NearTies(phrase -> {
		throw new AssertionError("not called");
	}, 0.66, ExtractionRules.load().nearTies());

	@Test
	void anAmbiguousTieGoesToTheCandidateWhoseOwnWordsTheSentenceUses() {
		String phrase = "Install and upgrade store systems during new store openings";
		// Within the matcher's margin: unmatched as the matcher leaves it.
		Resolution ambiguous = new Resolution(null, List.of(match(CHANGE, 0.692), match(INSTALLATION, 0.688)), true);
		Resolution settled = this.nearTies.settle(phrase, ambiguous);
		assertThat(settled.match()).isNotNull();
		assertThat(settled.match().capabilityId()).isEqualTo("skill/infrastructure-maintenance");
		assertThat(settled.candidates().getFirst().id()).isEqualTo("skill/infrastructure-maintenance");
	}

	@Test
	void aThinLeadGivesWayToACandidateSharingMoreOfTheSentencesWords() {
		String phrase = "Monitor store systems and respond to alerts";
		Resolution resolution = new Resolution(semantic(MONITORING, 0.785),
				List.of(match(MONITORING, 0.785), match(SYSTEM_MONITORING, 0.778)), false);
		Match settled = this.nearTies.settle(phrase, resolution).match();
		assertThat(settled).isNotNull();
		assertThat(settled.capabilityId()).isEqualTo("skill/system-monitoring");
	}

	@Test
	void candidatesSharingTheSameWordsOrTooFarBehindLeaveTheResolutionAsItWas() {
		String phrase = "preparing and implementing changes in line with the change management procedure";
		Resolution same = new Resolution(null,
				List.of(match(ORGANISATIONAL_CHANGE, 0.862), match(CHANGE, 0.855)), true);
		assertThat(this.nearTies.settle(phrase, same)).isSameAs(same);
		Resolution clear = new Resolution(semantic(MONITORING, 0.80),
				List.of(match(MONITORING, 0.80), match(SYSTEM_MONITORING, 0.77)), false);
		assertThat(this.nearTies.settle("Monitor store systems", clear)).isSameAs(clear);
	}

	@Test
	void aTieTheNamesLeaveGoesToTheOneNameThePhraseSaysWhole() {
		Capability education = capability("experience/post-secondary-education-or-relevant-work",
				"Post-Secondary Education or Relevant Work Experience");
		Capability additional = capability("experience/additional-post-secondary-education-or-relevant-work",
				"Additional Post-Secondary Education or Relevant Work Experience");
		String phrase = "Minimum of two years' post-secondary education or relevant work experience";
		// Both names share every word of the phrase they have; only one asks for nothing the phrase does not say.
		Resolution tie = new Resolution(null, List.of(match(additional, 0.842), match(education, 0.838)), true);
		Resolution settled = this.nearTies.settle(phrase, tie);
		assertThat(settled.match()).isNotNull();
		assertThat(settled.match().capabilityId()).isEqualTo("experience/post-secondary-education-or-relevant-work");
		assertThat(settled.match().evidence()).contains("its name stands whole in the phrase");
		// Neither name said whole: the tie stays.
		Resolution neither = new Resolution(null, List.of(match(additional, 0.842), match(education, 0.838)), true);
		assertThat(this.nearTies.settle("Two years of relevant work experience", neither)).isSameAs(neither);
	}

	@Test
	void aTieTheNamesLeaveIsSettledByTheTiedCapabilitiesDescriptions() {
		Capability change = described(CHANGE, "Evaluating, testing and implementing change requests and applying "
				+ "release policies, procedures and processes.");
		Capability organisational = described(ORGANISATIONAL_CHANGE, "Influencing and managing organisational change.");
		String phrase = "Follow the Ministry's change management process for every change to production systems";
		// Both names share "change" and "management" with the phrase: a tie by names, unmatched by the matcher.
		Resolution tie = new Resolution(null, List.of(match(organisational, 0.812), match(change, 0.809)), true);
		Resolution settled = this.nearTies.settle(phrase, tie);
		assertThat(settled.match()).isNotNull();
		assertThat(settled.match().capabilityId()).isEqualTo("skill/change-and-release-management");
		assertThat(settled.match().evidence()).contains("description shares [process]");
		// Descriptions that share no word with the phrase, or the same words, leave the tie as it was.
		Resolution none = new Resolution(null, List.of(match(organisational, 0.812),
				match(described(CHANGE, "Influencing and managing change."), 0.809)), true);
		assertThat(this.nearTies.settle(phrase, none)).isSameAs(none);
	}

	@Test
	void wordsAreTheSameByTheirBeginningNotByAnyPrefix() {
		assertThat(NearTies.same("install", "installation")).isTrue();
		assertThat(NearTies.same("manage", "management")).isTrue();
		assertThat(NearTies.same("technical", "technology")).isFalse();
	}

	private static Capability described(Capability capability, String description) {
		return new Capability(capability.id(), capability.kind(), capability.name(), capability.aliases(), description,
				null, List.of());
	}

	private static Capability capability(String id, String name, String... aliases) {
		return new Capability(id, CapabilityKind.SKILL, name, List.of(aliases), null, null, List.of());
	}

	private static ConceptMatch match(Capability capability, double score) {
		return new ConceptMatch(capability.id(), capability.name(), capability, null, null, score, "semantic",
				capability.name(), null, score, "meaning close to the name");
	}

	private static Match semantic(Capability capability, double score) {
		return new Match(capability.id(), capability.name(), "semantic", score, "test");
	}

}
