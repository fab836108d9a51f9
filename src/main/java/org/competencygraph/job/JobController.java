package org.competencygraph.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.api.Paging;
import org.competencygraph.capability.Capability;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * GraphQL queries on jobs; nested lists are loaded in one query per level of the response (no N+1), with
 * {@code @BatchMapping} or, for fields with arguments, a DataLoader keyed by the arguments.
 */
@Controller
class JobController {

	private final Jobs jobs;

	JobController(Jobs jobs, RequiringJobs requiringJobs, BatchLoaderRegistry loaders) {
		this.jobs = jobs;
		// requiredBy takes arguments, which @BatchMapping cannot pass: keyed by (capability, first, after), so
		// that every requiredBy of one response level is read together, and a capability shown twice once.
		loaders.<RequiringJobs.CapabilityPage, Paging.Connection<RequiringJobs.RequiringJobEdge>>forName("requiredBy")
			.registerMappedBatchLoader((pages, environment) -> Mono.fromCallable(() -> requiringJobs.find(pages)));
	}

	@QueryMapping
	@Nullable Job job(@Argument String id) {
		return this.jobs.findById(requireId("id", id)).orElse(null);
	}

	@QueryMapping
	Paging.Connection<Jobs.JobEdge> jobs(@Argument Jobs.@Nullable JobFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		Jobs.JobFilter given = filter == null ? new Jobs.JobFilter(null, null, null) : filter;
		return this.jobs.find(given, Paging.Page.of(first, after));
	}

	@BatchMapping(typeName = "Job")
	Map<Job, List<Requirement>> requirements(List<Job> jobs) {
		Map<String, List<Requirement>> byId = this.jobs.requirementsOf(ids(jobs));
		return jobs.stream().collect(Collectors.toMap(j -> j, j -> byId.getOrDefault(j.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Job")
	Map<Job, List<CareerLink>> progressesTo(List<Job> jobs) {
		Map<String, List<CareerLink>> byId = this.jobs.careerLinksOf(ids(jobs), true);
		return jobs.stream().collect(Collectors.toMap(j -> j, j -> byId.getOrDefault(j.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Job")
	Map<Job, List<CareerLink>> progressesFrom(List<Job> jobs) {
		Map<String, List<CareerLink>> byId = this.jobs.careerLinksOf(ids(jobs), false);
		return jobs.stream().collect(Collectors.toMap(j -> j, j -> byId.getOrDefault(j.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Requirement")
	Map<Requirement, Job> inheritedFrom(List<Requirement> requirements) {
		Set<String> ids = requirements.stream()
			.map(Requirement::inheritedFromId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<String, Job> found = ids.isEmpty() ? Map.of() : this.jobs.findAllById(ids);
		Map<Requirement, Job> result = new HashMap<>();
		requirements.forEach(r -> {
			Job job = r.inheritedFromId() == null ? null : found.get(r.inheritedFromId());
			if (job != null) {
				result.put(r, job);
			}
		});
		return result;
	}

	@BatchMapping(typeName = "CareerLink")
	Map<CareerLink, List<Capability>> requiredCapabilities(List<CareerLink> links) {
		Set<String> ids = links.stream()
			.flatMap(l -> l.requiredCapabilityIds().stream())
			.collect(Collectors.toSet());
		Map<String, Capability> found = ids.isEmpty() ? Map.of() : this.jobs.capabilitiesById(ids);
		Map<CareerLink, List<Capability>> result = new HashMap<>();
		links.forEach(l -> result.put(l, l.requiredCapabilityIds()
			.stream()
			.map(found::get)
			.filter(java.util.Objects::nonNull)
			.toList()));
		return result;
	}

	@SchemaMapping(typeName = "Capability")
	CompletableFuture<Paging.Connection<RequiringJobs.RequiringJobEdge>> requiredBy(Capability capability,
			@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataLoader<RequiringJobs.CapabilityPage, Paging.Connection<RequiringJobs.RequiringJobEdge>> requiredBy) {
		return requiredBy.load(new RequiringJobs.CapabilityPage(capability.id(), Paging.Page.of(first, after)));
	}

	static String requireId(String argument, String id) {
		if (id.isBlank()) {
			throw new InvalidArgumentException(argument, "must not be blank");
		}
		return id;
	}

	private static List<String> ids(List<Job> jobs) {
		return new ArrayList<>(jobs.stream().map(Job::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
	}

}
