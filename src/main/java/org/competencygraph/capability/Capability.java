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

	/**
	 * A Cypher expression that turns a matched {@code c:Capability} into the map {@link #of} reads; returning the node
	 * itself would carry its stored vectors (768 numbers).
	 */
	public static final String PROJECTION = "c {.id, .kind, .name, .aliases, .description, .qualificationType, .externalIds, "
			+ ".framework}";

	/** Maps a {@code :Capability} map projection ({@link #PROJECTION}). */
	public static Capability of(Value node) {
		return new Capability(node.get("id").asString(), CapabilityKind.ofLabel(node.get("kind").asString()),
				node.get("name").asString(), node.get("aliases").asList(Value::asString, List.of()),
				node.get("description").asString(null), node.get("qualificationType").asString(null),
				node.get("externalIds").asList(v -> ExternalId.parse(v.asString()), List.of()));
	}

}
