package org.competencygraph.capability;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.competencygraph.GraphQlErrorAssertions.assertError;
import static org.mockito.Mockito.verifyNoInteractions;

/** Arguments of the capability queries that are refused before anything is read: the GraphQL layer alone. */
@GraphQlTest(controllers = CapabilityController.class)
class CapabilityControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	Capabilities capabilities;

	@Test
	void searchWithoutWordsIsABadRequest() {
		assertError(this.graphQl.documentName("searchCapabilities").variable("text", " *** ").execute(), "BAD_REQUEST",
				"text", "text: must contain at least one letter or digit");
		verifyNoInteractions(this.capabilities);
	}

	@Test
	void searchArgumentsOutOfRangeAreBadRequests() {
		assertError(this.graphQl.documentName("searchCapabilities").variable("text", "itil").variable("first", 101)
			.execute(), "BAD_REQUEST", "first", "first: must be from 1 to 100, was 101");
		assertError(this.graphQl.documentName("searchCapabilities").variable("text", "itil")
			.variable("kinds", List.of()).execute(), "BAD_REQUEST", "kinds", "kinds: must name at least one kind when given");
		verifyNoInteractions(this.capabilities);
	}

	@Test
	void aBlankCapabilityIdIsABadRequestNamingTheArgument() {
		assertError(this.graphQl.documentName("capability").variable("id", "").execute(), "BAD_REQUEST", "id",
				"id: must not be blank");
		verifyNoInteractions(this.capabilities);
	}

}
