package org.competencygraph.importer.people;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The checked rows of one people import: what the writer writes. */
record PeopleRows(List<TeamRow> teams, List<PersonRow> people, List<HoldingRow> holdings) {

	/** A row of teams.csv; positions as {@code job=count[@date]} separated by {@code ;}. */
	record TeamRow(String id, String name, @Nullable String parent, @Nullable String manager,
			List<PositionRow> positions) {
	}

	record PositionRow(String job, int count, @Nullable String by) {
	}

	/** A row of people.csv. */
	record PersonRow(String id, String name, @Nullable String email, @Nullable String employeeNumber,
			@Nullable String username, @Nullable String job, @Nullable String team, @Nullable String manager) {
	}

	/** A row of holdings.csv. */
	record HoldingRow(String person, String capability, @Nullable Double level, String source,
			@Nullable String evidence, @Nullable String assessedAt, @Nullable String assessedBy,
			@Nullable String expires) {
	}

}
