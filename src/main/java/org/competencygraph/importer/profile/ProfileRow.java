package org.competencygraph.importer.profile;

import java.util.Map;

/**
 * What a job-profile file writes, one record type per kind of row, so that the compiler checks what the planner
 * builds. The framework pipeline's sealed {@code NodeRow}/{@code RelationshipRow} do not fit: their rows carry a
 * framework and release, and they are merged in batches, where a profile file replaces its jobs in one transaction.
 */
sealed interface ProfileRow permits ProfileCapabilityRow, ProfileJobRow, ProfileRequirementRow, CareerLinkRow,
		ProfileDutyRow {

	/**
	 * The row as the driver takes it: the one place where it becomes parameters; only the writer calls it. Unlike
	 * the framework rows, nulls are kept: {@code SET j += row.properties} with a null removes what an earlier
	 * version of the file set.
	 */
	Map<String, Object> parameters();

}
