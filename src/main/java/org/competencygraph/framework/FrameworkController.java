package org.competencygraph.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.capability.Capability;
import org.competencygraph.framework.Frameworks.CapabilityLink;
import org.competencygraph.framework.Frameworks.FrameworkSource;
import org.competencygraph.framework.Frameworks.FrameworkSummary;
import org.competencygraph.framework.Frameworks.OccupationMatch;
import org.competencygraph.framework.linking.FrameworkLinker;
import org.competencygraph.framework.linking.LinkReport;
import org.competencygraph.job.Job;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The GraphQL entry points of framework imports and linking, and the fields that read their results. */
@Controller
class FrameworkController {

	private final FrameworkImports imports;

	private final FrameworkLinker linker;

	private final Frameworks frameworks;

	FrameworkController(FrameworkImports imports, FrameworkLinker linker, Frameworks frameworks,
			BatchLoaderRegistry loaders) {
		this.imports = imports;
		this.linker = linker;
		this.frameworks = frameworks;
		// Keyed by job id, so that closestOccupations(framework: ...) on a page of jobs is one query.
		loaders.<String, List<OccupationMatch>>forName("closestOccupations")
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> frameworks.closestOccupations(ids)));
	}

	@QueryMapping
	List<FrameworkSummary> frameworks() {
		return this.frameworks.summaries();
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	ImportFrameworkPayload importOnet(@Argument ImportFrameworkInput input) {
		return importRelease(Framework.ONET, input);
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	ImportFrameworkPayload importEsco(@Argument ImportFrameworkInput input) {
		return importRelease(Framework.ESCO, input);
	}

	private ImportFrameworkPayload importRelease(Framework framework, ImportFrameworkInput input) {
		if (input.path().isBlank()) {
			throw new InvalidArgumentException("input.path", "must name the folder of the release");
		}
		try {
			return new ImportFrameworkPayload(this.imports.importFromImportFolder(framework, input.path()), List.of());
		}
		catch (ReleaseNotFoundException ex) {
			return new ImportFrameworkPayload(null, List.of("input.path: " + ex.getMessage()));
		}
		catch (InvalidFrameworkDataException ex) {
			return new ImportFrameworkPayload(null, ex.problems());
		}
		catch (FrameworkBusyException ex) {
			return new ImportFrameworkPayload(null, List.of(ex.getMessage()));
		}
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	LinkFrameworksPayload linkFrameworks(@Argument LinkFrameworksInput input) {
		int count = input.occupationsPerFramework() == null ? 3 : input.occupationsPerFramework();
		if (count < 1 || count > 20) {
			throw new InvalidArgumentException("input.occupationsPerFramework", "must be from 1 to 20, was " + count);
		}
		try {
			return new LinkFrameworksPayload(this.linker.link(count), List.of());
		}
		catch (FrameworkBusyException ex) {
			return new LinkFrameworksPayload(null, List.of(ex.getMessage()));
		}
	}

	@SchemaMapping(typeName = "FrameworkImportReport", field = "framework")
	String reportFramework(ImportReport report) {
		return report.framework().id();
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

	record ImportFrameworkInput(String path) {
	}

	record ImportFrameworkPayload(@Nullable ImportReport report, List<String> errors) {
	}

	record LinkFrameworksInput(@Nullable Integer occupationsPerFramework) {
	}

	record LinkFrameworksPayload(@Nullable LinkReport report, List<String> errors) {
	}

}
