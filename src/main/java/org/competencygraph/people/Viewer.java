package org.competencygraph.people;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The caller as the people feature sees them (GraphQL {@code Viewer}).
 *
 * @param username the name they signed in with; null when anonymous
 * @param roles their roles; empty when anonymous
 * @param personId the id of the Person whose username is theirs; null when none
 */
public record Viewer(@Nullable String username, Set<Role> roles, @Nullable String personId) {

	static final Viewer ANONYMOUS = new Viewer(null, Set.of(), null);

	public boolean authenticated() {
		return this.username != null;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Admin or planner: every person and team. */
	public boolean seesEveryone() {
		return has(Role.ADMIN) || has(Role.PLANNER);
	}

}
