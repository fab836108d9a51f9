package org.competencygraph.people;

import java.util.HashSet;
import java.util.Set;

import org.competencygraph.api.NotFoundException;
import org.competencygraph.api.PermissionDeniedException;
import org.jspecify.annotations.Nullable;

/**
 * What one caller may see on one snapshot (docs/people.md, "Who sees what"). People: the admin and planners
 * everyone; a manager themselves, the members of the teams they manage and of their sub-teams, and everyone who
 * reports to them (transitively); an employee themselves. Teams: in full for the admin and planners, and for a
 * manager the teams they manage and their sub-teams; as an aggregate (no members) the caller's own team.
 * <p>
 * The one rule for what the caller may not see: it is NOT_FOUND with the same message as an id that names nothing,
 * so no answer tells whether a person or team exists. Anonymous callers get UNAUTHORIZED before any id is looked at.
 */
final class Access {

	/** How much of a team a caller sees. */
	enum TeamView {

		/** Members, their holdings, heat map, single points of failure. */
		FULL,

		/** Name, positions and counts, withheld below the minimum group size; no one by name. */
		AGGREGATE,

		/** Nothing: NOT_FOUND as an unknown id. */
		NONE

	}

	private final Viewer viewer;

	private final PeopleSnapshot snapshot;

	private final @Nullable Set<String> people;

	private final @Nullable Set<String> teams;

	Access(Viewer viewer, PeopleSnapshot snapshot) {
		this.viewer = viewer;
		this.snapshot = snapshot;
		if (viewer.seesEveryone()) {
			this.people = null;
			this.teams = null;
			return;
		}
		Set<String> people = new HashSet<>();
		Set<String> teams = new HashSet<>();
		String me = viewer.personId();
		if (me != null && snapshot.person(me) != null) {
			people.add(me);
			if (viewer.has(Role.MANAGER)) {
				teams.addAll(snapshot.teamsManagedBy(me));
				for (String team : teams) {
					snapshot.members(team).forEach(member -> people.add(member.id()));
				}
				people.addAll(snapshot.reportsBelow(me));
			}
		}
		this.people = Set.copyOf(people);
		this.teams = Set.copyOf(teams);
	}

	Viewer viewer() {
		return this.viewer;
	}

	PeopleSnapshot snapshot() {
		return this.snapshot;
	}

	/** UNAUTHORIZED for anonymous callers: no person data to them, ever. */
	Access requireSignedIn(String what) {
		if (!this.viewer.authenticated()) {
			throw new PermissionDeniedException(false, what + " needs a signed-in user; people data is not public");
		}
		return this;
	}

	/** FORBIDDEN unless the caller has one of the roles (UNAUTHORIZED when anonymous). */
	Access requireRole(String what, Role... roles) {
		requireSignedIn(what);
		for (Role role : roles) {
			if (this.viewer.has(role)) {
				return this;
			}
		}
		throw new PermissionDeniedException(true, what + " needs the role " + String.join(" or ",
				java.util.Arrays.stream(roles).map(Role::name).toList()));
	}

	boolean canSee(PersonRow person) {
		return this.people == null || this.people.contains(person.id());
	}

	boolean canSee(@Nullable String personId) {
		return personId != null && this.snapshot.person(personId) != null
				&& (this.people == null || this.people.contains(personId));
	}

	/** The person, or NOT_FOUND naming the argument, the same for an unknown id and one the caller may not see. */
	PersonRow person(String argument, String id) {
		requireSignedIn(argument);
		PersonRow person = this.snapshot.person(id);
		if (person == null || !canSee(person)) {
			throw new NotFoundException(argument, "there is no person with id '" + id + "' that you may see");
		}
		return person;
	}

	TeamView view(TeamRow team) {
		if (this.teams == null || this.teams.contains(team.id())) {
			return TeamView.FULL;
		}
		PersonRow me = this.viewer.personId() == null ? null : this.snapshot.person(this.viewer.personId());
		return me != null && team.id().equals(me.team()) ? TeamView.AGGREGATE : TeamView.NONE;
	}

	/** The team, or NOT_FOUND naming the argument, the same for an unknown id and one the caller may not see. */
	TeamRow team(String argument, String id) {
		requireSignedIn(argument);
		TeamRow team = this.snapshot.team(id);
		if (team == null || view(team) == TeamView.NONE) {
			throw new NotFoundException(argument, "there is no team with id '" + id + "' that you may see");
		}
		return team;
	}

	/** The team in full, or NOT_FOUND as {@link #team} (also for an aggregate-only view). */
	TeamRow fullTeam(String argument, String id) {
		TeamRow team = team(argument, id);
		if (view(team) != TeamView.FULL) {
			throw new NotFoundException(argument, "there is no team with id '" + id + "' that you may see");
		}
		return team;
	}

}
