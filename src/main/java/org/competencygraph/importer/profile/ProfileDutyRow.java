package org.competencygraph.importer.profile;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A duty or responsibility of a job of the file, as a {@code (:Duty {kind: 'duty'})} node of the job, replaced with
 * the job on every import.
 *
 * @param id {@code <job id>/duty/<n>}, n from 1 in the order of the file
 * @param order the duty's position among the job's duties, from 0
 * @param text the source's words
 * @param section where the source states it, as a path of headings; null when the file does not say
 * @param sourceDocument the file's source document
 */
record ProfileDutyRow(String jobId, String id, int order, String text, @Nullable String section,
		String sourceDocument) implements ProfileRow {

	static final String KIND = "duty";

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("text", this.text);
		properties.put("kind", KIND);
		properties.put("section", this.section);
		properties.put("sourceDocument", this.sourceDocument);
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("jobId", this.jobId);
		row.put("id", this.id);
		row.put("order", this.order);
		row.put("properties", properties);
		return row;
	}

}
