package org.competencygraph.background;

import java.util.List;

import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.background.BackgroundJob.Stage;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Looks up background jobs. Only the admin, who alone can start them, sees them: their descriptions name the
 * server's release folders.
 */
@Controller
class BackgroundJobController {

	static final int MAX_FIRST = 100;

	private final BackgroundJobs jobs;

	BackgroundJobController(BackgroundJobs jobs) {
		this.jobs = jobs;
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Nullable BackgroundJob backgroundJob(@Argument String id) {
		return this.jobs.find(id).orElse(null);
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	List<BackgroundJob> backgroundJobs(@Argument @Nullable Integer first) {
		int count = first == null ? 20 : first;
		if (count < 0 || count > MAX_FIRST) {
			throw new InvalidArgumentException("first", "must be from 0 to " + MAX_FIRST + ", was " + count);
		}
		return this.jobs.recent(count);
	}

	@SchemaMapping(typeName = "BackgroundJob")
	@Nullable Stage progress(BackgroundJob job) {
		return job.currentStage();
	}

	@SchemaMapping(typeName = "BackgroundJob")
	String createdAt(BackgroundJob job) {
		return job.createdAt().toString();
	}

	@SchemaMapping(typeName = "BackgroundJob")
	@Nullable String startedAt(BackgroundJob job) {
		return job.startedAt() == null ? null : String.valueOf(job.startedAt());
	}

	@SchemaMapping(typeName = "BackgroundJob")
	@Nullable String finishedAt(BackgroundJob job) {
		return job.finishedAt() == null ? null : String.valueOf(job.finishedAt());
	}

	@SchemaMapping(typeName = "BackgroundJobStage")
	@Nullable Long total(Stage stage) {
		return stage.total() == 0 ? null : stage.total();
	}

	@SchemaMapping(typeName = "BackgroundJobStage")
	String startedAt(Stage stage) {
		return stage.startedAt().toString();
	}

	@SchemaMapping(typeName = "BackgroundJobStage")
	@Nullable String finishedAt(Stage stage) {
		return stage.finishedAt() == null ? null : String.valueOf(stage.finishedAt());
	}

}
