package org.competencygraph.importer.learning;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One learning resource as a catalogue file gives it, whatever its format (a CSV row or a YAML entry), checked for
 * form but not yet against the graph.
 *
 * @param where the place in the file for messages, e.g. {@code line 7} or {@code resources[3]}
 * @param teaches skills in words or ids, each with the level taught (null: unspecified)
 * @param prerequisites capabilities (with a level) or resources to have first
 */
record CatalogueEntry(String where, String id, String title, @Nullable String provider, String type,
		@Nullable Double hours, @Nullable Double cost, @Nullable String currency, @Nullable String format,
		@Nullable String language, @Nullable String url, @Nullable String level, @Nullable String description,
		@Nullable String source, List<Reference> teaches, List<Reference> prerequisites) {

	/** What a reference names. */
	enum Kind {

		CAPABILITY,

		RESOURCE,

		/** A CSV prerequisite written as one token: a resource id when there is such a resource, else a capability. */
		RESOURCE_OR_CAPABILITY

	}

	/**
	 * A skill or resource named by the file.
	 *
	 * @param where the place in the file for messages, e.g. {@code line 7, field 'teaches'}
	 * @param text the words or id as written
	 * @param level 0-7; null when not given
	 */
	record Reference(String where, String text, @Nullable Integer level, Kind kind) {
	}

}
