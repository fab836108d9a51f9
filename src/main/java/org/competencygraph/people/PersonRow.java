package org.competencygraph.people;

import org.jspecify.annotations.Nullable;

/**
 * A person as stored (GraphQL {@code Person}); the references are ids.
 *
 * @param job the id of the job they hold
 * @param team the id of their team
 * @param manager the id of their manager (a person)
 */
public record PersonRow(String id, String name, @Nullable String email, @Nullable String employeeNumber,
		@Nullable String username, @Nullable String job, @Nullable String team, @Nullable String manager) {
}
