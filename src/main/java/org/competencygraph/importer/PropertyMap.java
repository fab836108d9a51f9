package org.competencygraph.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.competencygraph.framework.Framework;
import org.jspecify.annotations.Nullable;

/**
 * The properties of a row as the driver takes them. Neo4j stores no nulls, so a null value is left out: on an update
 * ({@code SET n += ...}) the stored value then stays, as when a file that gives it is missing this time.
 */
final class PropertyMap {

	private final Map<String, Object> properties = new LinkedHashMap<>();

	/** Starts with the properties every imported node has: where it comes from. */
	static PropertyMap node(String id, Framework framework, String sourceId, String release) {
		return new PropertyMap().put("id", id)
			.put("framework", framework.id())
			.put("sourceId", sourceId)
			.put("release", release);
	}

	PropertyMap put(String key, @Nullable Object value) {
		if (value != null) {
			this.properties.put(key, value);
		}
		return this;
	}

	Map<String, Object> toMap() {
		return Collections.unmodifiableMap(this.properties);
	}

}
