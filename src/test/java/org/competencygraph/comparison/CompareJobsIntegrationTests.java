package org.competencygraph.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competencygraph.GraphQlErrorAssertions.assertError;

/** compareJobs on the seed graph, over HTTP. */
@IntegrationTest
class CompareJobsIntegrationTests {

	static final String L = "uk-council-b/infrastructure-engineer-l";

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		this.graphQl = GraphQlClients.anonymous(this.port);
	}

	GraphQlTester.Response compare(List<String> ids) {
		return this.graphQl.documentName("compareJobs").variable("ids", ids).execute();
	}

	@Test
	void theFourUkLevelsSideBySide() {
		var comparison = compare(List.of(L + "1", L + "2", L + "3", L + "4"));
		comparison.path("compareJobs.jobs[*].id").entityList(String.class)
			.containsExactly(L + "1", L + "2", L + "3", L + "4");
		// Level 4 requires everything any level requires, and every row has one cell per job.
		List<Map<String, Object>> rows = rows(comparison);
		assertThat(rows).hasSize(50).allSatisfy(r -> assertThat((List<?>) r.get("cells")).hasSize(4));
		// ITIL Foundation: desirable at Level 1 (criterion 31), essential from Level 2 (criterion 3).
		Map<String, Object> itil = row(rows, "certification/itil-foundation");
		assertThat(itil).containsEntry("requiredBy", 4);
		assertThat(cells(itil)).extracting(c -> c.get("priority"))
			.containsExactly("DESIRABLE", "ESSENTIAL", "ESSENTIAL", "ESSENTIAL");
		assertThat(cells(itil).getFirst()).containsEntry("weight", 0.5).containsEntry("value", 0.5);
		// Only Level 4 asks for IT strategic planning.
		assertThat(cells(row(rows, "skill/it-strategic-planning"))).extracting(c -> c == null ? null : c.get("priority"))
			.containsExactly(null, null, null, "ESSENTIAL");
		// In-depth infrastructure knowledge, level 5: desirable at Level 2, essential from Level 3.
		assertThat(cells(row(rows, "knowledge/it-infrastructure-systems")))
			.extracting(c -> c == null ? null : c.get("priority") + "@" + c.get("level"))
			.containsExactly(null, "DESIRABLE@5.0", "ESSENTIAL@5.0", "ESSENTIAL@5.0");
		// Rows required by all four first.
		List<Integer> requiredBy = rows.stream().map(r -> (Integer) r.get("requiredBy")).toList();
		assertThat(requiredBy).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		// Six pairs in order, neighbouring levels most alike.
		comparison.path("compareJobs.pairs[*].a.id").entityList(String.class)
			.containsExactly(L + "1", L + "1", L + "1", L + "2", L + "2", L + "3");
		comparison.path("compareJobs.pairs[*].b.id").entityList(String.class)
			.containsExactly(L + "2", L + "3", L + "4", L + "3", L + "4", L + "4");
		List<Double> scores = comparison.path("compareJobs.pairs[*].score").entityList(Double.class).get();
		assertThat(scores.get(5)).isGreaterThan(scores.get(2)); // L3-L4 more alike than L1-L4
		assertThat(scores.get(3)).isGreaterThan(scores.get(1)); // L2-L3 more alike than L1-L3
		comparison.path("compareJobs.pairs[5].computation").entity(String.class)
			.satisfies(c -> assertThat(c).startsWith("sum of a[c] x b[c] over shared capabilities"));
		comparison.path("compareJobs.pairs[5].sharedCount").entity(Integer.class).isEqualTo(45);
	}

	@Test
	void badInputIsRejectedNamingTheArgument() {
		assertError(compare(List.of(L + "1")), "BAD_REQUEST", "ids", "ids: must name from 2 to 10 jobs, was 1");
		List<String> eleven = new ArrayList<>(Arrays.asList(L + "1", L + "2", L + "3", L + "4",
				"harvard/it-infrastructure-professional-ii", "harvard/it-infrastructure-professional-iii",
				"harvard/it-infrastructure-professional-iv", "harvard/it-infrastructure-professional-v",
				"harvard/it-infrastructure-professional-vi", "harvard/it-infrastructure-mgt-iii",
				"harvard/it-infrastructure-mgt-iv"));
		assertError(compare(eleven), "BAD_REQUEST", "ids", "ids: must name from 2 to 10 jobs, was 11");
		compare(eleven.subList(0, 10)).path("compareJobs.pairs").entityList(Object.class).hasSize(45);
		assertError(compare(List.of(L + "1", L + "1")), "BAD_REQUEST", "ids[1]", "ids[1]: '" + L + "1' is named twice");
		assertError(compare(List.of(L + "1", "no/such-job")), "NOT_FOUND", "ids[1]",
				"ids[1]: there is no job with id 'no/such-job'");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> rows(GraphQlTester.Response comparison) {
		return (List<Map<String, Object>>) (List<?>) comparison.path("compareJobs.rows").entityList(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> row(List<Map<String, Object>> rows, String capabilityId) {
		return rows.stream()
			.filter(r -> ((Map<String, Object>) r.get("capability")).get("id").equals(capabilityId))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> cells(Map<String, Object> row) {
		return (List<Map<String, Object>>) row.get("cells");
	}

}
