package org.competencygraph.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, item 2: nested relations are read in batches. {@code requiredBy} under every requirement of a page of
 * jobs answered with up to 137 INTERNAL_ERRORs (the driver's connection pool overflowed, one query per field)
 * and a stack trace per field in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NestedQueriesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void requiredByUnderEveryRequirementOfAPageOfJobsAnswersWithTheCountsOfTheGraph() {
		GraphQlTester.Response response = graphQl()
			.documentName("nestedRequiredBy")
			.variable("first", 20)
			.execute();
		response.errors().verify();
		List<Map<String, Object>> capabilities = response
			.path("jobs.edges[*].node.requirements[*].capability")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(capabilities).hasSizeGreaterThan(100);
		Map<String, Long> counts = requiringCounts();
		for (Map<String, Object> capability : capabilities) {
			@SuppressWarnings("unchecked")
			Map<String, Object> requiredBy = (Map<String, Object>) capability.get("requiredBy");
			long total = counts.get((String) capability.get("id"));
			assertThat(((Number) requiredBy.get("totalCount")).longValue()).as((String) capability.get("id"))
				.isEqualTo(total);
			assertThat((List<?>) requiredBy.get("edges")).hasSize((int) Math.min(total, 20));
		}
	}

	@Test
	void databaseQueriesOfANestedResponseDoNotGrowWithThePageSize() {
		long five = queriesRunBy(5);
		long twenty = queriesRunBy(20);
		// jobs: count and page; requirements; requiredBy: count and page. A query per job or per capability
		// would make it dozens or hundreds.
		assertThat(twenty).isEqualTo(five).isLessThanOrEqualTo(5);
	}

	@Test
	void aJobWithItsRequirementsIsOneDatabaseQueryAndNoneAgainUntilTheNextCommit() {
		String id = "uk-council-b/infrastructure-engineer-l2";
		java.util.function.Supplier<GraphQlTester.Response> read = () -> graphQl().documentName("jobRequirements")
			.variable("id", id)
			.execute();
		try {
			// After a commit: the job and its requirements in one query (the least of three, as below).
			long afterCommit = java.util.stream.LongStream.range(0, 3).map(run -> {
				this.driver.executableQuery("MERGE (p:ReadProbe {id: 1}) SET p.run = $run")
					.withParameters(Map.of("run", run))
					.execute();
				return queriesOfOneRun(read);
			}).min().getAsLong();
			assertThat(afterCommit).isEqualTo(1);
			// Nothing committed since: answered from memory.
			assertThat(queriesRunBy(read)).isZero();
		}
		finally {
			this.driver.executableQuery("MATCH (p:ReadProbe) DELETE p").execute();
		}
		GraphQlTester.Response response = read.get();
		response.path("job.requirements[*].capability.name").entityList(String.class).hasSizeGreaterThan(5);
		response.path("job.requirements[0].priority").entity(String.class).isEqualTo("ESSENTIAL");
	}

	@Test
	void aBadArgumentRepeatedInEveryNestedFieldIsOneErrorAndOneLogLine(CapturedOutput output) {
		int before = output.getOut().length();
		graphQl()
			.documentName("nestedRequiredBy")
			.variable("first", 20)
			.variable("requiredByFirst", 0)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).isEqualTo("first: must be from 1 to 100, was 0");
				assertThat(error.getExtensions()).containsEntry("argument", "first");
				assertThat((Integer) error.getExtensions().get("occurrences")).isGreaterThan(100);
			}));
		String log = output.getOut().substring(before);
		assertThat(log.lines().filter(line -> line.contains("first: must be from 1 to 100"))).singleElement()
			.satisfies(line -> assertThat(line).contains("BAD_REQUEST x", "at jobs.edges["));
		assertThat(log).doesNotContain("\tat ", "Exception");
	}

	/** A cold server on a busy machine may take more than the tester's default 5 s for the first answers. */
	private HttpGraphQlTester graphQl() {
		return HttpGraphQlTester.create(GraphQlClients.client(this.port).responseTimeout(Duration.ofSeconds(60)).build());
	}

	/** How many Cypher queries the database ran for the nested query on a page of {@code first} jobs. */
	private long queriesRunBy(int first) {
		return queriesRunBy(() -> graphQl().documentName("nestedRequiredBy").variable("first", first).execute());
	}

	/** How many Cypher queries the database ran for a request. */
	private long queriesRunBy(java.util.function.Supplier<GraphQlTester.Response> request) {
		// The least of three runs: queries of work in the background (the analysis index catching up with an
		// import of another test class) can fall into one window, a query per field would be in every one.
		return java.util.stream.LongStream.range(0, 3).map(run -> queriesOfOneRun(request)).min().getAsLong();
	}

	private long queriesOfOneRun(java.util.function.Supplier<GraphQlTester.Response> request) {
		try {
			this.driver.executableQuery("CALL db.stats.stop('QUERIES')").execute();
		}
		catch (org.neo4j.driver.exceptions.ClientException ex) {
			// not collecting
		}
		this.driver.executableQuery("CALL db.stats.clear('QUERIES')").execute();
		this.driver.executableQuery("CALL db.stats.collect('QUERIES')").execute();
		try {
			request.get().errors().verify();
		}
		finally {
			this.driver.executableQuery("CALL db.stats.stop('QUERIES')").execute();
		}
		long queries = this.driver.executableQuery("""
				CALL db.stats.retrieve('QUERIES') YIELD data
				WITH data WHERE NOT data.query CONTAINS 'db.stats'
				RETURN sum(size(data.invocations)) AS queries
				""").execute().records().getFirst().get("queries").asLong();
		this.driver.executableQuery("CALL db.stats.clear('QUERIES')").execute();
		return queries;
	}

	private Map<String, Long> requiringCounts() {
		Map<String, Long> counts = new java.util.HashMap<>();
		this.driver.executableQuery("""
				MATCH (c:Capability)
				RETURN c.id AS id, COUNT { MATCH (c)<-[r:REQUIRES]-(:Job) RETURN r } AS total
				""")
			.execute()
			.records()
			.forEach(r -> counts.put(r.get("id").asString(), r.get("total").asLong()));
		return counts;
	}

}
