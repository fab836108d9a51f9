package org.competencygraph.importer;

import java.util.List;
import java.util.Map;

import org.competencygraph.framework.Framework;
import org.jspecify.annotations.Nullable;

/**
 * An O*NET detailed work activity (DWA): a specific kind of work that task statements of many occupations involve
 * ("Monitor patient conditions during treatments"), under an intermediate work activity (IWA) and a work activity
 * element of O*NET's content model.
 *
 * @param id {@code onet:dwa:<DWA ID>}
 * @param sourceId the DWA ID, e.g. {@code 4.A.2.a.4.I09.D03}
 * @param iwa the IWA ID it belongs to
 * @param iwaTitle the IWA's title, null without IWA Reference.txt
 * @param element the work activity element (Content Model) it belongs to, e.g. {@code 4.A.2.a.4}
 */
public record WorkActivityRow(String id, Framework framework, String sourceId, String release, String title,
		String iwa, @Nullable String iwaTitle, String element) implements NodeRow {

	@Override
	public KeyLabel keyLabel() {
		return KeyLabel.WORK_ACTIVITY;
	}

	@Override
	public List<String> labels() {
		return List.of();
	}

	@Override
	public Map<String, Object> properties() {
		return PropertyMap.node(this.id, this.framework, this.sourceId, this.release)
			.put("title", this.title)
			.put("iwa", this.iwa)
			.put("iwaTitle", this.iwaTitle)
			.put("element", this.element)
			.toMap();
	}

}
