package org.competencygraph.importer.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A job a job-profile file defines, replaced as a whole on every import, with its organization and family.
 *
 * @param organizationId the organization's slug
 * @param familyId {@code <organization slug>/<family slug>}; null when the job names no family
 * @param responsibilityLevel null when the file gives none
 * @param source where the job comes from
 */
record ProfileJobRow(String id, String organizationId, @Nullable String organization, @Nullable String familyId,
		@Nullable String family, @Nullable String title, List<String> aliases, @Nullable String code,
		@Nullable String department, @Nullable String grade, @Nullable ResponsibilityLevel responsibilityLevel,
		@Nullable String effectiveDate, @Nullable String summary, boolean detailedProfile, Source source)
		implements ProfileRow {

	/** The job's level of responsibility, with whether it was inferred and on what basis. */
	record ResponsibilityLevel(@Nullable Integer level, boolean inferred, @Nullable String basis) {
	}

	/**
	 * @param document the file's source document, empty when it names none
	 * @param importedFrom the job-profile file
	 */
	record Source(String document, @Nullable String title, @Nullable String url, String importedFrom) {
	}

	/** The job node's properties; a null removes a value that an earlier import of the job set. */
	Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("title", this.title);
		properties.put("aliases", this.aliases);
		properties.put("code", this.code);
		properties.put("department", this.department);
		properties.put("grade", this.grade);
		ResponsibilityLevel level = this.responsibilityLevel;
		properties.put("responsibilityLevel", level == null ? null : level.level());
		properties.put("responsibilityLevelInferred", level == null ? null : level.inferred());
		properties.put("responsibilityLevelBasis", level == null ? null : level.basis());
		properties.put("effectiveDate", this.effectiveDate);
		properties.put("summary", this.summary);
		properties.put("detailedProfile", this.detailedProfile);
		properties.put("sourceDocument", this.source.document());
		properties.put("sourceTitle", this.source.title());
		properties.put("sourceUrl", this.source.url());
		properties.put("importedFrom", this.source.importedFrom());
		return properties;
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", this.id);
		row.put("organizationId", this.organizationId);
		row.put("organization", this.organization);
		row.put("familyId", this.familyId);
		row.put("family", this.family);
		row.put("properties", properties());
		return row;
	}

}
