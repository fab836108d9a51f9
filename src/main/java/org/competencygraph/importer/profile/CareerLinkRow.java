package org.competencygraph.importer.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A {@code PROGRESSES_TO} relationship from a job of the file to a job of the file or the graph.
 *
 * @param track the career track in lower case, e.g. {@code technical}
 * @param requiredCapabilities ids of capabilities the move needs; they must exist
 */
record CareerLinkRow(String fromId, String toId, @Nullable String track, @Nullable String conditions,
		List<String> requiredCapabilities, RowProvenance provenance) implements ProfileRow {

	/** The relationship's properties. */
	Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("track", this.track);
		properties.put("conditions", this.conditions);
		properties.put("requiredCapabilities", this.requiredCapabilities);
		this.provenance.putInto(properties);
		return properties;
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("fromId", this.fromId);
		row.put("toId", this.toId);
		row.put("properties", properties());
		return row;
	}

}
