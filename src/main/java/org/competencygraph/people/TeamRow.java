package org.competencygraph.people;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A team as stored (GraphQL {@code Team}); the references are ids.
 *
 * @param parent the id of the team it belongs to
 * @param manager the id of the person who manages it
 * @param positions the positions it must fill
 */
public record TeamRow(String id, String name, @Nullable String parent, @Nullable String manager,
		List<Position> positions) {

	/**
	 * {@code count} holders of job {@code job} by {@code by} (ISO date, null for now).
	 */
	public record Position(String job, int count, @Nullable String by) {
	}

}
