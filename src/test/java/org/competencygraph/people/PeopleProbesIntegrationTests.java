package org.competencygraph.people;

import java.util.List;
import java.util.Map;

import org.competencygraph.IntegrationTest;
import org.competencygraph.people.PeopleFixtures.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probes that try to learn about a person the caller may not see: through filters, search, sorting, nested fields,
 * aggregates and error messages. Each answer must be the same as if the person did not exist.
 */
@IntegrationTest
class PeopleProbesIntegrationTests {

	@LocalServerPort
	int port;

	@BeforeEach
	void importExamples() {
		PeopleFixtures.importExamples(Caller.ADMIN.client(this.port));
	}

	@Test
	void anEmployeeSeesOnlyThemselvesWhateverTheFilterSearchOrOrder() {
		GraphQlTester eli = Caller.EMPLOYEE.client(this.port);
		assertThat(ids(eli, Map.of())).containsExactly(PeopleFixtures.ELI);
		assertThat(ids(eli, Map.of("filter", Map.of("query", "Mara")))).isEmpty();
		assertThat(ids(eli, Map.of("filter", Map.of("query", "example.org")))).containsExactly(PeopleFixtures.ELI);
		assertThat(ids(eli, Map.of("orderBy", "EMPLOYEE_NUMBER"))).containsExactly(PeopleFixtures.ELI);
		assertThat(ids(eli, Map.of("filter", Map.of("job", "harvard/it-infrastructure-mgt-iv")))).isEmpty();
		assertThat(ids(eli, Map.of("filter", Map.of("capability", "knowledge/it-infrastructure-systems",
				"minLevel", 0)))).isSubsetOf(PeopleFixtures.ELI);
	}

	@Test
	void aManagerSeesTheirTeamAndReportsOnlyAndFiltersNarrowThat() {
		GraphQlTester mara = Caller.MANAGER.client(this.port);
		List<String> visible = ids(mara, Map.of());
		assertThat(visible).hasSize(6).allSatisfy(id -> assertThat(id).startsWith("p-1"));
		// A search matching people of another team finds none of them.
		assertThat(ids(mara, Map.of("filter", Map.of("query", "Sample")))).isEmpty();
		assertThat(ids(mara, Map.of("filter", Map.of("query", "Sample")), "totalCount")).containsExactly("0");
		assertThat(ids(mara, Map.of("filter", Map.of("capability", "knowledge/it-infrastructure-systems"))))
			.allSatisfy(id -> assertThat(id).startsWith("p-1"));
		// Sorting pages through the same set.
		assertThat(ids(mara, Map.of("orderBy", "EMPLOYEE_NUMBER"))).containsExactlyInAnyOrderElementsOf(visible);
	}

	@Test
	void errorsForAnInvisibleAndAMissingPersonOrTeamAreTheSameBarTheId() {
		GraphQlTester mara = Caller.MANAGER.client(this.port);
		String invisible = error(mara.documentName("person").variable("id", PeopleFixtures.OTTO));
		String missing = error(mara.documentName("person").variable("id", "p-nobody"));
		assertThat(invisible.replace(PeopleFixtures.OTTO, "ID")).isEqualTo(missing.replace("p-nobody", "ID"))
			.doesNotContain("Otto");
		String otherTeam = error(mara.documentName("people").variable("filter", Map.of("team", PeopleFixtures.HOUSTON)));
		String noTeam = error(mara.documentName("people").variable("filter", Map.of("team", "team-nope")));
		assertThat(otherTeam.replace(PeopleFixtures.HOUSTON, "ID")).isEqualTo(noTeam.replace("team-nope", "ID"));
		String gapOfInvisible = error(mara.documentName("skillGapFromPerson").variable("person", PeopleFixtures.OTTO)
			.variable("to", "harvard/it-infrastructure-professional-iii"));
		assertThat(gapOfInvisible).startsWith("from.person: there is no person with id");
	}

