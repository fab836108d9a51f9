package org.competencygraph.extraction;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.competencygraph.capability.Capability;
import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.extraction.DraftProfile.Job;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.semantic.ConceptMatch;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two capabilities asked for in one sentence ("Excellent troubleshooting and problem-solving skills", "the ability to
 * work independently and as part of a team"): each short part that names one surely is a requirement of its own,
 * beside the whole sentence's match. The matcher here knows a few phrases, as the concept layer would score them.
 */
class SentencePartsTests {

	private static final Capability TROUBLESHOOTING = capability("skill/troubleshooting", CapabilityKind.SKILL,
			"Troubleshooting");

	private static final Capability PROBLEM_SOLVING = capability("skill/complex-problem-solving", CapabilityKind.SKILL,
			"Complex Problem Solving");

	private static final Capability COMMUNICATION = capability("competency/communication",
			CapabilityKind.COMPETENCY, "Communication");

	private static final Capability INDEPENDENTLY = capability("competency/working-independently",
			CapabilityKind.COMPETENCY, "Working Independently");

	private static final Capability TEAMWORK = capability("competency/teamwork", CapabilityKind.COMPETENCY,
			"Team Working");

	private static final Capability DOCUMENTATION = capability("skill/technical-documentation", CapabilityKind.SKILL,
			"Technical Documentation");

	private static final Capability WRITING = capability("ability/written-expression", CapabilityKind.ABILITY,
			"Written Expression");

	/** Each phrase's candidates, best first; a phrase not here matches nothing. */
	private static final Map<String, List<ConceptMatch>> MEANINGS = Map.of(
			"troubleshooting and problem-solving skills",
			List.of(candidate(PROBLEM_SOLVING, 0.85), candidate(TROUBLESHOOTING, 0.8)),
			"problem-solving skills", List.of(candidate(PROBLEM_SOLVING, 0.88)),
			"analytical and problem-solving skills", List.of(candidate(PROBLEM_SOLVING, 0.84)),
			"analytical skills", List.of(candidate(COMMUNICATION, 0.81)),
			"written communication skills and the ability to work independently",
			List.of(candidate(COMMUNICATION, 0.84), candidate(TEAMWORK, 0.8)),
			"written communication skills", List.of(candidate(COMMUNICATION, 0.86)),
			"work independently", List.of(candidate(INDEPENDENTLY, 1.0)),
			"Write and update knowledge base articles", List.of(candidate(DOCUMENTATION, 0.82)));

	/** Capabilities known by their own name ("name") or an alias ("alias"), as the concept layer finds them. */
	private static final Map<String, Match> WORDS = Map.of(
			"troubleshooting", new Match(TROUBLESHOOTING.id(), "Troubleshooting", "name", 1.0, "same words"),
			"write", new Match(WRITING.id(), "Written Expression", "alias", 1.0, "same words as the alias 'WRITE'"));

	private static final Function<String, Resolution> MATCHER = phrase -> {
		Match named = WORDS.get(phrase.toLowerCase());
		if (named != null) {
			return new Resolution(named, List.of(), false);
		}
		List<ConceptMatch> candidates = MEANINGS.getOrDefault(phrase, List.of());
		ConceptMatch best = candidates.isEmpty() ? null : candidates.getFirst();
		Match match = best == null || best.score() < 0.66 ? null
				: new Match(best.id(), best.name(), "semantic", best.score(), "test");
		return new Resolution(match, candidates, false);
	};

	@Test
	void aCapabilitysNameAndASureShortPartAreEachARequirement() {
		assertThat(capabilities("Excellent troubleshooting and problem-solving skills"))
			.containsExactlyInAnyOrder(TROUBLESHOOTING.id(), PROBLEM_SOLVING.id());
	}

	@Test
	void aShortPartMatchedLessSurelyIsNone() {
		// "analytical skills" comes nearest Communication (0.81): two words by meaning need 0.85.
		assertThat(capabilities("Excellent analytical and problem-solving skills"))
			.containsExactly(PROBLEM_SOLVING.id());
	}

	@Test
	void aPartMatchedAlmostExactlyCountsThoughTheWholeSentenceDoesNotHaveIt() {
		// The whole sentence's candidates are Communication and Team Working; "work independently" is the capability's
		// own wording (1.0).
		assertThat(capabilities("Good written communication skills and the ability to work independently"))
			.containsExactlyInAnyOrder(COMMUNICATION.id(), INDEPENDENTLY.id());
	}

	@Test
	void aVerbBeforeAndIsNoCapabilityThoughItIsAnAlias() {
		assertThat(capabilities("Write and update knowledge base articles")).containsExactly(DOCUMENTATION.id());
	}

	private static List<String> capabilities(String sentence) {
		ExtractionRules rules = ExtractionRules.load();
		String text = "Systems Engineer\n\nRequirements\n\n- " + sentence + "\n";
		Outline outline = Outline.of(DocumentText.read("test.txt", text.getBytes(StandardCharsets.UTF_8)), rules);
		Job job = new DraftBuilder(rules, new Cues(rules, ProficiencyScale.load()), MATCHER, 0.66, id -> false)
			.build("test.txt", outline)
			.jobs()
			.getFirst();
		return job.requirements().stream().map(r -> String.valueOf(r.capability())).toList();
	}

	private static Capability capability(String id, CapabilityKind kind, String name) {
		return new Capability(id, kind, name, List.of(), null, null, List.of());
	}

	private static ConceptMatch candidate(Capability capability, double score) {
		return new ConceptMatch(capability.id(), capability.name(), capability, null, null, score, "semantic",
				capability.name(), null, score, "test");
	}

}
