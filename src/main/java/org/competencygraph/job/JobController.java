package org.competencygraph.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
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
 * {@code @BatchMapping} or, for fields with arguments or whose reads depend on what they select, a DataLoader keyed
 * by those. {@code job(id)} reads its requirements with the job when the request asks for them.
 */
@Controller
class JobController {

	private final Jobs jobs;

	private final JobRequirements requirements;

	JobController(Jobs jobs, JobRequirements requirements, RequiringJobs requiringJobs, BatchLoaderRegistry loaders) {
		this.jobs = jobs;
		this.requirements = requirements;
		// Keyed by job and selected fields: a job shown at two levels of a response with different requirement
		// fields is read with each, never answered from what the other level read.
		loaders.<JobRequirements.Key, List<Requirement>>forName("jobRequirements")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> requirements.find(keys)));
		// requiredBy takes arguments, which @BatchMapping cannot pass: keyed by (capability, first, after), so
		// that every requiredBy of one response level is read together, and a capability shown twice once.
		loaders.<RequiringJobs.CapabilityPage, Paging.Connection<RequiringJobs.RequiringJobEdge>>forName("requiredBy")
			.registerMappedBatchLoader((pages, environment) -> Mono.fromCallable(() -> requiringJobs.find(pages)));
	}

	/**
	 * When the request asks for the job's requirements, reads them with the job in one query (what the request
	 * selects under every {@code requirements} field of the job) and hands them to the requirements loader, which
	 * then has nothing left to read.
	 */
	@QueryMapping
	@Nullable Job job(@Argument String id, DataFetchingFieldSelectionSet selection,
			DataLoader<JobRequirements.Key, List<Requirement>> jobRequirements) {
		requireId("id", id);
		List<RequirementFields> asked = selection.getImmediateFields()
			.stream()
			.filter(field -> field.getName().equals("requirements"))
			.map(field -> RequirementFields.of(field.getSelectionSet()))
			.distinct()
			.toList();
		if (asked.isEmpty()) {
			return this.jobs.findById(id).orElse(null);
		}
		RequirementFields all = asked.stream().reduce(RequirementFields::and).orElseThrow();
		return this.requirements.findJob(id, all).map(found -> {
			asked.forEach(fields -> jobRequirements.prime(new JobRequirements.Key(id, fields), found.requirements()));
			return found.job();
		}).orElse(null);
	}

	@QueryMapping
	Paging.Connection<Jobs.JobEdge> jobs(@Argument Jobs.@Nullable JobFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		Jobs.JobFilter given = filter == null ? new Jobs.JobFilter(null, null, null) : filter;
		return this.jobs.find(given, Paging.Page.of(first, after));
	}

	/** Read for all jobs of a response level at once, with only the fields this field selects. */
	@SchemaMapping(typeName = "Job")
	CompletableFuture<List<Requirement>> requirements(Job job, DataFetchingFieldSelectionSet selection,
			DataLoader<JobRequirements.Key, List<Requirement>> jobRequirements) {
		return jobRequirements.load(new JobRequirements.Key(job.id(), RequirementFields.of(selection)));
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
