package org.competencygraph.people;

import java.util.List;
import java.util.Map;

import org.competencygraph.IntegrationTest;
import org.competencygraph.ReadmeExamples;
import org.competencygraph.people.PeopleFixtures.Caller;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's people examples work as written for a planner on the example people, and the three roles see what
 * they should: the planner every team, the manager their team in full, the employee theirs as an aggregate.
 */
@IntegrationTest
class PeopleReadmeIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theReadmeTeamGapExamplesWorkAsWrittenForAPlanner() {
		PeopleFixtures.importExamples(Caller.ADMIN.client(this.port));
		List<String> operations = ReadmeExamples.graphQl("## People and teams");
		assertThat(operations).hasSize(6);
		for (String operation : operations) {
			Caller.PLANNER.client(this.port).document(operation).execute().errors().verify()
				.path("").entity(Map.class).satisfies(data -> assertThat(data.values()).doesNotContainNull());
		}
		Caller.PLANNER.client(this.port).document(operations.getFirst()).execute()
			.path("team.coverage.capabilities").entityList(Object.class).hasSizeGreaterThan(5)
			.path("team.positions[0].filled").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
	}

	@Test
	void aPlannerAManagerAndAnEmployeeEachSeeWhatTheyShould() {
		PeopleFixtures.importExamples(Caller.ADMIN.client(this.port));
		Caller.PLANNER.client(this.port).documentName("teams").execute()
			.path("teams.edges[*].node.membersVisible").entityList(Boolean.class)
			.satisfies(visible -> assertThat(visible).hasSizeGreaterThanOrEqualTo(5).containsOnly(true));
		Caller.MANAGER.client(this.port).documentName("teams").execute()
			.path("teams.edges[*].node.id").entityList(String.class).containsExactly(PeopleFixtures.HARVARD)
			.path("teams.edges[0].node.membersVisible").entity(Boolean.class).isEqualTo(true);
		Caller.EMPLOYEE.client(this.port).documentName("teams").execute()
			.path("teams.edges[*].node.id").entityList(String.class).containsExactly(PeopleFixtures.HARVARD)
			.path("teams.edges[0].node.membersVisible").entity(Boolean.class).isEqualTo(false);
	}

}
