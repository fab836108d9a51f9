package org.competencygraph.importer.learning;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A catalogue file in the project's format (YAML or JSON) as written, bound once its structure was checked against
 * {@code schemas/learning-catalogue.schema.json}, which rejects unknown fields. Levels are numbers or scale words,
 * hence {@link JsonNode}.
 */
record CatalogueFile(@Nullable String format, @Nullable String note, @Nullable String source,
		@Nullable List<ResourceDefinition> resources) {

	record ResourceDefinition(@Nullable String id, @Nullable String title, @Nullable String provider,
			@Nullable String type, @Nullable Double hours, @Nullable Double cost, @Nullable String currency,
			@Nullable String format, @Nullable String language, @Nullable String url, @Nullable String level,
			@Nullable String description, @Nullable String source, @Nullable List<TeachingDefinition> teaches,
			@Nullable List<PrerequisiteDefinition> prerequisites) {
	}

	record TeachingDefinition(@Nullable String capability, @Nullable JsonNode level) {
	}

	record PrerequisiteDefinition(@Nullable String resource, @Nullable String capability, @Nullable JsonNode level) {
	}

}
