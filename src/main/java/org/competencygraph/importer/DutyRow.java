package org.competencygraph.importer;

import java.util.List;
import java.util.Map;

import org.competencygraph.framework.Framework;
import org.jspecify.annotations.Nullable;

/**
 * A duty of a standard occupation as a node of its own, so that it can be compared, searched and shown: an O*NET
 * task statement or an ESCO occupation description.
 *
 * @param id {@code onet:task:<Task ID>} or {@code esco:description:<uuid of the occupation>}
 * @param sourceId O*NET's Task ID, or the ESCO occupation's URI
 * @param kind {@code task} (O*NET) or {@code description} (ESCO)
 * @param core O*NET's Task Type: true for Core, false for Supplemental, null when the release says n/a or for ESCO
 */
public record DutyRow(String id, Framework framework, String sourceId, String release, String text, String kind,
		@Nullable Boolean core) implements NodeRow {

	/** O*NET task statements. */
	public static final String TASK = "task";

	/** ESCO occupation descriptions. */
	public static final String DESCRIPTION = "description";

	@Override
	public KeyLabel keyLabel() {
		return KeyLabel.DUTY;
	}

	@Override
	public List<String> labels() {
		return List.of();
	}

	@Override
	public Map<String, Object> properties() {
		return PropertyMap.node(this.id, this.framework, this.sourceId, this.release)
			.put("text", this.text)
			.put("kind", this.kind)
			.put("core", this.core)
			.toMap();
	}

}
