package org.competencygraph.importer;

import java.util.List;

import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.framework.Framework;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The GraphQL mutations that import a framework release from the import folder, and their report. */
@Controller
class FrameworkImportController {

	private final FrameworkImports imports;

	FrameworkImportController(FrameworkImports imports) {
		this.imports = imports;
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

	/** The report's source is the framework's id: the schema's {@code framework}. */
	@SchemaMapping(typeName = "FrameworkImportReport", field = "framework")
	String reportFramework(ImportReport report) {
		return report.source();
	}

	record ImportFrameworkInput(String path) {
	}

	record ImportFrameworkPayload(@Nullable ImportReport report, List<String> errors) {
	}

}
