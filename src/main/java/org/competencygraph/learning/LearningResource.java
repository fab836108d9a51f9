package org.competencygraph.learning;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A course, certification, programme, on-the-job assignment or mentoring arrangement: a {@code (:LearningResource)}.
 *
 * @param type one of {@link #TYPES}
 * @param hours learning time in hours
 * @param cost price per learner in {@code currency}
 * @param level the resource's own level as its provider writes it, e.g. "NQF Level 3" or "Foundation"
 * @param source where the entry comes from, e.g. {@code example} for the shipped example catalogue
 */
public record LearningResource(String id, String title, @Nullable String provider, String type, @Nullable Double hours,
		@Nullable Double cost, @Nullable String currency, @Nullable String format, @Nullable String language,
		@Nullable String url, @Nullable String level, @Nullable String description, @Nullable String source) {

	/** The values of {@code type}, as the GraphQL enum LearningResourceType and the import formats name them. */
	public static final java.util.List<String> TYPES = java.util.List.of("COURSE", "CERTIFICATION", "PROGRAMME",
			"ASSIGNMENT", "MENTORING");

	/** A Cypher map projection of a matched {@code r:LearningResource} that {@link #of} reads. */
	public static final String PROJECTION = "r {.id, .title, .provider, .type, .hours, .cost, .currency, .format, "
			+ ".language, .url, .level, .description, .source}";

	public static LearningResource of(Value node) {
		return new LearningResource(node.get("id").asString(), node.get("title").asString(),
				node.get("provider").asString(null), node.get("type").asString(), number(node.get("hours")),
				number(node.get("cost")), node.get("currency").asString(null), node.get("format").asString(null),
				node.get("language").asString(null), node.get("url").asString(null), node.get("level").asString(null),
				node.get("description").asString(null), node.get("source").asString(null));
	}

	static @Nullable Double number(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

}
