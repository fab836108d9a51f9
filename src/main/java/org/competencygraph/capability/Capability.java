package org.competencygraph.capability;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A skill, ability, knowledge area, competency or qualification. */
public record Capability(String id, CapabilityKind kind, String name, List<String> aliases,
		@Nullable String description, @Nullable String qualificationType, List<ExternalId> externalIds) {

	/** The same concept's id in a standard framework. */
	public record ExternalId(String framework, String id) {

		static ExternalId parse(String value) {
			int colon = value.indexOf(':');
			return colon < 0 ? new ExternalId("unknown", value)
					: new ExternalId(value.substring(0, colon), value.substring(colon + 1));
		}

	}

	/** Maps a {@code :Capability} node or map projection. */
	public static Capability of(Value node) {
		return new Capability(node.get("id").asString(), CapabilityKind.ofLabel(node.get("kind").asString()),
				node.get("name").asString(), node.get("aliases").asList(Value::asString, List.of()),
				node.get("description").asString(null), node.get("qualificationType").asString(null),
				node.get("externalIds").asList(v -> ExternalId.parse(v.asString()), List.of()));
	}

}
