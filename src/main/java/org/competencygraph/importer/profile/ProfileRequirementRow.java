package org.competencygraph.importer.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A {@code REQUIRES} relationship of a job of the file, its own or inherited through
 * {@code includesRequirementsOf}.
 *
 * @param level on the proficiency scale (0-7), given or from the level word
 * @param inheritedFrom the job that states the requirement; null for the job's own
 */
record ProfileRequirementRow(String jobId, String capabilityId, @Nullable String priority,
		@Nullable String priorityText, @Nullable Double level, @Nullable String levelText, @Nullable Double importance,
		List<String> assessedBy, @Nullable String criterion, boolean derivedFromDuty, RowProvenance provenance,
		@Nullable String inheritedFrom) implements ProfileRow {

	/**
	 * The same requirement of a job that includes the requirements of {@code parentId}; it keeps the job that
	 * states it when it comes down through several levels.
	 */
	ProfileRequirementRow inheritedBy(String jobId, String parentId) {
		return new ProfileRequirementRow(jobId, this.capabilityId, this.priority, this.priorityText, this.level,
				this.levelText, this.importance, this.assessedBy, this.criterion, this.derivedFromDuty,
				this.provenance, (this.inheritedFrom != null) ? this.inheritedFrom : parentId);
	}

	/** The relationship's properties ({@code inheritedFrom} only on inherited ones). */
	Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("priority", this.priority);
		properties.put("priorityText", this.priorityText);
		properties.put("level", this.level);
		properties.put("levelText", this.levelText);
		properties.put("importance", this.importance);
		properties.put("assessedBy", this.assessedBy);
		properties.put("criterion", this.criterion);
		properties.put("derivedFromDuty", this.derivedFromDuty);
		this.provenance.putInto(properties);
		if (this.inheritedFrom != null) {
			properties.put("inheritedFrom", this.inheritedFrom);
		}
		return properties;
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("jobId", this.jobId);
		row.put("capabilityId", this.capabilityId);
		row.put("properties", properties());
		return row;
	}

}
