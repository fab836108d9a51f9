package org.competencygraph.importer.profile;

import java.util.ArrayList;
import java.util.List;

import org.competencygraph.importer.ImportReport.FileReport;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The GraphQL entry point of the job-profile import. */
@Controller
class ImportController {

	private final JobProfileImporter importer;

	ImportController(JobProfileImporter importer) {
		this.importer = importer;
	}

	/** The admin, and planners, who import the job profiles they drafted from job descriptions. */
	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
	ImportJobProfilesPayload importJobProfiles(@Argument ImportJobProfilesInput input) {
		List<FileReport> imported = new ArrayList<>();
		List<ImportError> errors = new ArrayList<>();
		for (JobProfileFileInput file : input.files()) {
			try {
				imported.addAll(this.importer.importContent(file.name(), file.content()).files());
			}
			catch (InvalidJobProfileException ex) {
				errors.add(new ImportError(file.name(), ex.problems(), ex.getMessage()));
			}
		}
		return new ImportJobProfilesPayload(imported.stream().map(ImportedFile::of).toList(), errors);
	}

	record ImportJobProfilesInput(List<JobProfileFileInput> files) {
	}

	record JobProfileFileInput(String name, String content) {
	}

	record ImportJobProfilesPayload(List<ImportedFile> imported, List<ImportError> errors) {
	}

	record ImportError(String name, List<String> problems, String message) {
	}

}
