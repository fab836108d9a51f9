package org.competencygraph.job;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.competencygraph.api.InvalidArgumentException;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code Job.duties} and {@code Job.dutyCount}: read for all jobs of a response level in one query each (no N+1).
 * {@code duties} takes an argument, which {@code @BatchMapping} cannot pass, so it goes through a DataLoader keyed
 * by (job, first).
 */
@Controller
class DutyController {

	/** The most duties one {@code duties} field returns: an O*NET occupation has up to about 40 task statements. */
	static final int MAX_FIRST = 200;

	private final JobDuties duties;

	DutyController(JobDuties duties, BatchLoaderRegistry loaders) {
		this.duties = duties;
		loaders.<JobDuties.Key, List<Duty>>forName("jobDuties")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> duties.find(keys)));
	}

	@SchemaMapping(typeName = "Job")
	CompletableFuture<List<Duty>> duties(Job job, @Argument @Nullable Integer first,
			DataLoader<JobDuties.Key, List<Duty>> jobDuties) {
		int count = (first == null) ? 50 : first;
		if (count < 0 || count > MAX_FIRST) {
			throw new InvalidArgumentException("first", "must be from 0 to " + MAX_FIRST + ", was " + count);
		}
		return jobDuties.load(new JobDuties.Key(job.id(), count));
	}

	@BatchMapping(typeName = "Job")
	Map<Job, Integer> dutyCount(List<Job> jobs) {
		Map<String, Integer> counts = this.duties.count(jobs.stream().map(Job::id).distinct().toList());
		return jobs.stream().collect(Collectors.toMap(j -> j, j -> counts.getOrDefault(j.id(), 0), (a, b) -> a));
	}

}
