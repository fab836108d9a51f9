package org.competencygraph.importer.people;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/** The GraphQL entry point of the people import ({@code importPeople}), for the admin. */
@Controller
class PeopleImportController {

	private final PeopleImporter importer;

	PeopleImportController(PeopleImporter importer) {
		this.importer = importer;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	ImportPeoplePayload importPeople(@Argument ImportPeopleInput input) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = authentication == null ? "unknown" : authentication.getName();
		PeopleImporter.Result result = this.importer.importFiles(actor,
				new PeopleImporter.Files(input.teams(), input.people(), input.holdings()));
		return new ImportPeoplePayload(result.teams(), result.people(), result.holdings(), result.problems());
	}

	record ImportPeopleInput(@Nullable String teams, @Nullable String people, @Nullable String holdings) {
	}

	record ImportPeoplePayload(int teams, int people, int holdings, List<String> errors) {
	}

}
