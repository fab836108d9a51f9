package org.competencygraph.api;

import java.util.List;
import java.util.Map;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a caller sees when a query is malformed or too big: a clear message and no internals. */
@IntegrationTest
class GraphQlErrorsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void argumentsOfTheWrongTypeAreBadRequestsNamingTheArgument() {
		Map<String, Object> body = post("{ jobs(first: \"abc\") { totalCount } }");
		assertThat(errors(body)).singleElement().satisfies(error -> {
			assertThat(error).extractingByKey("extensions")
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("classification", "BAD_REQUEST")
				.containsEntry("argument", "first");
			assertThat((String) error.get("message")).contains("argument 'first'")
				.contains("'abc'")
				.doesNotContain("StringValue")
				.doesNotContain("AST");
		});
	}

	@Test
	void tooDeepQueriesAreRefused() {
		String deep = "{ job(id: \"example-org/service-desk-analyst\") { progressesTo { job { progressesTo { job { "
				+ "progressesTo { job { progressesTo { job { progressesTo { job { progressesTo { job { title } } } } "
				+ "} } } } } } } } } }";
		Map<String, Object> body = post(deep);
		assertThat(body.get("data")).isNull();
		assertThat(errors(body)).singleElement()
			.satisfies(error -> assertThat((String) error.get("message")).contains("maximum query depth exceeded"));
	}

	@Test
	void tooComplexQueriesAreRefused() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 60; i++) {
			query.append(" j").append(i).append(": jobs { edges { node { id title code grade summary aliases ")
				.append("organization { id name } family { id name } } } totalCount }");
		}
		Map<String, Object> body = post(query.append(" }").toString());
		assertThat(body.get("data")).isNull();
		assertThat(errors(body)).singleElement()
			.satisfies(error -> assertThat((String) error.get("message")).contains("maximum query complexity exceeded"));
	}

	@Test
	void noResponseRevealsStackTracesClassNamesOrCypher() {
		List<String> queries = List.of("{ jobs(first: \"abc\") { totalCount } }", "{ jobs(after: \"@@\") { totalCount } }",
				"{ job(id: 5) { title } }", "{ job { title } }", "{ nosuchfield }", "{ jobs(first: 1000) { totalCount } }",
				"{ searchCapabilities(text: \"\\\"\") { score } }", "{ job(id: \"x\") { title ", "mutation { importJobProfiles(input: {files: [{name: \"x\", content: \"jobs: [\"}]}) { errors { message } } }");
		for (String query : queries) {
			String raw = GraphQlClients.client(this.port)
				.build()
				.post()
				.header("Content-Type", "application/json")
				.bodyValue(Map.of("query", query))
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(raw).as(query)
				.doesNotContainIgnoringCase("exception")
				.doesNotContain("java.", "org.", "tools.jackson", "\tat ", "MATCH ", "UNWIND", "neo4j.driver", "Value{");
		}
	}

	private Map<String, Object> post(String query) {
		return GraphQlClients.client(this.port)
			.build()
			.post()
			.header("Content-Type", "application/json")
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(Map<String, Object> body) {
		return (List<Map<String, Object>>) body.get("errors");
	}

}
