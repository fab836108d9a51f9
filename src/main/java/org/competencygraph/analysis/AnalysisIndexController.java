package org.competencygraph.analysis;

import java.security.Principal;


import org.competencygraph.background.BackgroundJob;
import org.competencygraph.background.BackgroundJobs;
import org.competencygraph.background.JobStart;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The admin mutation that rebuilds the analysis index at once, for writes made outside the application: a
 * background job, as a rebuild at ESCO scale takes seconds.
 */
@Controller
class AnalysisIndexController {

	static final String KIND = "refresh-analysis-index";

	private final RequirementIndexes indexes;

	private final BackgroundJobs jobs;

	AnalysisIndexController(RequirementIndexes indexes, BackgroundJobs jobs) {
		this.indexes = indexes;
		this.jobs = jobs;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	JobStart refreshAnalysisIndex(Principal caller) {
		return this.jobs.startOrRefuse(KIND, "rebuild of the analysis index", caller.getName(), progress -> {
			progress.stage("rebuilding the analysis index from the graph", 0);
			return AnalysisIndexStatus.of(this.indexes.rebuild("refreshAnalysisIndex"));
		});
	}

	@SchemaMapping(typeName = "BackgroundJob")
	@Nullable AnalysisIndexStatus analysisIndex(BackgroundJob job) {
		return job.report() instanceof AnalysisIndexStatus status ? status : null;
	}

	record AnalysisIndexStatus(String builtAt, int jobs, int capabilities, int concepts, int requirements) {

		static AnalysisIndexStatus of(RequirementIndex index) {
			return new AnalysisIndexStatus(index.builtAt().toString(), index.jobCount(), index.capabilityCount(),
					index.conceptCount(), index.requirementCount());
		}

	}

}
