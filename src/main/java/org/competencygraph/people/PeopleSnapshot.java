package org.competencygraph.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * All people, teams and current holdings at one version of the audit trail, with the lookups the questions need
 * (members of a team, sub-teams, reports). Immutable: a write makes the next read build a new one
 * ({@link PeopleData}). Small: 500 people with 200 holdings each are some 100,000 holdings.
 */
final class PeopleSnapshot {

	static final Comparator<PersonRow> BY_NAME = Comparator.comparing(PersonRow::name).thenComparing(PersonRow::id);

	private final Map<String, PersonRow> persons;

	private final Map<String, TeamRow> teams;

	private final Map<String, List<HoldingRow>> holdings;

	private final Map<String, String> byUsername = new HashMap<>();

	private final Map<String, List<PersonRow>> members = new HashMap<>();

	private final Map<String, List<TeamRow>> children = new HashMap<>();

	private final Map<String, List<PersonRow>> reports = new HashMap<>();

	private final Map<String, List<TeamRow>> managed = new HashMap<>();

	/**
	 * @param persons by id, in name order
	 * @param teams by id, in name order
	 * @param holdings current holdings by person id, by capability name
	 */
	PeopleSnapshot(Map<String, PersonRow> persons, Map<String, TeamRow> teams, Map<String, List<HoldingRow>> holdings) {
		this.persons = persons;
		this.teams = teams;
		this.holdings = holdings;
		for (PersonRow person : persons.values()) {
			if (person.username() != null) {
				this.byUsername.put(person.username(), person.id());
			}
			if (person.team() != null) {
				this.members.computeIfAbsent(person.team(), t -> new ArrayList<>()).add(person);
			}
			if (person.manager() != null) {
				this.reports.computeIfAbsent(person.manager(), t -> new ArrayList<>()).add(person);
			}
		}
		for (TeamRow team : teams.values()) {
			if (team.parent() != null) {
				this.children.computeIfAbsent(team.parent(), t -> new ArrayList<>()).add(team);
			}
			if (team.manager() != null) {
				this.managed.computeIfAbsent(team.manager(), t -> new ArrayList<>()).add(team);
			}
		}
	}

	static PeopleSnapshot empty() {
		return new PeopleSnapshot(new LinkedHashMap<>(), new LinkedHashMap<>(), Map.of());
	}

	@Nullable PersonRow person(String id) {
		return this.persons.get(id);
	}

	@Nullable TeamRow team(String id) {
		return this.teams.get(id);
	}

	/** Everyone, by name. */
	Iterable<PersonRow> persons() {
		return this.persons.values();
	}

	/** Every team, by name. */
	Iterable<TeamRow> teams() {
		return this.teams.values();
	}

	@Nullable String personIdOf(String username) {
		return this.byUsername.get(username);
	}

	/** Current holdings, by capability name. */
	List<HoldingRow> holdings(String person) {
		return this.holdings.getOrDefault(person, List.of());
	}

	/** Members of this team only, by name. */
	List<PersonRow> members(String team) {
		return this.members.getOrDefault(team, List.of());
	}

	/** Direct sub-teams, by name. */
	List<TeamRow> children(String team) {
		return this.children.getOrDefault(team, List.of());
	}

	/** Direct reports, by name. */
	List<PersonRow> reports(String person) {
		return this.reports.getOrDefault(person, List.of());
	}

	/** The team and all its sub-teams, at any depth (a cycle is followed once). */
	Set<String> teamAndBelow(String team) {
		Set<String> found = new LinkedHashSet<>();
		List<String> open = new ArrayList<>(List.of(team));
		while (!open.isEmpty()) {
			String next = open.removeLast();
			if (found.add(next)) {
				children(next).forEach(child -> open.add(child.id()));
			}
		}
		return found;
	}

	/** The teams a person manages and their sub-teams. */
	Set<String> teamsManagedBy(String person) {
		Set<String> teams = new LinkedHashSet<>();
		for (TeamRow team : this.managed.getOrDefault(person, List.of())) {
			teams.addAll(teamAndBelow(team.id()));
		}
		return teams;
	}

	/** Everyone who reports to the person, directly or not. */
	Set<String> reportsBelow(String person) {
		Set<String> found = new LinkedHashSet<>();
		List<String> open = new ArrayList<>(List.of(person));
		while (!open.isEmpty()) {
			for (PersonRow report : reports(open.removeLast())) {
				if (found.add(report.id())) {
					open.add(report.id());
				}
			}
		}
		found.remove(person);
		return found;
	}

}
