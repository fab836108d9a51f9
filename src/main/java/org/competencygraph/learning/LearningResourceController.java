package org.competencygraph.learning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * GraphQL queries on learning resources. Nested lists are read for every resource (or capability) of a response
 * level in one query: {@code @BatchMapping} for a resource's teachings and prerequisites, a DataLoader keyed by
 * (capability, first) for {@code Capability.taughtBy}, whose argument {@code @BatchMapping} cannot pass.
 */
@Controller
class LearningResourceController {

	static final int MAX_TAUGHT_BY = 100;

	private final LearningResources resources;

	LearningResourceController(LearningResources resources, BatchLoaderRegistry loaders) {
		this.resources = resources;
		loaders.<TaughtByKey, List<Teaching>>forName("taughtBy")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> taughtBy(keys)));
	}

	@QueryMapping
	@Nullable LearningResource learningResource(@Argument String id) {
		if (id.isBlank()) {
			throw new InvalidArgumentException("id", "must not be blank");
		}
		return this.resources.findById(id).orElse(null);
	}

	@QueryMapping
	Paging.Connection<LearningResources.ResourceEdge> learningResources(@Argument @Nullable ResourceFilter filter,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		ResourceFilter given = filter == null ? new ResourceFilter(null, null, null, null) : filter;
		return this.resources.find(new LearningResources.Filter(given.type(), blankAsNull(given.provider()),
				blankAsNull(given.teaches()), blankAsNull(given.text())), Paging.Page.of(first, after));
	}

	@BatchMapping(typeName = "LearningResource")
	Map<LearningResource, List<Teaching>> teaches(List<LearningResource> resources) {
		Map<String, List<Teaching>> byId = this.resources.teachingsOf(ids(resources));
		return resources.stream()
			.collect(Collectors.toMap(r -> r, r -> byId.getOrDefault(r.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "LearningResource")
	Map<LearningResource, List<Prerequisite>> prerequisites(List<LearningResource> resources) {
		Map<String, List<Prerequisite>> byId = this.resources.prerequisitesOf(ids(resources));
		return resources.stream()
			.collect(Collectors.toMap(r -> r, r -> byId.getOrDefault(r.id(), List.of()), (a, b) -> a));
	}

	@SchemaMapping(typeName = "Capability")
	CompletableFuture<List<Teaching>> taughtBy(Capability capability, @Argument @Nullable Integer first,
			DataLoader<TaughtByKey, List<Teaching>> taughtBy) {
		int limit = first == null ? 20 : first;
		if (limit < 1 || limit > MAX_TAUGHT_BY) {
			throw new InvalidArgumentException("first", "must be from 1 to " + MAX_TAUGHT_BY + ", was " + limit);
		}
		return taughtBy.load(new TaughtByKey(capability.id(), limit));
	}

	/** One query per distinct {@code first} of a response level (in practice one). */
	private Map<TaughtByKey, List<Teaching>> taughtBy(java.util.Set<TaughtByKey> keys) {
		Map<TaughtByKey, List<Teaching>> result = new java.util.HashMap<>();
		keys.stream().collect(Collectors.groupingBy(TaughtByKey::first)).forEach((first, group) -> {
			Map<String, List<Teaching>> byCapability = this.resources
				.teachersOf(group.stream().map(TaughtByKey::capabilityId).toList(), first);
			group.forEach(key -> result.put(key, byCapability.getOrDefault(key.capabilityId(), List.of())));
		});
		return result;
	}

	private static List<String> ids(List<LearningResource> resources) {
		return List.copyOf(resources.stream().map(LearningResource::id).collect(Collectors.toCollection(LinkedHashSet::new)));
	}

	private static @Nullable String blankAsNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

	record ResourceFilter(@Nullable String type, @Nullable String provider, @Nullable String teaches,
			@Nullable String text) {
	}

	record TaughtByKey(String capabilityId, int first) {
	}

}
