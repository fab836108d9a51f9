package org.competencygraph.importer.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.audit.AuditAction;
import org.competencygraph.audit.AuditTrail;
import org.competencygraph.audit.AuditTrail.Change;
import org.competencygraph.importer.Problems;
import org.competencygraph.importer.people.PeopleRows.HoldingRow;
import org.competencygraph.importer.people.PeopleRows.PersonRow;
import org.competencygraph.importer.people.PeopleRows.TeamRow;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Imports teams.csv, people.csv and holdings.csv: all given files are read and checked (each row, then the
 * references between the files and to the graph: jobs, capabilities, teams and people already imported); when any
 * has a problem nothing is written. Otherwise everything is written in one transaction through the audit trail,
 * one IMPORT entry per team and person written. Idempotent: a second import of the same files changes nothing, and
 * a holding whose level, source, evidence and expiry are unchanged is not assessed again.
 */
@Service
public class PeopleImporter {

	private final Neo4jClient client;

	private final AuditTrail audit;

	PeopleImporter(Neo4jClient client, AuditTrail audit) {
		this.client = client;
		this.audit = audit;
	}

	/** The files' contents, each optional (null when not given). */
	public record Files(@Nullable String teams, @Nullable String people, @Nullable String holdings) {
	}

	/** What an import wrote, or the problems that stopped it. */
	public record Result(int teams, int people, int holdings, List<String> problems) {
	}

	public Result importFiles(String actor, Files files) {
		Problems problems = new Problems();
		if (files.teams() == null && files.people() == null && files.holdings() == null) {
			problems.add("input", "give at least one of teams, people and holdings");
			return new Result(0, 0, 0, problems.list());
		}
		List<TeamRow> teams = files.teams() == null ? List.of() : PeopleCsv.teams("teams.csv", files.teams(), problems);
		List<PersonRow> people = files.people() == null ? List.of()
				: PeopleCsv.people("people.csv", files.people(), problems);
		List<HoldingRow> holdings = files.holdings() == null ? List.of()
				: PeopleCsv.holdings("holdings.csv", files.holdings(), problems);
		if (problems.isEmpty()) {
			checkReferences(teams, people, holdings, problems);
		}
		if (!problems.isEmpty()) {
			return new Result(0, 0, 0, problems.list());
		}
		int changed = this.audit.write(actor, tx -> new PeopleGraphWrites(tx).write(teams, people, holdings));
		return new Result(teams.size(), people.size(), changed, List.of());
	}

