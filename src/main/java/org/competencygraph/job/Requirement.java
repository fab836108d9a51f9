package org.competencygraph.job;

import java.util.List;

import org.competencygraph.capability.Capability;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** How a job requires a capability, with the source text it comes from. */
public record Requirement(String jobId, Capability capability, Priority priority, @Nullable String priorityText,
		@Nullable Double level, @Nullable String levelText, @Nullable Double importance, List<String> assessedBy,
		@Nullable String criterion, boolean derivedFromDuty, @Nullable String inheritedFromId,
		Provenance provenance) {

	public enum Priority {

		ESSENTIAL, DESIRABLE;

		public static Priority of(String value) {
			return valueOf(value.toUpperCase(java.util.Locale.ROOT));
		}

	}

	public record Provenance(@Nullable String document, @Nullable String section, @Nullable String text) {

		static Provenance of(Value relationship) {
			return new Provenance(relationship.get("sourceDocument").asString(null),
					relationship.get("sourceSection").asString(null), relationship.get("sourceText").asString(null));
		}

	}

	/** Maps a {@code REQUIRES} relationship and its capability node. */
	public static Requirement of(String jobId, Value requires, Value capability) {
		return new Requirement(jobId, Capability.of(capability), Priority.of(requires.get("priority").asString()),
				requires.get("priorityText").asString(null), nullableDouble(requires.get("level")),
				requires.get("levelText").asString(null), nullableDouble(requires.get("importance")),
				requires.get("assessedBy").asList(Value::asString, List.of()), requires.get("criterion").asString(null),
				requires.get("derivedFromDuty").asBoolean(false), requires.get("inheritedFrom").asString(null),
				Provenance.of(requires));
	}

	static @Nullable Double nullableDouble(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

}
