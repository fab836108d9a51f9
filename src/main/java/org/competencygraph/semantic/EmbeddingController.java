package org.competencygraph.semantic;

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
 * The admin mutation that brings the stored vectors up to date (imports and linking do it themselves), and the
 * background job's report of it.
 */
@Controller
class EmbeddingController {

	static final String KIND = "embed";

	static final String DESCRIPTION = "embedding of the graph's texts";

	private final Embeddings embeddings;

	private final BackgroundJobs jobs;

	EmbeddingController(Embeddings embeddings, BackgroundJobs jobs) {
		this.embeddings = embeddings;
		this.jobs = jobs;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	JobStart refreshEmbeddings(Principal caller) {
		return this.jobs.startOrRefuse(KIND, DESCRIPTION, caller.getName(), this.embeddings::refresh);
	}

	@SchemaMapping(typeName = "BackgroundJob")
	@Nullable EmbeddingReport embeddings(BackgroundJob job) {
		return job.report() instanceof EmbeddingReport report ? report : null;
	}

}
