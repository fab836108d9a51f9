package org.competencygraph.people;

import java.util.List;
import java.util.Map;

import org.competencygraph.IntegrationTest;
import org.competencygraph.people.PeopleFixtures.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes to people data: history kept when an assessment changes, every write in the audit trail, and erasure,
 * which removes the person's data and holdings and leaves an audit entry saying so.
 */
@IntegrationTest
class PeopleWritesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@BeforeEach
	void importExamples() {
		PeopleFixtures.importExamples(Caller.ADMIN.client(this.port));
	}

	@Test
	void aChangedAssessmentKeepsTheOldOneInTheHistory() {
		GraphQlTester planner = Caller.PLANNER.client(this.port);
		planner.documentName("savePerson").variable("input", Map.of("id", "p-history", "name", "History Example"))
			.execute().path("savePerson.errors").entityList(String.class).hasSize(0);
		assess(planner, "p-history", 2, "CERTIFICATE");
		assess(planner, "p-history", 4, "MANAGER_ASSESSED");
		Caller.PLANNER.client(this.port).documentName("personHistory").variable("id", "p-history")
			.variable("capability", "skill/active-listening").execute()
			.path("person.holdings[0].level").entity(Double.class).isEqualTo(4.0)
			.path("person.holdings[0].source").entity(String.class).isEqualTo("MANAGER_ASSESSED")
			.path("person.history").entityList(Object.class).hasSize(1)
			.path("person.history[0].level").entity(Double.class).isEqualTo(2.0)
			.path("person.history[0].source").entity(String.class).isEqualTo("CERTIFICATE")
			.path("person.history[0].supersededAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank());
		planner.documentName("removeHolding").variable("input", Map.of("person", "p-history", "capability",
				"skill/active-listening")).execute()
			.path("removeHolding.person.holdings").entityList(Object.class).hasSize(0);
		planner.documentName("personHistory").variable("id", "p-history").execute()
			.path("person.history").entityList(Object.class).hasSize(2);
	}

	@Test
	void anEmployeeSelfAssessesAndTheAuditTrailRecordsWhoWhenWhatWithoutValues() {
		GraphQlTester eli = Caller.EMPLOYEE.client(this.port);
		eli.documentName("assessCapability").variable("input", Map.of("person", PeopleFixtures.ELI, "capability",
				"skill/coordination", "level", 3, "source", "SELF_ASSESSED", "evidence", "Ran the 2026 migration"))
			.execute()
			.path("assessCapability.errors").entityList(String.class).hasSize(0)
			.path("assessCapability.person.holdings[?(@.capability.id == 'skill/coordination')].assessedBy")
			.entityList(String.class).containsExactly("eli.employee");
		Caller.ADMIN.client(this.port).documentName("auditTrail").variable("target", PeopleFixtures.ELI)
			.variable("actor", "eli.employee").variable("first", 1).execute()
			.path("auditTrail.edges[0].node.action").entity(String.class).isEqualTo("ASSESS_CAPABILITY")
			.path("auditTrail.edges[0].node.fields").entityList(String.class).containsExactly("holding:skill/coordination")
			.path("auditTrail.edges[0].node.at").entity(String.class).satisfies(at -> assertThat(at).endsWith("Z"));
		// The trail names fields, never the values written.
		List<String> values = this.driver.executableQuery("MATCH (a:AuditEntry) RETURN a.fields AS fields").execute()
			.records().stream().flatMap(r -> r.get("fields").asList(v -> v.asString()).stream()).toList();
		assertThat(values).noneMatch(v -> v.contains("Ran the 2026") || v.contains("@example.org")
				|| v.contains("Eli Employee"));
	}

	@Test
	void erasureRemovesThePersonTheirHoldingsAndHistoryAndTheAuditSaysSo() {
		GraphQlTester admin = Caller.ADMIN.client(this.port);
		admin.documentName("savePerson").variable("input", Map.of("id", "p-erase", "name", "Erase Example", "email",
				"erase.example@example.org", "username", "erase.example", "team", PeopleFixtures.CHICAGO)).execute()
			.path("savePerson.errors").entityList(String.class).hasSize(0);
		assess(admin, "p-erase", 3, "CERTIFICATE");
		assess(admin, "p-erase", 5, "CERTIFICATE");
		// Someone they assessed as a manager: the assessment stays, their user name as its assessor does not.
		admin.documentName("savePerson").variable("input", Map.of("id", "p-erase-report", "name", "Report Example"))
			.execute().path("savePerson.errors").entityList(String.class).hasSize(0);
		assess(admin, "p-erase-report", 2, "MANAGER_ASSESSED");
		this.driver
			.executableQuery("MATCH (:Person {id: 'p-erase-report'})-[h:HOLDS]->() SET h.assessedBy = 'erase.example'")
			.execute();
		admin.documentName("erasePerson").variable("input", Map.of("id", "p-erase")).execute()
			.path("erasePerson.erasedId").entity(String.class).isEqualTo("p-erase")
			.path("erasePerson.holdingsRemoved").entity(Integer.class).isEqualTo(2);
		assertThat(this.driver.executableQuery("""
				MATCH (n) WHERE n.id = 'p-erase' OR n.name = 'Erase Example' OR n.email = 'erase.example@example.org'
				   OR n.username = 'erase.example'
				RETURN count(n) AS n""").execute().records().getFirst().get("n").asInt()).isZero();
		assertThat(this.driver.executableQuery("""
				MATCH (:Person {id: 'p-erase-report'})-[h:HOLDS]->()
				RETURN collect(h.assessedBy) AS assessors""").execute().records().getFirst().get("assessors")
			.asList(Value::asString)).containsExactly("erased person p-erase");
		admin.documentName("erasePerson").variable("input", Map.of("id", "p-erase-report")).execute()
			.path("erasePerson.erasedId").entity(String.class).isEqualTo("p-erase-report");
		admin.documentName("person").variable("id", "p-erase").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND")));
		admin.documentName("auditTrail").variable("target", "p-erase").variable("first", 1).execute()
			.path("auditTrail.edges[0].node.action").entity(String.class).isEqualTo("ERASE_PERSON")
			.path("auditTrail.edges[0].node.actor").entity(String.class).isEqualTo("admin")
			.path("auditTrail.totalCount").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void theAuditTrailPagesNewestFirst() {
		GraphQlTester admin = Caller.ADMIN.client(this.port);
		String cursor = admin.documentName("auditTrail").variable("first", 2).execute()
			.path("auditTrail.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
			.path("auditTrail.pageInfo.endCursor").entity(String.class).get();
		List<String> first = admin.documentName("auditTrail").variable("first", 2).execute()
			.path("auditTrail.edges[*].node.at").entityList(String.class).get();
		List<String> next = admin.documentName("auditTrail").variable("first", 2).variable("after", cursor).execute()
			.path("auditTrail.edges[*].node.at").entityList(String.class).get();
		assertThat(first.get(0)).isGreaterThanOrEqualTo(first.get(1));
		assertThat(first.get(1)).isGreaterThanOrEqualTo(next.get(0));
	}

	@Test
	void anExpiredCertificateNoLongerCountsInAGap() {
		GraphQlTester planner = Caller.PLANNER.client(this.port);
		planner.documentName("savePerson").variable("input", Map.of("id", "p-expiry", "name", "Expiry Example"))
			.execute().path("savePerson.errors").entityList(String.class).hasSize(0);
		assess(planner, "p-expiry", 3, "CERTIFICATE");
		for (String expires : List.of("2099-12-31", "2020-01-01")) {
			planner.documentName("assessCapability").variable("input", Map.of("person", "p-expiry", "capability",
					"knowledge/it-infrastructure-systems", "level", 5, "source", "CERTIFICATE", "expires", expires))
				.execute().path("assessCapability.errors").entityList(String.class).hasSize(0);
			String status = expires.startsWith("2099") ? "MET" : "MISSING";

			planner.documentName("skillGapFromPerson").variable("person", "p-expiry")
				.variable("to", "harvard/it-infrastructure-professional-iii").execute()
				.path("skillGap.requirements[?(@.capability.id == 'knowledge/it-infrastructure-systems')].status")
				.entityList(String.class).containsExactly(status);
		}
	}

	private static void assess(GraphQlTester tester, String person, int level, String source) {
		tester.documentName("assessCapability").variable("input", Map.of("person", person, "capability",
				"skill/active-listening", "level", level, "source", source)).execute()
			.path("assessCapability.errors").entityList(String.class).hasSize(0);
	}

}
