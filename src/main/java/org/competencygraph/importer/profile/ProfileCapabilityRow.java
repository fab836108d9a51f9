package org.competencygraph.importer.profile;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A capability a job-profile file defines, merged by id: its aliases and external ids are added to the stored ones.
 *
 * @param kind the label, e.g. {@code Skill}; a capability keeps its kind
 * @param externalIds {@code <scheme>:<id>}, e.g. {@code onet:2.A.2.a}, sorted
 */
record ProfileCapabilityRow(String id, String kind, @Nullable String name, List<String> aliases,
		@Nullable String description, @Nullable String qualificationType, List<String> externalIds)
		implements ProfileRow {

	/** The same capability with the aliases of another definition of it in the file added. */
	ProfileCapabilityRow withAliases(List<String> more) {
		var merged = new LinkedHashSet<>(this.aliases);
		merged.addAll(more);
		return new ProfileCapabilityRow(this.id, this.kind, this.name, List.copyOf(merged), this.description,
				this.qualificationType, this.externalIds);
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", this.id);
		row.put("kind", this.kind);
		row.put("name", this.name);
		row.put("aliases", this.aliases);
		row.put("description", this.description);
		row.put("qualificationType", this.qualificationType);
		row.put("externalIds", this.externalIds);
		return row;
	}

}
