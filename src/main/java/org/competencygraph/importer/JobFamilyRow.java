package org.competencygraph.importer;

import java.util.List;
import java.util.Map;

import org.competencygraph.framework.Framework;

/**
 * A job family of a framework: an O*NET SOC major group or an ESCO ISCO unit group.
 *
 * @param code the group's code, e.g. {@code 15-0000} or {@code 2522}
 */
public record JobFamilyRow(String id, Framework framework, String sourceId, String release, String name, String code)
		implements NodeRow {

	@Override
	public KeyLabel keyLabel() {
		return KeyLabel.JOB_FAMILY;
	}

	@Override
	public List<String> labels() {
		return List.of();
	}

	@Override
	public Map<String, Object> properties() {
		return PropertyMap.node(this.id, this.framework, this.sourceId, this.release)
			.put("name", this.name)
			.put("code", this.code)
			.toMap();
	}

}
