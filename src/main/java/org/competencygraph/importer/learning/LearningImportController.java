package org.competencygraph.importer.learning;

import java.util.ArrayList;
import java.util.List;

import org.competencygraph.api.InvalidArgumentException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The GraphQL entry point of the learning-catalogue import. */
@Controller
class LearningImportController {

	static final int MAX_FILES = 20;

	private final LearningCatalogueImporter importer;

	LearningImportController(LearningCatalogueImporter importer) {
		this.importer = importer;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	ImportLearningResourcesPayload importLearningResources(@Argument ImportLearningResourcesInput input) {
		if (input.files().size() > MAX_FILES) {
			throw new InvalidArgumentException("input.files", "must list at most " + MAX_FILES + " files, has "
					+ input.files().size());
		}
		List<ImportedCatalogue> imported = new ArrayList<>();
		List<ImportError> errors = new ArrayList<>();
		for (CatalogueFileInput file : input.files()) {
			try {
				imported.add(this.importer.importContent(file.name(), file.content()));
			}
			catch (InvalidCatalogueException ex) {
				errors.add(new ImportError(file.name(), ex.problems(), ex.getMessage()));
			}
		}
		return new ImportLearningResourcesPayload(imported, errors);
	}

	record ImportLearningResourcesInput(List<CatalogueFileInput> files) {
	}

	record CatalogueFileInput(String name, String content) {
	}

	record ImportLearningResourcesPayload(List<ImportedCatalogue> imported, List<ImportError> errors) {
	}

	record ImportError(String name, List<String> problems, String message) {
	}

}
