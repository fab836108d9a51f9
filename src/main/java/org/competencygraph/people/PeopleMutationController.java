package org.competencygraph.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.competencygraph.api.PermissionDeniedException;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.people.HoldingRow.HoldingSource;
import org.competencygraph.people.PeopleWrites.Assessment;
import org.competencygraph.people.PeopleWrites.PersonInput;
import org.competencygraph.people.PeopleWrites.PositionInput;
import org.competencygraph.people.PeopleWrites.TeamInput;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The mutations on people data, with who may do what (docs/people.md): planners and the admin save people and
 * teams; an employee self-assesses; a manager assesses the people they may see; only the admin erases. Expected
 * refusals of the input are data (payload {@code errors}); a person the caller may not see is NOT_FOUND, a role
 * that may not write FORBIDDEN.
 */
@Controller
class PeopleMutationController {

	static final int MAX_TEXT = 1000;

	static final int MAX_POSITIONS = 100;

	private final Viewers viewers;

	private final PeopleWrites writes;

	private final PeopleData data;

	PeopleMutationController(Viewers viewers, PeopleWrites writes, PeopleData data) {
		this.viewers = viewers;
		this.writes = writes;
		this.data = data;
	}

	@MutationMapping
	PersonPayload savePerson(@Argument PersonInput input, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env).requireRole("savePerson", Role.ADMIN, Role.PLANNER);
		PeopleSnapshot snapshot = access.snapshot();
		PersonRow existing = snapshot.person(input.id());
		List<String> errors = new ArrayList<>();
		text(errors, "input.id", input.id(), true);
		text(errors, "input.name", input.name(), existing == null);
		text(errors, "input.email", input.email(), false);
		text(errors, "input.employeeNumber", input.employeeNumber(), false);
		text(errors, "input.username", input.username(), false);
		if (input.username() != null) {
			String holder = snapshot.personIdOf(input.username());
			if (holder != null && !holder.equals(input.id())) {
				errors.add("input.username: is taken by another person");
			}
		}
		if (input.team() != null && snapshot.team(input.team()) == null) {
			errors.add("input.team: there is no team with id '" + input.team() + "'");
		}
		if (input.manager() != null && (snapshot.person(input.manager()) == null || input.manager().equals(input.id()))) {
			errors.add("input.manager: there is no other person with id '" + input.manager() + "'");
		}
		if (input.job() != null && !this.writes.exists("Job", input.job())) {
			errors.add("input.job: there is no job with id '" + input.job() + "'");
		}
		if (!errors.isEmpty()) {
			return new PersonPayload(null, errors);
		}
		this.writes.savePerson(access.viewer().username(), input, existing == null);
		return new PersonPayload(refreshed(env).snapshot().person(input.id()), List.of());
	}

	@MutationMapping
	TeamPayload saveTeam(@Argument TeamInput input, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env).requireRole("saveTeam", Role.ADMIN, Role.PLANNER);
		PeopleSnapshot snapshot = access.snapshot();
		List<String> errors = new ArrayList<>();
		text(errors, "input.id", input.id(), true);
		text(errors, "input.name", input.name(), snapshot.team(input.id()) == null);
		if (input.parent() != null && (snapshot.team(input.parent()) == null
				|| snapshot.teamAndBelow(input.id()).contains(input.parent()))) {
			errors.add("input.parent: there is no team with id '" + input.parent() + "' outside this team");
		}
		if (input.manager() != null && snapshot.person(input.manager()) == null) {
			errors.add("input.manager: there is no person with id '" + input.manager() + "'");
		}
		if (input.positions() != null) {
			if (input.positions().size() > MAX_POSITIONS) {
				errors.add("input.positions: must list at most " + MAX_POSITIONS + " positions");
			}
			for (int i = 0; i < input.positions().size() && i < MAX_POSITIONS; i++) {
				PositionInput position = input.positions().get(i);
				if (!this.writes.exists("Job", position.job())) {
					errors.add("input.positions[" + i + "].job: there is no job with id '" + position.job() + "'");
				}
				if (position.count() < 1 || position.count() > 1000) {
					errors.add("input.positions[" + i + "].count: must be from 1 to 1000, was " + position.count());
				}
				date(errors, "input.positions[" + i + "].by", position.by());
			}
		}
		if (!errors.isEmpty()) {
			return new TeamPayload(null, errors);
		}
		this.writes.saveTeam(access.viewer().username(), input);
		return new TeamPayload(refreshed(env).snapshot().team(input.id()), List.of());
	}

	@MutationMapping
	HoldingPayload assessCapability(@Argument Assessment input, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env).requireSignedIn("assessCapability");
		PersonRow person = access.person("input.person", input.person());
		requireMayWrite(access, person, input.source(), "assessCapability");
		List<String> errors = new ArrayList<>();
		if (input.level() != null && (input.level() < ProficiencyScale.MIN_LEVEL
				|| input.level() > ProficiencyScale.MAX_LEVEL)) {
			errors.add("input.level: must be from " + (int) ProficiencyScale.MIN_LEVEL + " to "
					+ (int) ProficiencyScale.MAX_LEVEL + ", was " + input.level());
		}
		text(errors, "input.evidence", input.evidence(), false);
		date(errors, "input.expires", input.expires());
		if (!this.writes.exists("Capability", input.capability())) {
			errors.add("input.capability: there is no capability with id '" + input.capability() + "'");
		}
		if (!errors.isEmpty()) {
			return new HoldingPayload(null, errors);
		}
		this.writes.assess(access.viewer().username(), input);
		return new HoldingPayload(refreshed(env).snapshot().person(person.id()), List.of());
	}

	@MutationMapping
	HoldingPayload removeHolding(@Argument RemoveInput input, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env).requireSignedIn("removeHolding");
		PersonRow person = access.person("input.person", input.person());
		HoldingRow holding = access.snapshot().holdings(person.id()).stream()
			.filter(h -> h.capability().equals(input.capability()))
			.findFirst()
			.orElse(null);
		if (holding == null) {
			return new HoldingPayload(null, List.of("input.capability: the person does not hold '"
					+ input.capability() + "'"));
		}
		requireMayWrite(access, person, holding.source(), "removeHolding");
		this.writes.remove(access.viewer().username(), person.id(), input.capability());
		return new HoldingPayload(refreshed(env).snapshot().person(person.id()), List.of());
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	ErasePayload erasePerson(@Argument EraseInput input, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env).requireRole("erasePerson", Role.ADMIN);
		int removed = this.writes.erase(access.viewer().username(), input.id());
		refreshed(env);
		if (removed < 0) {
			return new ErasePayload(null, 0, List.of("input.id: there is no person with id '" + input.id() + "'"));
		}
		return new ErasePayload(input.id(), removed, List.of());
	}

	/**
	 * Self-assessments only by the person themselves; manager assessments by a manager of a person they may see
	 * (not themselves), or a planner or the admin; certificates and learning by planners and the admin.
	 */
	private static void requireMayWrite(Access access, PersonRow person, HoldingSource source, String operation) {
		Viewer viewer = access.viewer();
		boolean self = person.id().equals(viewer.personId());
		boolean allowed = switch (source) {
			case SELF_ASSESSED -> self;
			case MANAGER_ASSESSED -> viewer.seesEveryone() || (viewer.has(Role.MANAGER) && !self);
			case CERTIFICATE, LEARNING -> viewer.seesEveryone();
		};
		if (!allowed) {
			throw new PermissionDeniedException(true, operation + " with source " + source + " is not allowed for "
					+ "your roles (docs/people.md, who may write what)");
		}
	}

	/** A later field of this request sees the write: the request's view is read again. */
	private Access refreshed(DataFetchingEnvironment env) {
		env.getGraphQlContext().delete(Access.class);
		return this.viewers.access(env);
	}

	private static void text(List<String> errors, String field, @Nullable String value, boolean required) {
		if (value == null) {
			if (required) {
				errors.add(field + ": is required");
			}
			return;
		}
		if (value.isBlank() && required) {
			errors.add(field + ": must not be blank");
		}
		if (value.length() > MAX_TEXT) {
			errors.add(field + ": must be at most " + MAX_TEXT + " characters");
		}
	}

	private static void date(List<String> errors, String field, @Nullable String value) {
		if (value == null) {
			return;
		}
		try {
			LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.add(field + ": must be an ISO date such as 2027-03-31, was '" + value + "'");
		}
	}

	record RemoveInput(String person, String capability) {
	}

	record EraseInput(String id) {
	}

	record PersonPayload(@Nullable PersonRow person, List<String> errors) {
	}

	record TeamPayload(@Nullable TeamRow team, List<String> errors) {
	}

	record HoldingPayload(@Nullable PersonRow person, List<String> errors) {
	}

	record ErasePayload(@Nullable String erasedId, int holdingsRemoved, List<String> errors) {
	}

}
