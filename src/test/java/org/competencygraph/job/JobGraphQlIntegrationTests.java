package org.competencygraph.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class JobGraphQlIntegrationTests {

	private static final String ANALYST = "example-org/service-desk-analyst";

	private static final String SENIOR = "example-org/senior-service-desk-analyst";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void importExamples() {
		this.graphQl = GraphQlClients.anonymous(this.port);
		GraphFixtures.importExamples(GraphQlClients.admin(this.port));
	}

	@Test
	void jobShowsItsPropertiesRequirementsAndProvenance() {
		var job = this.graphQl.documentName("job").variable("id", SENIOR).execute();
		job.path("job.title").entity(String.class).isEqualTo("Senior Service Desk Analyst");
		job.path("job.organization.name").entity(String.class).isEqualTo("Example Organization");
		job.path("job.family.name").entity(String.class).isEqualTo("IT Service Management");
		job.path("job.responsibilityLevel.level").entity(Integer.class).isEqualTo(3);
		job.path("job.responsibilityLevel.inferred").entity(Boolean.class).isEqualTo(true);
		job.path("job.source.document").entity(String.class).isEqualTo("example-service-desk.txt");
		// Essential first, then by importance, then by name.
		job.path("job.requirements[*].capability.id")
			.entityList(String.class)
			.containsExactly("skill/active-listening", "certification/itil-foundation", "skill/instructing",
					"skill/troubleshooting");
		job.path("job.requirements[1].priority").entity(String.class).isEqualTo("ESSENTIAL");
		job.path("job.requirements[1].criterion").entity(String.class).isEqualTo("E4");
		job.path("job.requirements[1].inheritedFrom").valueIsNull();
		job.path("job.requirements[1].provenance.text")
			.entity(String.class)
			.isEqualTo("ITIL Service Management foundation or equivalent.");
		job.path("job.requirements[3].inheritedFrom.id").entity(String.class).isEqualTo(ANALYST);
		job.path("job.requirements[3].level").entity(Double.class).isEqualTo(2.0);
		job.path("job.requirements[3].derivedFromDuty").entity(Boolean.class).isEqualTo(true);
		job.path("job.progressesFrom[0].job.id").entity(String.class).isEqualTo(ANALYST);
		job.path("job.progressesFrom[0].conditions").entity(String.class).isEqualTo("ITIL Foundation is needed to progress.");
	}

	@Test
	void aJobShownAtTwoLevelsHasTheRequirementFieldsEachLevelSelects() {
		var job = this.graphQl.documentName("jobRequirementsAtTwoLevels").variable("id", SENIOR).execute();
		job.path("job.requirements[*].capability.id")
			.entityList(String.class)
			.containsExactly("skill/active-listening", "certification/itil-foundation", "skill/instructing",
					"skill/troubleshooting");
		job.path("job.requirements[3].level").entity(Double.class).isEqualTo(2.0);
		// The same job again below, read with the fields selected there, not taken from the level above.
		String below = "job.progressesFrom[0].job.progressesTo[0].job";
		job.path(below + ".id").entity(String.class).isEqualTo(SENIOR);
		job.path(below + ".requirements[1].criterion").entity(String.class).isEqualTo("E4");
		job.path(below + ".requirements[1].provenance.text")
			.entity(String.class)
			.isEqualTo("ITIL Service Management foundation or equivalent.");
	}

	@Test
	void aJobReadAgainAfterAWriteByAToolShowsTheWrite() {
		// Written over Bolt as cypher-shell would: the server learns of it only from the engine's commit count.
		String id = "test/job-read-after-write";
		this.driver.executableQuery("""
				MERGE (o:Organization {id: 'test-read-after-write', name: 'Read after write'})
				CREATE (j:Job {id: $id, title: 'Before'})-[:IN_ORGANIZATION]->(o)
				WITH j MATCH (c:Capability {id: 'skill/troubleshooting'})
				CREATE (j)-[:REQUIRES {priority: 'essential', level: 1.0}]->(c)
				""").withParameters(Map.of("id", id)).execute();
		try {
			var before = this.graphQl.documentName("jobRequirements").variable("id", id).execute();
			before.path("job.title").entity(String.class).isEqualTo("Before");
			before.path("job.requirements[0].level").entity(Double.class).isEqualTo(1.0);
			this.driver.executableQuery("""
					MATCH (j:Job {id: $id})-[r:REQUIRES]->() SET j.title = 'After', r.level = 3.0
					""").withParameters(Map.of("id", id)).execute();
			var after = this.graphQl.documentName("jobRequirements").variable("id", id).execute();
			after.path("job.title").entity(String.class).isEqualTo("After");
			after.path("job.requirements[0].level").entity(Double.class).isEqualTo(3.0);
		}
		finally {
			this.driver.executableQuery("""
					MATCH (j:Job {id: $id})-[:IN_ORGANIZATION]->(o) DETACH DELETE j, o
					""").withParameters(Map.of("id", id)).execute();
		}
	}

	@Test
	void careerLinksCarryTheirConditions() {
		var job = this.graphQl.documentName("job").variable("id", ANALYST).execute();
		job.path("job.progressesTo[0].job.id").entity(String.class).isEqualTo(SENIOR);
		job.path("job.progressesTo[0].track").entity(String.class).isEqualTo("technical");
		job.path("job.progressesTo[0].requiredCapabilities[*].id")
			.entityList(String.class)
			.containsExactly("certification/itil-foundation");
		job.path("job.progressesFrom").entityList(Object.class).hasSize(0);
	}

	@Test
	void unknownJobIsNullWithoutError() {
		this.graphQl.documentName("job").variable("id", "no/such-job").execute().path("job").valueIsNull();
	}

	@Test
	void jobsAreFilteredByOrganizationAndPagedInTitleOrder() {
		Map<String, Object> filter = Map.of("organization", "Example Organization");
		List<String> titles = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			var page = this.graphQl.documentName("jobs")
				.variable("filter", filter)
				.variable("first", 1)
				.variable("after", after)
				.execute();
			page.path("jobs.totalCount").entity(Integer.class).isEqualTo(3);
			titles.addAll(page.path("jobs.edges[*].node.title").entityList(String.class).get());
			hasNext = page.path("jobs.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("jobs.pageInfo.endCursor").entity(String.class).get();
			assertThat(titles).hasSizeLessThanOrEqualTo(3);
		}
		assertThat(titles).containsExactly("Network Engineer", "Senior Service Desk Analyst", "Service Desk Analyst");
	}

	@Test
	void jobsAreFilteredByTextAndFamily() {
		this.graphQl.documentName("jobs")
			.variable("filter", Map.of("text", "DESK analy", "organization", "example-organization"))
			.execute()
			.path("jobs.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(SENIOR, ANALYST);
		this.graphQl.documentName("jobs")
			.variable("filter", Map.of("text", "network administrator"))
			.execute()
			.path("jobs.edges[*].node.id")
			.entityList(String.class)
			.contains("example-org/network-engineer");
		this.graphQl.documentName("jobs")
			.variable("filter", Map.of("family", "IT Infrastructure", "organization", "Example Organization"))
			.execute()
			.path("jobs.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("example-org/network-engineer");
	}

	// Arguments refused before anything is read: JobControllerTests.

}
