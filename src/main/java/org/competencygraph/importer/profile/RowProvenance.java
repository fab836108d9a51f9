package org.competencygraph.importer.profile;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where a requirement or career link comes from.
 *
 * @param document the source document, by default the file's
 * @param section where in it
 * @param text what it says
 */
record RowProvenance(@Nullable String document, @Nullable String section, @Nullable String text) {

	void putInto(Map<String, Object> properties) {
		properties.put("sourceDocument", this.document);
		properties.put("sourceSection", this.section);
		properties.put("sourceText", this.text);
	}

}
