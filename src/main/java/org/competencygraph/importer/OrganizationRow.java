package org.competencygraph.importer;

import java.util.List;
import java.util.Map;

import org.competencygraph.framework.Framework;

/**
 * A framework's organization node, whose id is the framework's bare id: the organization of its occupations and job
 * families.
 *
 * @param attribution how the data must be attributed when shown
 */
public record OrganizationRow(Framework framework, String release, String attribution) implements NodeRow {

	@Override
	public String id() {
		return this.framework.id();
	}

	@Override
	public KeyLabel keyLabel() {
		return KeyLabel.ORGANIZATION;
	}

	@Override
	public List<String> labels() {
		return List.of();
	}

	@Override
	public Map<String, Object> properties() {
		return PropertyMap.node(id(), this.framework, this.framework.homepage(), this.release)
			.put("name", this.framework.displayName())
			.put("attribution", this.attribution)
			.toMap();
	}

}
