package org.competencygraph.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.capability.Capability;
import org.competencygraph.framework.ConceptLinks.ConceptLink;
import org.competencygraph.framework.Frameworks.CapabilityLink;
import org.competencygraph.framework.Frameworks.FrameworkSource;
import org.competencygraph.framework.Frameworks.FrameworkSummary;
import org.competencygraph.framework.Frameworks.OccupationMatch;
import org.competencygraph.job.Job;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL fields that read imported frameworks and their links to the seed graph; the import and linking
 * mutations are with the code that does the work ({@code importer}, {@code linking}).
 */
@Controller
class FrameworkController {

	private final Frameworks frameworks;

	private final ConceptLinks links;

	FrameworkController(Frameworks frameworks, ConceptLinks links, BatchLoaderRegistry loaders) {
		this.frameworks = frameworks;
		this.links = links;
		// Keyed by job id, so that closestOccupations(framework: ...) on a page of jobs is one query.
		loaders.<String, List<OccupationMatch>>forName("closestOccupations")
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> frameworks.closestOccupations(ids)));
	}

	@QueryMapping
	List<FrameworkSummary> frameworks() {
		return this.frameworks.summaries();
	}

	@SchemaMapping(typeName = "Job")
	CompletableFuture<List<OccupationMatch>> closestOccupations(Job job, @Argument @Nullable String framework,
			DataLoader<String, List<OccupationMatch>> closestOccupations) {
		String wanted = framework == null ? null : framework.strip().toLowerCase(java.util.Locale.ROOT);
		if (wanted != null && !wanted.equals(Framework.ONET.id()) && !wanted.equals(Framework.ESCO.id())) {
			throw new InvalidArgumentException("framework", "must be onet or esco, was '" + framework + "'");
		}
		return closestOccupations.load(job.id())
			.thenApply(matches -> matches == null ? List.of()
					: matches.stream().filter(m -> wanted == null || m.framework().equals(wanted)).toList());
	}

	@BatchMapping(typeName = "Job", field = "frameworkSource")
	Map<Job, FrameworkSource> jobSources(List<Job> jobs) {
		Map<String, FrameworkSource> found = this.frameworks.sources("Job", jobs.stream().map(Job::id).toList());
		Map<Job, FrameworkSource> result = new HashMap<>();
		jobs.forEach(job -> {
			if (found.containsKey(job.id())) {
				result.put(job, found.get(job.id()));
			}
		});
		return result;
	}

	@BatchMapping(typeName = "Capability", field = "frameworkSource")
	Map<Capability, FrameworkSource> capabilitySources(List<Capability> capabilities) {
		Map<String, FrameworkSource> found = this.frameworks.sources("Capability",
				capabilities.stream().map(Capability::id).toList());
		Map<Capability, FrameworkSource> result = new HashMap<>();
		capabilities.forEach(capability -> {
			if (found.containsKey(capability.id())) {
				result.put(capability, found.get(capability.id()));
			}
		});
		return result;
	}

	@BatchMapping(typeName = "Capability")
	Map<Capability, List<CapabilityLink>> sameAs(List<Capability> capabilities) {
		Map<String, List<CapabilityLink>> found = this.frameworks.sameAs(capabilities.stream().map(Capability::id)
			.distinct().toList());
		Map<Capability, List<CapabilityLink>> result = new HashMap<>();
		capabilities.forEach(c -> result.put(c, found.getOrDefault(c.id(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "Capability", field = "links")
	Map<Capability, List<ConceptLink>> links(List<Capability> capabilities) {
		Map<String, List<ConceptLink>> found = this.links.of(capabilities.stream().map(Capability::id).distinct()
			.toList());
		Map<Capability, List<ConceptLink>> result = new HashMap<>();
		capabilities.forEach(c -> result.put(c, found.getOrDefault(c.id(), List.of())));
		return result;
	}

}
