package org.competencygraph.similarity;

import java.util.Map;

import org.competencygraph.analysis.RequirementIndexes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.competencygraph.GraphQlErrorAssertions.assertError;
import static org.mockito.BDDMockito.given;

/**
 * Arguments of similarJobs that are refused whatever the graph holds, and the default metric: the GraphQL layer
 * alone, on a hand-made index.
 */
@GraphQlTest(controllers = SimilarityController.class)
class SimilarityControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	RequirementIndexes indexes;

	GraphQlTester.Request<?> similar(String metric) {
		return this.graphQl.documentName("similarJobs").variable("to", "any/job").variable("metric", metric);
	}

	@Test
	void argumentsOutOfRangeAreBadRequestsNamingTheArgument() {
		assertError(similar("WEIGHTED_COSINE").variable("first", 101).execute(), "BAD_REQUEST", "first",
				"first: must be from 1 to 100, was 101");
		assertError(similar("WEIGHTED_COSINE").variable("first", 0).execute(), "BAD_REQUEST", "first",
				"first: must be from 1 to 100, was 0");
		assertError(similar("WEIGHTED_COSINE").variable("filter", Map.of("minScore", 1.5)).execute(), "BAD_REQUEST",
				"filter.minScore", "filter.minScore: must be from 0 to 1, was 1.5");
		assertError(similar("WEIGHTED_COSINE").variable("filter", Map.of("organization", "")).execute(), "BAD_REQUEST",
				"filter.organization", "filter.organization: must not be blank");
		assertError(similar("BLENDED").variable("first", 101).execute(), "BAD_REQUEST", "first",
				"first: must be from 1 to 100, was 101");
	}

	@Test
	void withoutAMetricTheScoresBlendProfileDutiesAndTitle() {
		given(this.indexes.current()).willReturn(BlendedSimilarityTests.embedded());
		var answer = this.graphQl.documentName("similarJobs").variable("to", "p").execute();
		answer.path("similarJobs.metric").entity(String.class).isEqualTo("BLENDED");
		answer.path("similarJobs.results[*].job.id").entityList(String.class).containsExactly("q", "t", "r");
		answer.path("similarJobs.results[0].parts[*].name").entityList(String.class)
			.containsExactly("profile", "duties", "title");
		answer.path("similarJobs.results[0].parts[*].contribution").entityList(Double.class)
			.containsExactly(0.4, 0.28, 0.15);
		answer.path("similarJobs.results[1].parts[1].leftOut").entity(String.class)
			.isEqualTo("'Title of t' has no duty embedding yet");
		answer.path("similarJobs.results[0].shared[0].match").entity(String.class).isEqualTo("EXACT");
		this.graphQl.documentName("similarJobs").variable("to", "p").variable("metric", "WEIGHTED_COSINE").execute()
			.path("similarJobs.results[*].job.id").entityList(String.class).containsExactly("q", "t");
	}

}
