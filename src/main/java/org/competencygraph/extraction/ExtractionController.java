package org.competencygraph.extraction;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.competencygraph.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The GraphQL entry point of the extraction: {@code draftJobProfile}. */
@Controller
class ExtractionController {

	private final JobProfileExtractor extractor;

	ExtractionController(JobProfileExtractor extractor) {
		this.extractor = extractor;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
	DraftJobProfilePayload draftJobProfile(@Argument DraftJobProfileInput input) {
		if (input.name().isBlank()) {
			throw new InvalidArgumentException("input.name", "must not be blank");
		}
		if ((input.text() == null) == (input.contentBase64() == null)) {
			throw new InvalidArgumentException("input.text", "give either text or contentBase64, not both or neither");
		}
		byte[] content;
		if (input.text() != null) {
			content = input.text().getBytes(StandardCharsets.UTF_8);
		}
		else {
			try {
				content = Base64.getMimeDecoder().decode(input.contentBase64());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidArgumentException("input.contentBase64", "is not Base64: " + ex.getMessage());
			}
		}
		String name = input.text() != null && !input.name().contains(".") ? input.name() + ".txt" : input.name();
		try {
			JobProfileExtractor.Draft draft = this.extractor.draft(name, content);
			return new DraftJobProfilePayload(draft.yaml(), draft.jobs(), draft.requirements(), draft.proposed(),
					draft.unmatched(), draft.boilerplate(), draft.notRead(), List.of());
		}
		catch (InvalidDocumentException ex) {
			return new DraftJobProfilePayload(null, 0, 0, 0, 0, 0, 0, List.of(ex.getMessage()));
		}
	}

	record DraftJobProfileInput(String name, @Nullable String text, @Nullable String contentBase64) {
	}

	record DraftJobProfilePayload(@Nullable String draft, int jobs, int requirements, int proposed, int unmatched,
			int boilerplate, int notRead, List<String> errors) {
	}

}
