package org.competencygraph.people;

import java.util.List;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.competencygraph.IntegrationTest;
import org.competencygraph.people.PeopleFixtures.Caller;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The people import: the example files import, again without change, and a bad file is refused whole. */
@IntegrationTest
class PeopleImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void theExamplesImportAndASecondImportChangesNothing() {
		PeopleFixtures.importExamples(Caller.ADMIN.client(this.port));
		List<String> before = GraphFixtures.fingerprint(this.driver).stream().filter(l -> !l.contains("AuditEntry"))
			.toList();
		Caller.ADMIN.client(this.port).documentName("importPeople")
			.variable("input", Map.of("people", GraphFixtures.read(PeopleFixtures.FOLDER.resolve("people.csv")),
					"holdings", GraphFixtures.read(PeopleFixtures.FOLDER.resolve("holdings.csv"))))
			.execute()
			.path("importPeople.errors").entityList(String.class).hasSize(0)
			.path("importPeople.people").entity(Integer.class).isEqualTo(28)
			.path("importPeople.holdings").entity(Integer.class).isEqualTo(0);
		assertThat(GraphFixtures.fingerprint(this.driver).stream().filter(l -> !l.contains("AuditEntry")).toList())
			.isEqualTo(before);
		Caller.PLANNER.client(this.port).documentName("teams").execute()
			.path("teams.edges[*].node.id").entityList(String.class).contains(PeopleFixtures.HARVARD,
					PeopleFixtures.HOUSTON, PeopleFixtures.CHICAGO, "team-uk-council-a-infrastructure",
					"team-uk-council-b-infrastructure");
	}

	@Test
	void aFileWithProblemsIsRefusedWholeWithFileLineAndField() {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		String people = """
				id,name,email,employee_number,username,job,team,manager
				p-bad-1,Bad Example,not-an-address,,,,,
				p-bad-2,,bad2@example.org,,,no/such-job,team-nope,p-nobody
				""";
		String holdings = """
				person,capability,level,source
				p-bad-1,skill/active-listening,9,guessed
				""";
		Caller.ADMIN.client(this.port).documentName("importPeople")
			.variable("input", Map.of("people", people, "holdings", holdings))
			.execute()
			.path("importPeople.people").entity(Integer.class).isEqualTo(0)
			.path("importPeople.errors").entityList(String.class).satisfies(errors -> assertThat(String.join("\n", errors))
				.contains("people.csv", "line 2", "email", "line 3", "name: is required", "holdings.csv", "level",
						"source"));
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

}
