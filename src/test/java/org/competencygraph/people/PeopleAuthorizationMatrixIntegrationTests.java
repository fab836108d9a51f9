package org.competencygraph.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.competencygraph.GraphFixtures;
import org.competencygraph.IntegrationTest;
import org.competencygraph.people.PeopleFixtures.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competencygraph.people.PeopleFixtures.Caller.ADMIN;
import static org.competencygraph.people.PeopleFixtures.Caller.ANONYMOUS;
import static org.competencygraph.people.PeopleFixtures.Caller.EMPLOYEE;
import static org.competencygraph.people.PeopleFixtures.Caller.MANAGER;
import static org.competencygraph.people.PeopleFixtures.Caller.OTHER_MANAGER;
import static org.competencygraph.people.PeopleFixtures.Caller.PLANNER;

/**
 * The authorization matrix: every query and mutation that touches people, for every role (anonymous, employee,
 * manager of the person's team, manager of another team, planner, admin), with the expected outcome. ALLOWED means
 * answered without a GraphQL error (a mutation may still refuse its input in its payload). The callers are the
 * test users of src/test/resources/config/application.yaml, linked to the example people of examples/people.
 */
@IntegrationTest
class PeopleAuthorizationMatrixIntegrationTests {

	enum Outcome {

		ALLOWED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND

	}

	@LocalServerPort
	int port;

	@BeforeEach
	void importExamples() {
		PeopleFixtures.importExamples(ADMIN.client(this.port));
	}

	@TestFactory
	Stream<DynamicTest> everyPeopleOperationForEveryRole() {
		List<Row> rows = new ArrayList<>();
		rows.add(row("me", "me", Map.of(), "AAAAAA"));
		rows.add(row("person(own report)", "person", Map.of("id", PeopleFixtures.ELI), "UAAnAA"));
		rows.add(row("person(a manager)", "person", Map.of("id", PeopleFixtures.MARA), "UnAnAA"));
		rows.add(row("person(another team)", "person", Map.of("id", PeopleFixtures.OTTO), "UnnAAA"));
		rows.add(row("person(no one)", "person", Map.of("id", "p-nobody"), "Unnnnn"));
		rows.add(row("personHistory", "personHistory", Map.of("id", PeopleFixtures.ELI), "UAAnAA"));
		rows.add(row("people", "people", Map.of(), "UAAAAA"));
		rows.add(row("people(filter team)", "people", Map.of("filter", Map.of("team", PeopleFixtures.HARVARD)),
				"UnAnAA"));
		rows.add(row("team", "team", Map.of("id", PeopleFixtures.HARVARD), "UAAnAA"));
		rows.add(row("teams", "teams", Map.of(), "UAAAAA"));
		rows.add(row("team.members", "teamMembers", Map.of("id", PeopleFixtures.HARVARD), "UFAnAA"));
		rows.add(row("team.heatMap + singlePointsOfFailure", "teamHeatMap", Map.of("id", PeopleFixtures.HARVARD),
				"UFAnAA"));
		rows.add(row("benchStrength", "benchStrength", Map.of("role", "harvard/it-infrastructure-professional-iii"),
				"UFAAAA"));
		rows.add(row("benchStrength(team)", "benchStrength", Map.of("role", "harvard/it-infrastructure-professional-iii",
				"team", PeopleFixtures.HARVARD), "UFAnAA"));
		rows.add(row("teamTrainingPlan", "teamTrainingPlan", Map.of("team", PeopleFixtures.HARVARD), "UnAnAA"));
		rows.add(row("skillGap(from person)", "skillGapFromPerson", Map.of("person", PeopleFixtures.ELI, "to",
				"harvard/it-infrastructure-professional-iii"), "UAAnAA"));
		rows.add(row("auditTrail", "auditTrail", Map.of(), "FFFFFA"));
		rows.add(row("savePerson", "savePerson", Map.of("input", Map.of("id", "p-matrix", "name", "Matrix Example")),
				"UFFFAA"));
		rows.add(row("saveTeam", "saveTeam", Map.of("input", Map.of("id", "team-matrix", "name", "Matrix team")),
				"UFFFAA"));
		rows.add(row("assessCapability(self)", "assessCapability", assess("SELF_ASSESSED"), "UAFnFF"));
		rows.add(row("assessCapability(manager)", "assessCapability", assess("MANAGER_ASSESSED"), "UFAnAA"));
		rows.add(row("assessCapability(certificate)", "assessCapability", assess("CERTIFICATE"), "UFFnAA"));
		rows.add(row("removeHolding(not held)", "removeHolding", Map.of("input", Map.of("person", PeopleFixtures.ELI,
				"capability", "skill/not-a-capability")), "UAAnAA"));
		rows.add(row("erasePerson(no one)", "erasePerson", Map.of("input", Map.of("id", "p-nobody")), "FFFFFA"));
		rows.add(row("importPeople", "importPeople", Map.of("input", Map.of("teams",
				GraphFixtures.read(PeopleFixtures.FOLDER.resolve("teams.csv")))), "FFFFFA"));
		List<DynamicTest> tests = new ArrayList<>();
		for (Row row : rows) {
			for (Map.Entry<Caller, Outcome> cell : row.expected().entrySet()) {
				tests.add(DynamicTest.dynamicTest(row.name() + " as " + cell.getKey() + " -> " + cell.getValue(),
						() -> {
							List<ResponseError> errors = errors(cell.getKey(), row);
							assertThat(outcome(errors)).as(errors.toString()).isEqualTo(cell.getValue());
						}));
			}
		}
		return tests.stream();
	}

	private static Map<String, Object> assess(String source) {
		return Map.of("input", Map.of("person", PeopleFixtures.ELI, "capability", "skill/active-listening", "level", 3,
				"source", source));
	}

	private List<ResponseError> errors(Caller caller, Row row) {
		GraphQlTester.Request<?> request = caller.client(this.port).documentName(row.document());
		for (Map.Entry<String, Object> variable : row.variables().entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		List<ResponseError> errors = new ArrayList<>();
		request.execute().errors().satisfy(errors::addAll);
		return errors;
	}

	private static Outcome outcome(List<ResponseError> errors) {
		if (errors.isEmpty()) {
			return Outcome.ALLOWED;
		}
		return Outcome.valueOf(errors.getFirst().getErrorType().toString());
	}

	/**
	 * A row of the matrix: one letter per caller in the order anonymous, employee, manager, other manager, planner,
	 * admin: A allowed, U unauthorized, F forbidden, n not found.
	 */
	private static Row row(String name, String document, Map<String, Object> variables, String outcomes) {
		Map<Caller, Outcome> expected = new EnumMap<>(Caller.class);
		Caller[] callers = { ANONYMOUS, EMPLOYEE, MANAGER, OTHER_MANAGER, PLANNER, ADMIN };
		for (int i = 0; i < callers.length; i++) {
			expected.put(callers[i], switch (outcomes.charAt(i)) {
				case 'A' -> Outcome.ALLOWED;
				case 'U' -> Outcome.UNAUTHORIZED;
				case 'F' -> Outcome.FORBIDDEN;
				case 'n' -> Outcome.NOT_FOUND;
				default -> throw new IllegalArgumentException(outcomes);
			});
		}
		return new Row(name, document, new LinkedHashMap<>(variables), expected);
	}

	record Row(String name, String document, Map<String, Object> variables, Map<Caller, Outcome> expected) {
	}

}
