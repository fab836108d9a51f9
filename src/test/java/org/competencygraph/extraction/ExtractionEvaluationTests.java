package org.competencygraph.extraction;

import java.util.Map;

import org.competencygraph.extraction.ExtractionEvaluation.Figures;
import org.competencygraph.extraction.ExtractionEvaluation.Stated;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The evaluation's figures: full credit for the right capability and priority, half for the wrong priority. */
class ExtractionEvaluationTests {

	@Test
	void precisionRecallAndLevelsWithPartialCredit() {
		Map<String, Stated> curated = Map.of("a", new Stated("essential", 3), "b", new Stated("desirable", null),
				"c", new Stated("essential", 5), "d", new Stated("essential", 2));
		Map<String, Stated> drafted = Map.of("a", new Stated("essential", 3), "b", new Stated("essential", null),
				"c", new Stated("essential", 4), "x", new Stated("essential", 2));
		Figures figures = ExtractionEvaluation.compare(drafted, curated);
		// a 1, b 0.5 (wrong priority), c 1, x 0 (not curated): 2.5 of 4 drafted, of 4 curated.
		assertThat(figures.precision()).isCloseTo(0.625, within(1e-9));
		assertThat(figures.recall()).isCloseTo(0.625, within(1e-9));
		// Levels: a exact 1, c one step apart 0.5; curated levels a, c, d.
		assertThat(figures.draftedLevels()).isEqualTo(2);
		assertThat(figures.levelPrecision()).isCloseTo(0.75, within(1e-9));
		assertThat(figures.levelRecall()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void curatedRequirementsAreTheDocumentsUnionEssentialWhenAnyJobSaysSoAtTheLowestLevel() {
		String yaml = """
				jobs:
				  - id: j1
				    requirements:
				      - {capability: a, priority: desirable, level: 4}
				  - id: j2
				    requirements:
				      - {capability: {id: a, kind: Skill, name: A}, priority: essential, level: 3}
				  - id: ladder-only
				    detailedProfile: false
				    requirements:
				      - {capability: z, priority: essential}
				""";
		Map<String, Stated> curated = ExtractionEvaluation.curated(YAMLMapper.builder().build().readTree(yaml));
		assertThat(curated).containsExactly(Map.entry("a", new Stated("essential", 3)));
	}

	/**
	 * A proposal is the right answer where the graph lacks the capability: it earns the curated new capability's credit
	 * when of its kind and sharing a word of its name beyond the kind's; that credit is also kept apart.
	 */
	@Test
	void aProposalNamingACapabilityTheCuratorDefinedEarnsItsCredit() {
		String yaml = """
				jobs:
				  - id: j
				    requirements:
				      - {capability: {id: licence/driving-licence, kind: Qualification, qualificationType: licence, name: Full Driving Licence}, priority: essential}
				      - {capability: {id: experience/healthcare, kind: Qualification, qualificationType: experience, name: Healthcare Setting Experience}, priority: desirable}
				      - {capability: skill/troubleshooting, priority: essential}
				""";
		DraftProfile.Provenance provenance = new DraftProfile.Provenance("s", "t", 1);
		java.util.function.BiFunction<Object, String, DraftProfile.Requirement> requirement = (capability,
				priority) -> new DraftProfile.Requirement(capability, priority, null, null, null, java.util.List.of(),
						null, null, provenance, 0.7, "test", java.util.List.of());
		DraftProfile draft = new DraftProfile(DraftProfile.FORMAT, new DraftProfile.Source("d", null),
				java.util.List.of(new DraftProfile.Job("j", "J", null, "O", null, null, null, null, null, java.util.List.of(),
						java.util.List.of(
								// Same kind, "driver" and "driving" the same stem: the curated licence, 1.
								requirement.apply(new DraftProfile.ProposedCapability("licence/current-nsw-class-c-driver-licence",
										"Qualification", "Current NSW Class C driver licence", "licence", "p"), "essential"),
								// Same kind, no word beyond "experience" in common: 0.
								requirement.apply(new DraftProfile.ProposedCapability("experience/two-years-in-it",
										"Qualification", "Two years in IT support experience", "experience", "p"),
										"desirable"),
								requirement.apply("skill/troubleshooting", "essential")))),
				new DraftProfile.Notes("test", java.util.List.of(), java.util.List.of(), java.util.List.of(),
						java.util.List.of()));
		Figures figures = ExtractionEvaluation.compare(draft, YAMLMapper.builder().build().readTree(yaml));
		assertThat(figures.credit()).isEqualTo(2.0);
		assertThat(figures.proposalCredit()).isEqualTo(1.0);
		assertThat(figures.precision()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(figures.recall()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(ExtractionEvaluation.nameWords("Valid Class 5 driver's licence"))
			.containsAnyElementsOf(ExtractionEvaluation.nameWords("Full Driving Licence"));
		assertThat(ExtractionEvaluation.nameWords("Scripting and Automation")).contains(ExtractionEvaluation.stem("scripts"));
	}

	/**
	 * Titles: 1 for the curated title (case and dashes aside), 0.5 for a drafted one holding it whole, 0 for another;
	 * the jobs a curator added for a ladder only are not counted. The organization the same way.
	 */
	@Test
	void titlesAndTheOrganizationAreRightPartlyRightOrWrong() {
		String yaml = """
				jobs:
				  - {id: a, title: "Systems Administrator \u2013 Infrastructure", organization: Harbourline Bank}
				  - {id: b, title: "Database Administrator"}
				  - {id: c, title: "Network Manager"}
				  - {id: ladder, title: "IT Lead", detailedProfile: false}
				""";
		java.util.function.Function<String, DraftProfile.Job> job = title -> new DraftProfile.Job("j", title, null, "O",
				null, null, null, null, null, java.util.List.of(), java.util.List.of());
		DraftProfile draft = new DraftProfile(DraftProfile.FORMAT, new DraftProfile.Source("d", null),
				java.util.List.of(job.apply("SYSTEMS ADMINISTRATOR - INFRASTRUCTURE"),
						job.apply("Database Administrator (SQL Server) - Technology Operations"),
						job.apply("Marlowe & Reed Hotels")),
				new DraftProfile.Notes("test", java.util.List.of(), java.util.List.of(), java.util.List.of(),
						java.util.List.of()));
		NamesEvaluation.Names names = NamesEvaluation.compare(draft, YAMLMapper.builder().build().readTree(yaml));
		assertThat(names.curated()).isEqualTo(3);
		assertThat(names.titleCredit()).isEqualTo(1.5);
		// "O" drafted for "Harbourline Bank": 0.
		assertThat(names.organizationCredit()).isZero();
		assertThat(names.wrong()).hasSize(3).anyMatch(line -> line.startsWith("title 'network manager' not drafted"));
	}

}
