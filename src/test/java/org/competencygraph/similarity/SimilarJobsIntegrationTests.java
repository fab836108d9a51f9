package org.competencygraph.similarity;

import java.util.List;
import java.util.Map;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competencygraph.GraphQlErrorAssertions.assertError;

/** similarJobs and jobsMatching on the seed graph, over HTTP. */
@IntegrationTest
class SimilarJobsIntegrationTests {

	static final String PROFESSIONAL_IV = "harvard/it-infrastructure-professional-iv";

	static final String L = "uk-council-b/infrastructure-engineer-l";

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		this.graphQl = GraphQlClients.anonymous(this.port);
	}

	GraphQlTester.Request<?> similar(String to, String metric) {
		return this.graphQl.documentName("similarJobs").variable("to", to).variable("metric", metric);
	}

	@ParameterizedTest
	@ValueSource(strings = { "WEIGHTED_COSINE", "WEIGHTED_JACCARD" })
	void harvardProfessionalIvIsMostLikeMgtIvAndItsNeighboursBeforeAnyOtherOrganization(String metric) {
		var answer = similar(PROFESSIONAL_IV, metric).variable("first", 20).execute();
		List<String> ids = answer.path("similarJobs.results[*].job.id").entityList(String.class).get();
		List<String> organizations = answer.path("similarJobs.results[*].job.organization.name")
			.entityList(String.class)
			.get();
		int firstOther = organizations.indexOf(organizations.stream()
			.filter(o -> !o.equals("Harvard University"))
			.findFirst()
			.orElseThrow());
		assertThat(ids.indexOf("harvard/it-infrastructure-mgt-iv")).isBetween(0, firstOther - 1);
		int neighbour = Math.min(index(ids, "harvard/it-infrastructure-professional-iii"),
				index(ids, "harvard/it-infrastructure-professional-v"));
		assertThat(neighbour).isLessThan(firstOther);
		assertThat(ids).doesNotContain(PROFESSIONAL_IV);
		// Every Harvard role comes before every other organization's.
		assertThat(organizations.subList(0, firstOther)).hasSize(8).containsOnly("Harvard University");
		List<Double> scores = answer.path("similarJobs.results[*].score").entityList(Double.class).get();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
		answer.path("similarJobs.metric").entity(String.class).isEqualTo(metric);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theDefaultMetricIsBlendedAndEachResultAddsUpItsParts() {
		var answer = this.graphQl.documentName("similarJobs").variable("to", PROFESSIONAL_IV).variable("first", 10)
			.execute();
		answer.path("similarJobs.metric").entity(String.class).isEqualTo("BLENDED");
		List<Map<String, Object>> results = answer.path("similarJobs.results").entityList(Map.class).get()
			.stream().map(m -> (Map<String, Object>) m).toList();
		assertThat(results).hasSize(10);
		// Harvard's neighbours first, as by the other metrics: with or without the title and duty embeddings that
		// other tests may have computed in the shared database by now, the profiles set them apart.
		List<String> ids = answer.path("similarJobs.results[*].job.id").entityList(String.class).get();
		assertThat(ids.subList(0, 3)).contains("harvard/it-infrastructure-mgt-iv")
			.allSatisfy(id -> assertThat(id).startsWith("harvard/"));
		for (Map<String, Object> result : results) {
			List<Map<String, Object>> parts = (List<Map<String, Object>>) result.get("parts");
			assertThat(parts).extracting(p -> p.get("name")).containsExactly("profile", "duties", "title");
			assertThat(parts.stream().mapToDouble(p -> ((Number) p.get("contribution")).doubleValue()).sum())
				.isCloseTo((Double) result.get("score"), org.assertj.core.api.Assertions.within(1e-3));
			// The profile counts, or is left out with the reason (Houston's ladder-only roles have no requirements).
			assertThat((String) result.get("computation")).containsAnyOf("x profile", "profile left out: '");
		}
	}

	private static int index(List<String> ids, String id) {
		int index = ids.indexOf(id);
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	@Test
	void eachResultExplainsItsScore() {
		var answer = similar(PROFESSIONAL_IV, "WEIGHTED_COSINE").variable("first", 1).execute();
		answer.path("similarJobs.results[0].job.id").entity(String.class).isEqualTo("harvard/it-infrastructure-mgt-iv");
		answer.path("similarJobs.results[0].score").entity(Double.class).isEqualTo(0.8701);
		answer.path("similarJobs.results[0].computation").entity(String.class)
			.isEqualTo("sum of a[c] x b[c] over shared capabilities 14.872 / (|a| 4.043 x |b| 4.228) = 0.87");
		answer.path("similarJobs.results[0].sharedCount").entity(Integer.class).isEqualTo(15);
		answer.path("similarJobs.results[0].missingCount").entity(Integer.class).isEqualTo(1);
		answer.path("similarJobs.results[0].extraCount").entity(Integer.class).isEqualTo(3);
		// The heaviest shared requirement: specialist knowledge, essential at level 5 in both.
		answer.path("similarJobs.results[0].shared[0]").entity(Map.class).satisfies(shared -> assertThat(shared)
			.containsEntry("targetLevel", 5.0)
			.containsEntry("otherLevel", 5.0)
			.containsEntry("targetValue", 1.2143)
			.containsEntry("contribution", 0.0991));
		answer.path("similarJobs.results[0].shared[0].capability.id").entity(String.class)
			.isEqualTo("knowledge/specialist-technology");
		answer.path("similarJobs.results[0].missing[*].capability.id").entityList(String.class)
			.containsExactly("knowledge/it-infrastructure-systems");
		answer.path("similarJobs.formula").entity(String.class).satisfies(f -> assertThat(f).contains("|a| x |b|"));
		answer.path("similarJobs.candidates").entity(Integer.class).satisfies(c -> assertThat(c).isGreaterThan(10));
	}

	@Test
	void filtersByOrganizationFamilyAndMinimumScore() {
		var harvard = similar(PROFESSIONAL_IV, "WEIGHTED_JACCARD").variable("first", 50)
			.variable("filter", Map.of("organization", "UK council B (unnamed)"))
			.execute();
		harvard.path("similarJobs.results[*].job.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).hasSize(4).allSatisfy(id -> assertThat(id).startsWith(L)));
		similar(L + "2", "WEIGHTED_COSINE").variable("filter", Map.of("family", "Information Technology"))
			.execute()
			.path("similarJobs.results[*].job.id")
			.entityList(String.class)
			.containsExactly(L + "1", L + "3", L + "4");
		similar(PROFESSIONAL_IV, "WEIGHTED_COSINE").variable("filter", Map.of("minScore", 0.8))
			.execute()
			.path("similarJobs.results[*].score")
			.entityList(Double.class)
			.satisfies(scores -> assertThat(scores).isNotEmpty().allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(0.8)));
	}

	@Test
	void theScoreOfAPairIsTheSameInCompareJobs() {
		double similar = similar(L + "3", "WEIGHTED_JACCARD").variable("filter", Map.of("organization",
				"uk-council-b-unnamed"))
			.execute()
			.path("similarJobs.results[?(@.job.id == '" + L + "4')].score")
			.entityList(Double.class)
			.get()
			.getFirst();
		this.graphQl.documentName("compareJobs")
			.variable("ids", List.of(L + "3", L + "4"))
			.variable("metric", "WEIGHTED_JACCARD")
			.execute()
			.path("compareJobs.pairs[0].score")
			.entity(Double.class)
			.isEqualTo(similar);
	}

	@Test
	void badInputIsRejectedNamingTheArgument() {
		// Arguments the controller refuses whatever the graph holds: SimilarityControllerTests. An unknown enum value
		// is reported by the web layer (api/ValidationErrors), which the GraphQL test slice does not include.
		assertError(similar("no/such-job", "WEIGHTED_COSINE").execute(), "NOT_FOUND", "to",
				"to: there is no job with id 'no/such-job'");
		similar(PROFESSIONAL_IV, "EUCLIDEAN").execute().errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "metric");
			}));
		// A nested list's own limit: one error for every result that asks for too much, with how many did.
		this.graphQl.document("{ similarJobs(to: \"" + PROFESSIONAL_IV
				+ "\", first: 3) { results { shared(first: 101) { contribution } } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).isEqualTo("first: must be from 0 to 100, was 101");
				assertThat(error.getExtensions()).containsEntry("argument", "first").containsEntry("occurrences", 3);
			}));
	}

	@Test
	void jobsMatchingRanksRolesByReadinessWithTheShareOfEssentialsCovered() {
		var answer = this.graphQl.documentName("jobsMatching")
			.variable("profile", List.of(Map.of("capability", "certification/itil-foundation"),
					Map.of("capability", "skill/troubleshooting", "level", 3),
					Map.of("capability", "skill/incident-management", "level", 3),
					Map.of("capability", "competency/customer-service")))
			.variable("first", 100)
			.execute();
		answer.path("jobsMatching.profileSize").entity(Integer.class).isEqualTo(4);
		List<Double> readiness = answer.path("jobsMatching.results[*].readiness").entityList(Double.class).get();
		assertThat(readiness).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		// Every result gives the readiness skillGap gives for the same profile and job.
		List<String> ids = answer.path("jobsMatching.results[*].job.id").entityList(String.class).get();
		assertThat(ids).contains(L + "1", "uk-council-a/junior-infrastructure-engineer");
		for (int i = 0; i < 3; i++) {
			this.graphQl.documentName("skillGap")
				.variable("from", Map.of("profile", List.of(Map.of("capability", "certification/itil-foundation"),
						Map.of("capability", "skill/troubleshooting", "level", 3),
						Map.of("capability", "skill/incident-management", "level", 3),
						Map.of("capability", "competency/customer-service"))))
				.variable("to", ids.get(i))
				.execute()
				.path("skillGap.readiness")
				.entity(Double.class)
				.isEqualTo(readiness.get(i));
		}
		answer.path("jobsMatching.results[0].explanation").entity(String.class)
			.satisfies(e -> assertThat(e).startsWith("readiness = sum(weight x credit) / sum(weight) over the "));
	}

	@Test
	void jobsMatchingAProfileOfLevel2sEssentialsPutsLevels1And2First() {
		var answer = this.graphQl.documentName("jobsMatching")
			.variable("profile", essentialsOf(L + "2"))
			.variable("first", 3)
			.execute();
		answer.path("jobsMatching.results[*].job.id").entityList(String.class).satisfies(ids -> assertThat(ids.subList(0, 2))
			.containsExactlyInAnyOrder(L + "1", L + "2"));
		answer.path("jobsMatching.results[0].readiness").entity(Double.class).isEqualTo(1.0);
		answer.path("jobsMatching.results[1].readiness").entity(Double.class).isEqualTo(1.0);
		answer.path("jobsMatching.results[?(@.job.id == '" + L + "2')].essentialCoverage")
			.entityList(Double.class)
			.containsExactly(1.0);
		answer.path("jobsMatching.results[?(@.job.id == '" + L + "2')].essentialMet")
			.entityList(Integer.class)
			.containsExactly(24);
		answer.path("jobsMatching.results[2].readiness").entity(Double.class).satisfies(r -> assertThat(r).isLessThan(1.0));
		answer.path("jobsMatching.results[2].missingEssentials").entityList(Object.class).hasSize(3);
	}

	@Test
	void jobsMatchingBadInput() {
		var request = this.graphQl.documentName("jobsMatching");
		assertError(request.variable("profile", List.of()).execute(), "BAD_REQUEST", "profile",
				"profile: must list at least one capability");
		assertError(request.variable("profile", List.of(Map.of("capability", "skill/troubleshooting", "level", -1)))
			.execute(), "BAD_REQUEST", "profile[0].level", "profile[0].level: must be from 0 to 7, was -1.0");
		assertError(request.variable("profile", List.of(Map.of("capability", "skill/troubleshooting"),
				Map.of("capability", "nothing/here"))).execute(), "NOT_FOUND", "profile[1].capability",
				"profile[1].capability: there is no capability with id 'nothing/here'");
		assertError(request.variable("profile", List.of(Map.of("capability", "skill/troubleshooting")))
			.variable("first", 1000)
			.execute(), "BAD_REQUEST", "first", "first: must be from 1 to 100, was 1000");
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> essentialsOf(String jobId) {
		return this.graphQl.documentName("job")
			.variable("id", jobId)
			.execute()
			.path("job.requirements")
			.entityList(Map.class)
			.get()
			.stream()
			.filter(r -> "ESSENTIAL".equals(r.get("priority")))
			.map(r -> {
				Map<String, Object> entry = new java.util.HashMap<>();
				entry.put("capability", ((Map<String, Object>) r.get("capability")).get("id"));
				entry.put("level", r.get("level"));
				return (Map<String, Object>) entry;
			})
			.toList();
	}

}
