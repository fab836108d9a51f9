package org.competencygraph.analysis;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The admin mutation that rebuilds the analysis index at once, for writes made outside the application. */
@Controller
class AnalysisIndexController {

	private final RequirementIndexes indexes;

	AnalysisIndexController(RequirementIndexes indexes) {
		this.indexes = indexes;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	AnalysisIndexStatus refreshAnalysisIndex() {
		RequirementIndex index = this.indexes.rebuild("refreshAnalysisIndex");
		return new AnalysisIndexStatus(index.builtAt().toString(), index.jobCount(), index.capabilityCount(),
				index.conceptCount(), index.requirementCount());
	}

	record AnalysisIndexStatus(String builtAt, int jobs, int capabilities, int concepts, int requirements) {
	}

}
