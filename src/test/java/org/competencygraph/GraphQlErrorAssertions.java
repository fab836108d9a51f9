package org.competencygraph;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks of the one error a GraphQL response should carry: its type, the argument it names, its message. */
public final class GraphQlErrorAssertions {

	private GraphQlErrorAssertions() {
	}

	public static void assertError(GraphQlTester.Response response, String type, String argument, String message) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo(type);
			assertThat(error.getMessage()).isEqualTo(message);
			assertThat(error.getExtensions()).containsEntry("argument", argument);
		}));
	}

}
