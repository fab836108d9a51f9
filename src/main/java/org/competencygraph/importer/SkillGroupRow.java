package org.competencygraph.importer;

import java.util.List;
import java.util.Map;

import org.competencygraph.framework.Framework;
import org.jspecify.annotations.Nullable;

/** An ESCO skill group: a node of the skill hierarchy that is not a capability (nothing requires a group). */
public record SkillGroupRow(String id, Framework framework, String sourceId, String release, String name,
		List<String> aliases, @Nullable String description, @Nullable String code) implements NodeRow {

	@Override
	public KeyLabel keyLabel() {
		return KeyLabel.SKILL_GROUP;
	}

	@Override
	public List<String> labels() {
		return List.of();
	}

	@Override
	public Map<String, Object> properties() {
		return PropertyMap.node(this.id, this.framework, this.sourceId, this.release)
			.put("name", this.name)
			.put("aliases", this.aliases)
			.put("description", this.description)
			.put("code", this.code)
			.toMap();
	}

}
