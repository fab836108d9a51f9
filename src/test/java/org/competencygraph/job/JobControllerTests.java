package org.competencygraph.job;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.competencygraph.GraphQlErrorAssertions.assertError;
import static org.mockito.Mockito.verifyNoInteractions;

/** Arguments of the job queries that are refused before anything is read: the GraphQL layer alone. */
@GraphQlTest(controllers = JobController.class)
class JobControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	Jobs jobs;

	@MockitoBean
	RequiringJobs requiringJobs;

	@MockitoBean
	JobRequirements requirements;

	@Test
	void aBlankJobIdIsABadRequestNamingTheArgument() {
		assertError(this.graphQl.documentName("job").variable("id", " ").execute(), "BAD_REQUEST", "id",
				"id: must not be blank");
		verifyNoInteractions(this.jobs);
	}

	@Test
	void pagingArgumentsOutOfRangeAreBadRequests() {
		for (int first : new int[] { 0, -1, 101 }) {
			assertError(this.graphQl.documentName("jobs").variable("first", first).execute(), "BAD_REQUEST", "first",
					"first: must be from 1 to 100, was " + first);
		}
		verifyNoInteractions(this.jobs);
	}

	@Test
	void anAfterThatIsNotOneOfOurCursorsIsABadRequestNamingTheArgument() {
		String onePart = Base64.getUrlEncoder().encodeToString("title only".getBytes(StandardCharsets.UTF_8));
		for (String after : new String[] { "not-a-cursor", "%%%", onePart, "" }) {
			assertError(this.graphQl.documentName("jobs").variable("after", after).execute(), "BAD_REQUEST", "after",
					"after: is not a cursor returned by this API");
		}
		verifyNoInteractions(this.jobs);
	}

}
