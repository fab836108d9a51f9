package org.competencygraph.people;

import java.util.List;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.people.PeopleFixtures.Caller;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public catalogue of jobs, capabilities and analyses on jobs still works for anonymous callers, with people
 * in the graph, and an employee sees it too; anonymous callers get no person data from any people field.
 */
@IntegrationTest
class PublicCatalogueIntegrationTests {

	static final String JOB = "harvard/it-infrastructure-professional-ii";

	static final String TARGET = "harvard/it-infrastructure-professional-iii";

	@LocalServerPort
	int port;

	@Test
	void anonymousCallersStillUseTheCatalogueAndAnalysesOnJobs() {
		PeopleFixtures.importExamples(Caller.ADMIN.client(this.port));
		for (HttpGraphQlTester caller : List.of(GraphQlClients.anonymous(this.port), Caller.EMPLOYEE.client(this.port))) {
			caller.document("{ jobs(first: 3) { totalCount edges { node { id title } } } }").execute()
				.path("jobs.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
			caller.document("{ job(id: \"" + JOB + "\") { title requirements { capability { id name } } } }").execute()
				.path("job.requirements").entityList(Object.class).hasSizeGreaterThan(3);
			caller.document("{ capability(id: \"skill/troubleshooting\") { name requiredBy(first: 5) { totalCount } } }")
				.execute()
				.path("capability.requiredBy.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
			caller.document("{ skillGap(from: {job: \"" + JOB + "\"}, to: \"" + TARGET + "\") { readiness } }")
				.execute()
				.path("skillGap.readiness").entity(Double.class).satisfies(r -> assertThat(r).isBetween(0.0, 1.0));
			caller.document("{ trainingPlan(from: {job: \"" + JOB + "\"}, to: \"" + TARGET + "\") { requirements } }")
				.execute()
				.path("trainingPlan.requirements").entity(Integer.class).satisfies(r -> assertThat(r).isNotNegative());
			caller.document("{ careerPaths(from: {job: \"" + JOB + "\"}, to: \"" + TARGET + "\") { paths { steps } } }")
				.execute()
				.errors().verify();
		}
	}

	@Test
	void anonymousCallersGetNoPersonDataFromAnyPeopleField() {
		PeopleFixtures.importExamples(Caller.ADMIN.client(this.port));
		HttpGraphQlTester anonymous = GraphQlClients.anonymous(this.port);
		anonymous.documentName("me").execute()
			.path("me.authenticated").entity(Boolean.class).isEqualTo(false)
			.path("me.person").valueIsNull()
			.path("me.roles").entityList(String.class).hasSize(0);
		for (String query : List.of("{ people { totalCount } }", "{ teams { totalCount } }",
				"{ person(id: \"p-102\") { name } }", "{ team(id: \"team-harvard-infrastructure\") { name } }",
				"{ benchStrength(role: \"" + TARGET + "\") { candidates } }",
				"{ skillGap(from: {person: \"p-102\"}, to: \"" + TARGET + "\") { readiness } }")) {
			anonymous.document(query).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> {
					assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
					assertThat(e.getMessage()).doesNotContain("Eli", "Harvard IT");
				}));
		}
	}

}