	@Test
	void nestedFieldsHideWhatTheCallerMayNotSee() {
		GraphQlTester eli = Caller.EMPLOYEE.client(this.port);
		// Eli may see herself, not her manager: the nested manager is null, not an error that would confirm them.
		eli.documentName("person").variable("id", PeopleFixtures.ELI).execute()
			.path("person.manager").valueIsNull()
			.path("person.reports").entityList(Object.class).hasSize(0)
			.path("person.team.id").entity(String.class).isEqualTo(PeopleFixtures.HARVARD);
		eli.documentName("me").execute().path("me.person.id").entity(String.class).isEqualTo(PeopleFixtures.ELI);
		// Her own team as an aggregate: counts (6 members, not below 5), nobody by name.
		eli.documentName("team").variable("id", PeopleFixtures.HARVARD).execute()
			.path("team.membersVisible").entity(Boolean.class).isEqualTo(false)
			.path("team.memberCount").entity(Integer.class).isEqualTo(6)
			.path("team.manager").valueIsNull()
			.path("team.coverage.suppressed").entity(Boolean.class).isEqualTo(false)
			.path("team.coverage.capabilities[*].meetingPeople[*]").entityList(Object.class).hasSize(0);
		// The manager sees the people who meet each requirement.
		Caller.MANAGER.client(this.port).documentName("team").variable("id", PeopleFixtures.HARVARD).execute()
			.path("team.membersVisible").entity(Boolean.class).isEqualTo(true)
			.path("team.coverage.capabilities[*].meetingPeople[*].id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("p-1")));
	}

	@Test
	void aggregatesBelowTheMinimumGroupSizeAreWithheldFromThoseWhoMayNotSeeTheIndividuals() {
		GraphQlTester kilo = PeopleFixtures.as(this.port, "kilo.fictitious", "employee-secret");
		kilo.documentName("team").variable("id", PeopleFixtures.CHICAGO).execute()
			.path("team.memberCount").valueIsNull()
			.path("team.coverage.suppressed").entity(Boolean.class).isEqualTo(true)
			.path("team.coverage.minimumGroupSize").entity(Integer.class).isEqualTo(5)
			.path("team.coverage.memberCount").valueIsNull()
			.path("team.coverage.capabilities[*].holders").entityList(Object.class).satisfies(
					holders -> assertThat(holders).allSatisfy(h -> assertThat(h).isNull()))
			.path("team.positions[*].filled").entityList(Object.class).satisfies(
					filled -> assertThat(filled).allSatisfy(f -> assertThat(f).isNull()));
		// The planner sees the same team's counts: they may see the individuals.
		Caller.PLANNER.client(this.port).documentName("team").variable("id", PeopleFixtures.CHICAGO).execute()
			.path("team.memberCount").entity(Integer.class).isEqualTo(4)
			.path("team.coverage.suppressed").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void benchStrengthAndTheHeatMapRankOnlyVisiblePeople() {
		Caller.OTHER_MANAGER.client(this.port).documentName("benchStrength")
			.variable("role", "harvard/it-infrastructure-professional-iii").variable("first", 100).execute()
			.path("benchStrength.ranked[*].person.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("p-2")));
		Caller.PLANNER.client(this.port).documentName("benchStrength")
			.variable("role", "harvard/it-infrastructure-professional-iii").variable("team", PeopleFixtures.HARVARD)
			.execute()
			.path("benchStrength.candidates").entity(Integer.class).isEqualTo(6)
			.path("benchStrength.ranked[*].readiness").entityList(Double.class)
			.satisfies(r -> assertThat(r).isSortedAccordingTo(java.util.Comparator.reverseOrder()));
		Caller.MANAGER.client(this.port).documentName("teamHeatMap").variable("id", PeopleFixtures.HARVARD).execute()
			.path("team.heatMap.rows").entityList(Object.class).hasSize(6)
			.path("team.heatMap.rows[0].levels").entityList(Object.class).hasSizeGreaterThan(5);
	}

	private List<String> ids(GraphQlTester tester, Map<String, Object> variables) {
		return ids(tester, variables, "edges[*].node.id");
	}

	private List<String> ids(GraphQlTester tester, Map<String, Object> variables, String path) {
		GraphQlTester.Request<?> request = tester.documentName("people").variable("first", 100);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		if (path.equals("totalCount")) {
			return List.of(String.valueOf(request.execute().path("people.totalCount").entity(Integer.class).get()));
		}
		return request.execute().path("people." + path).entityList(String.class).get();
	}

	private static String error(GraphQlTester.Request<?> request) {
		List<ResponseError> errors = new java.util.ArrayList<>();
		request.execute().errors().satisfy(errors::addAll);
		assertThat(errors).hasSize(1);
		assertThat(errors.getFirst().getErrorType().toString()).isEqualTo("NOT_FOUND");
		return errors.getFirst().getMessage();
	}

}
