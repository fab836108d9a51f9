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

}