	private void checkReferences(List<TeamRow> teams, List<PersonRow> people, List<HoldingRow> holdings,
			Problems problems) {
		Set<String> teamIds = new HashSet<>(ids("MATCH (t:Team) RETURN t.id AS id"));
		teams.forEach(t -> teamIds.add(t.id()));
		Set<String> personIds = new HashSet<>(ids("MATCH (p:Person) RETURN p.id AS id"));
		people.forEach(p -> personIds.add(p.id()));
		Map<String, String> usernames = new HashMap<>();
		for (Map.Entry<String, String> entry : usernames().entrySet()) {
			usernames.put(entry.getKey(), entry.getValue());
		}
		Set<String> jobs = new LinkedHashSet<>();
		teams.forEach(t -> t.positions().forEach(p -> jobs.add(p.job())));
		people.forEach(p -> {
			if (p.job() != null) {
				jobs.add(p.job());
			}
		});
		Set<String> missingJobs = missing("Job", jobs);
		Set<String> missingCapabilities = missing("Capability",
				holdings.stream().map(HoldingRow::capability).collect(java.util.stream.Collectors.toSet()));
		Map<String, String> parents = new LinkedHashMap<>();
		for (TeamRow team : teams) {
			String where = "teams.csv, team '" + team.id() + "'";
			if (team.parent() != null) {
				parents.put(team.id(), team.parent());
				if (!teamIds.contains(team.parent())) {
					problems.add(where, "parent: there is no team '" + team.parent() + "' in teams.csv or the graph");
				}
			}
			if (team.manager() != null && !personIds.contains(team.manager())) {
				problems.add(where, "manager: there is no person '" + team.manager() + "' in people.csv or the graph");
			}
			team.positions().stream().filter(p -> missingJobs.contains(p.job())).forEach(p -> problems.add(where,
					"positions: there is no job with id '" + p.job() + "'"));
		}
		for (String team : parents.keySet()) {
			Set<String> seen = new HashSet<>();
			for (String at = team; at != null; at = parents.get(at)) {
				if (!seen.add(at)) {
					problems.add("teams.csv, team '" + team + "'", "parent: the teams' parents form a cycle");
					break;
				}
			}
		}
		for (PersonRow person : people) {
			String where = "people.csv, person '" + person.id() + "'";
			if (person.team() != null && !teamIds.contains(person.team())) {
				problems.add(where, "team: there is no team '" + person.team() + "' in teams.csv or the graph");
			}
			if (person.manager() != null && !personIds.contains(person.manager())) {
				problems.add(where, "manager: there is no person '" + person.manager() + "' in people.csv or the graph");
			}
			if (person.job() != null && missingJobs.contains(person.job())) {
				problems.add(where, "job: there is no job with id '" + person.job() + "'");
			}
			String holder = person.username() == null ? null : usernames.get(person.username());
			if (holder != null && !holder.equals(person.id())
					&& people.stream().noneMatch(p -> p.id().equals(holder) && !person.username().equals(p.username()))) {
				problems.add(where, "username: '" + person.username() + "' belongs to another person in the graph");
			}
		}
		for (HoldingRow holding : holdings) {
			String where = "holdings.csv, person '" + holding.person() + "'";
			if (!personIds.contains(holding.person())) {
				problems.add(where, "person: there is no person '" + holding.person() + "' in people.csv or the graph");
			}
			if (missingCapabilities.contains(holding.capability())) {
				problems.add(where, "capability: there is no capability with id '" + holding.capability() + "'");
			}
		}
	}

	private List<String> ids(String query) {
		return List.copyOf(this.client.query(query).fetchAs(String.class).all());
	}

	private Map<String, String> usernames() {
		Map<String, String> usernames = new HashMap<>();
		this.client.query("MATCH (p:Person) WHERE p.username IS NOT NULL RETURN p.username AS username, p.id AS id")
			.fetchAs(String[].class)
			.mappedBy((types, r) -> new String[] { r.get("username").asString(), r.get("id").asString() })
			.all()
			.forEach(pair -> usernames.put(pair[0], pair[1]));
		return usernames;
	}

	/** The ids among {@code ids} that name no node of the label (ours, never user input). */
	private Set<String> missing(String label, Set<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.client.query("UNWIND $ids AS id OPTIONAL MATCH (n:" + label + " {id: id}) "
				+ "WITH id, n WHERE n IS NULL RETURN id")
			.bind(new ArrayList<>(ids)).to("ids")
			.fetchAs(String.class)
			.all());
	}

	/** Audit entries of an import: one per team and person written, naming what was written. */
	static List<Change> changes(List<TeamRow> teams, List<PersonRow> people, Set<String> holdingsOf) {
		List<Change> changes = new ArrayList<>();
		for (TeamRow team : teams) {
			changes.add(new Change(AuditAction.IMPORT, "TEAM", team.id(),
					List.of("name", "parent", "manager", "positions")));
		}
		Set<String> written = new HashSet<>();
		for (PersonRow person : people) {
			written.add(person.id());
			List<String> fields = new ArrayList<>(List.of("name", "email", "employeeNumber", "username", "job", "team",
					"manager"));
			if (holdingsOf.contains(person.id())) {
				fields.add("holdings");
			}
			changes.add(new Change(AuditAction.IMPORT, "PERSON", person.id(), fields));
		}
		for (String person : holdingsOf) {
			if (!written.contains(person)) {
				changes.add(new Change(AuditAction.IMPORT, "PERSON", person, List.of("holdings")));
			}
		}
		return changes;
	}

}
