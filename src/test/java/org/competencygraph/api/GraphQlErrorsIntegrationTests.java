package org.competencygraph.api;

import java.util.List;
import java.util.Map;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.jspecify.annotations.Nullable;
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
				.contains("'\"abc\"'")
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
			String raw = postRaw(query);
			assertThat(raw).as(query)
				.doesNotContainIgnoringCase("exception")
				.doesNotContain("java.", "org.", "tools.jackson", "\tat ", "MATCH ", "UNWIND", "neo4j.driver", "Value{");
		}
	}

	@Test
	void bodiesThatAreNotOneGraphQlRequestAreBadRequestsInTheGraphQlErrorFormat() {
		Map<String, String> reasons = new java.util.LinkedHashMap<>();
		reasons.put("{\"query\": ", "The request body is not valid JSON (line 1, column 11)");
		reasons.put("[{\"query\": \"{ jobs { totalCount } }\"}]",
				"Batched requests (a JSON array) are not supported: send one JSON object per request");
		reasons.put("{\"query\": \"{ jobs { totalCount } }\", \"variables\": \"x\"}",
				"'variables' must be a JSON object, was a string");
		reasons.put("{\"query\": \"{ jobs { totalCount } }\", \"variables\": [1]}",
				"'variables' must be a JSON object, was an array");
		reasons.put("{\"query\": \"{ jobs { totalCount } }\", \"extensions\": 1}",
				"'extensions' must be a JSON object, was a number");
		reasons.put("{\"query\": \"{ jobs { totalCount } }\", \"operationName\": []}",
				"'operationName' must be a string, was an array");
		reasons.put("{\"query\": 5}", "'query' must be a string holding the GraphQL document, was a number");
		reasons.put("{}", "The request has no 'query': send the GraphQL document in 'query'");
		reasons.put("{\"query\": \" \"}", "'query' is empty: send the GraphQL document in 'query'");
		reasons.put("{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"abc\"}}}",
				"Persisted queries are not supported: send the GraphQL document in 'query'");
		reasons.put("null", "The request body must be a JSON object with the GraphQL document in 'query', was null");
		reasons.put("", "The request body is empty: send a JSON object with the GraphQL document in 'query'");
		reasons.forEach((body, reason) -> {
			var result = GraphQlClients.client(this.port)
				.build()
				.post()
				.header("Content-Type", "application/json")
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith("application/json")
				.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.returnResult()
				.getResponseBody();
			assertThat(errors(result)).as(body).singleElement().satisfies(error -> {
				assertThat(error).containsEntry("message", reason);
				assertThat(error).extractingByKey("extensions")
					.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
					.containsEntry("classification", "BAD_REQUEST");
			});
		});
	}

	@Test
	void aRefusedBodyIsAnsweredInTheMediaTypeTheClientAsksFor() {
		GraphQlClients.client(this.port)
			.build()
			.post()
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.bodyValue("[]")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/graphql-response+json")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void bodiesOverTheSizeLimitAreRefusedWith413WhetherTheirLengthIsDeclaredOrNot() throws Exception {
		// Review of issue 9: bodies were read whole, however large. The default limit is 1MB.
		byte[] body = ("{\"query\": \"{ jobs { totalCount } }\", \"variables\": {\"x\": \""
				+ "a".repeat(1024 * 1024) + "\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		for (var publisher : List.of(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body),
				// No Content-Length: sent in chunks, so that only reading tells the size.
				java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))) {
			var response = client.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.timeout(java.time.Duration.ofSeconds(30))
				.POST(publisher)
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/json"));
			assertThat(response.body()).contains("\"classification\":\"REQUEST_TOO_LARGE\"",
					"The request body is over 1048576 bytes (competency-graph.graphql.max-request-size)");
		}
	}

	@Test
	void aRequestIsExecutedFromTheCheckedBodyWithItsVariablesAndOperationName() {
		var body = GraphQlClients.client(this.port)
			.build()
			.post()
			.header("Content-Type", "application/json")
			.bodyValue(Map.of("query", "query a { x: jobs(first: 1) { totalCount } } "
					+ "query b($n: Int) { y: jobs(first: $n) { totalCount } }", "operationName", "b",
					"variables", Map.of("n", 0)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		// first: 0 is refused with the argument named, so the variable arrived; y, not x, so the operation did.
		assertThat(errors(body)).singleElement().satisfies(error -> {
			assertThat(error.get("path")).isEqualTo(List.of("y"));
			assertThat(error.get("message")).asString().endsWith("was 0");
		});
	}

	@Test
	void messagesDoNotShowTheParsersInternals() {
		Map<String, String> messages = new java.util.LinkedHashMap<>();
		// A character the lexer does not know: graphql-java says "ANTLR error 'token recognition error at: ..."
		messages.put("{ jobs ~ { totalCount } }", "Invalid syntax: unexpected character(s) '~' at line 1 column 8");
		messages.put("{ job(id: \"x) { title } }", "Invalid syntax: unexpected character(s) '\"x) { title } }' at line 1 column 11");
		messages.put("{ jobs(", "Invalid syntax: the document ends unexpectedly at line 1 column 8");
		// A wrong enum literal: "EnumValue{name='FOO'}", twice
		messages.put("{ searchCapabilities(text: \"x\", kinds: [FOO]) { score } }",
				"Validation error (WrongType@[searchCapabilities]) : argument 'kinds[0]' with value 'FOO' is not a valid 'CapabilityKind'");
		messages.put("{ similarJobs(to: \"x\", metric: FOO) { results { score } } }",
				"Validation error (WrongType@[similarJobs]) : argument 'metric' with value 'FOO' is not a valid 'SimilarityMetric'");
		messages.forEach((query, message) -> {
			String raw = postRaw(query);
			assertThat(raw).as(query).doesNotContain("ANTLR", "PersistedQueryMarker", "EnumValue", "Value{");
			Map<String, Object> body = post(query);
			assertThat(errors(body)).as(query).singleElement()
				.satisfies(error -> assertThat(error).containsEntry("message", message));
		});
	}

	/** The response body as sent, whatever its status. */
	private @Nullable String postRaw(String query) {
		return GraphQlClients.client(this.port)
			.build()
			.post()
			.header("Content-Type", "application/json")
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
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
