package org.competencygraph.linking;

import java.security.Principal;

import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.background.BackgroundJob;
import org.competencygraph.background.BackgroundJobs;
import org.competencygraph.background.JobStart;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL mutation that links the seed graph to the imported frameworks: a background job, answered at once;
 * the job's {@code linking} field has the report when it has finished.
 */
@Controller
class LinkController {

	private final FrameworkLinker linker;

	private final BackgroundJobs jobs;

	LinkController(FrameworkLinker linker, BackgroundJobs jobs) {
		this.linker = linker;
		this.jobs = jobs;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	JobStart linkFrameworks(@Argument LinkFrameworksInput input, Principal caller) {
		int count = input.occupationsPerFramework() == null ? 3 : input.occupationsPerFramework();
		if (count < 1 || count > 20) {
			throw new InvalidArgumentException("input.occupationsPerFramework", "must be from 1 to 20, was " + count);
		}
		return this.jobs.startOrRefuse(LinkCommand.KIND, "linking of the seed graph to the frameworks",
				caller.getName(), progress -> this.linker.link(count, progress));
	}

	@SchemaMapping(typeName = "BackgroundJob")
	@Nullable LinkReport linking(BackgroundJob job) {
		return job.report() instanceof LinkReport report ? report : null;
	}

	record LinkFrameworksInput(@Nullable Integer occupationsPerFramework) {
	}

}
