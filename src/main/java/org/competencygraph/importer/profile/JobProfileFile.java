package org.competencygraph.importer.profile;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A job-profile file as written, bound once its structure was checked against
 * {@code schemas/job-profile.schema.json}. Field names are the format's (docs/job-profile-format.md); the schema
 * rejects unknown fields, so a misspelt field is an error, not silently ignored.
 */
record JobProfileFile(@Nullable String format, @Nullable Source source, @Nullable List<CapabilityDefinition> capabilities,
		@Nullable List<JobDefinition> jobs) {

	record Source(@Nullable String document, @Nullable String title, @Nullable String url) {
	}

	record CapabilityDefinition(@Nullable String id, @Nullable String kind, @Nullable String name,
			@Nullable List<String> aliases, @Nullable String description, @Nullable String qualificationType,
			@Nullable Map<String, String> externalIds) {
	}

	/** {@code duties}: each entry a text, or a {@code {text, section}} mapping. */
	record JobDefinition(@Nullable String id, @Nullable String title, @Nullable List<String> aliases,
			@Nullable String organization, @Nullable String department, @Nullable String code,
			@Nullable String grade, @Nullable String family, @Nullable ResponsibilityLevel responsibilityLevel,
			@Nullable String effectiveDate, @Nullable String summary, @Nullable Boolean detailedProfile,
			@Nullable String includesRequirementsOf, @Nullable List<RequirementDefinition> requirements,
			@Nullable List<CareerLinkDefinition> progressesTo, @Nullable List<JsonNode> duties) {
	}

	record ResponsibilityLevel(@Nullable Integer level, @Nullable Boolean inferred, @Nullable String basis) {
	}

	/** {@code capability} is either an id (a string) or an inline {@link CapabilityDefinition}. */
	record RequirementDefinition(@Nullable JsonNode capability, @Nullable String priority,
			@Nullable String priorityText, @Nullable Double level, @Nullable String levelText,
			@Nullable Double importance, @Nullable List<String> assessedBy, @Nullable String criterion,
			@Nullable Boolean derivedFromDuty, @Nullable Provenance provenance) {
	}

	record CareerLinkDefinition(@Nullable String job, @Nullable String track, @Nullable String conditions,
			@Nullable List<String> requiredCapabilities, @Nullable Provenance provenance) {
	}

	record Provenance(@Nullable String document, @Nullable String section, @Nullable String text) {
	}

}
