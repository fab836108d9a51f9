package org.competencygraph.scale;

import java.util.List;

import org.competencygraph.importer.ProficiencyScale;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code proficiencyLevels}: the levels of scales/proficiency.yaml, as the importer and the analyses read them. */
@Controller
class ProficiencyLevelController {

	private final ProficiencyScale scale;

	ProficiencyLevelController(ProficiencyScale scale) {
		this.scale = scale;
	}

	@QueryMapping
	List<ProficiencyScale.Level> proficiencyLevels() {
		return this.scale.levels();
	}

}
