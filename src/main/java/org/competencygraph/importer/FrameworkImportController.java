package org.competencygraph.importer;

import java.security.Principal;

import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.background.BackgroundJob;
import org.competencygraph.background.BackgroundJobs;
import org.competencygraph.background.JobStart;
import org.competencygraph.framework.Framework;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL mutations that import a framework release from the import folder. Each starts a background job and
 * answers at once; the job's {@code frameworkImport} field has the report when it has finished.
 */
@Controller
class FrameworkImportController {

	private final FrameworkImports imports;

	private final BackgroundJobs jobs;

	FrameworkImportController(FrameworkImports imports, BackgroundJobs jobs) {
		this.imports = imports;
		this.jobs = jobs;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	JobStart importOnet(@Argument ImportFrameworkInput input, Principal caller) {
		return start(Framework.ONET, input, caller);
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	JobStart importEsco(@Argument ImportFrameworkInput input, Principal caller) {
		return start(Framework.ESCO, input, caller);
	}

	private JobStart start(Framework framework, ImportFrameworkInput input, Principal caller) {
		String path = input.path().strip();
		if (path.isEmpty()) {
			throw new InvalidArgumentException("input.path", "must name the folder of the release");
		}
		try {
			this.imports.checkInImportFolder(path);
		}
		catch (ReleaseNotFoundException ex) {
			return JobStart.refused(ex.problems());
		}
		return this.jobs.startOrRefuse("import-" + framework.id(),
				"import of " + framework.displayName() + " from " + path, caller.getName(),
				progress -> this.imports.importFromImportFolder(framework, path, progress));
	}

	@SchemaMapping(typeName = "BackgroundJob")
	@Nullable ImportReport frameworkImport(BackgroundJob job) {
		return job.report() instanceof ImportReport report ? report : null;
	}

	/** The report's source is the framework's id: the schema's {@code framework}. */
	@SchemaMapping(typeName = "FrameworkImportReport", field = "framework")
	String reportFramework(ImportReport report) {
		return report.source();
	}

	record ImportFrameworkInput(String path) {
	}

}
