package org.competencygraph.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.GraphQLNamedType;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The introspection query GraphiQL and other graphql-js clients send is answered with the whole schema (it was
 * refused with "maximum query depth exceeded"), while introspection no tool sends, made to cost the server, is
 * refused. The two documents are graphql-js 16.5's {@code getIntrospectionQuery()} (the version bundled in GraphiQL
 * 2.4.7) with its default options, as Altair, Insomnia, Postman and graphql-js tools send it, and with
 * {@code inputValueDeprecation} and {@code schemaDescription}, as the application's GraphiQL page sends it: the text
 * exactly as the function returns it, whitespace included.
 */
@IntegrationTest
class IntrospectionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	@ParameterizedTest
	@ValueSource(strings = { "introspection", "introspectionGraphiQL" })
	void theStandardIntrospectionQueryIsAnsweredWithTheWholeSchema(String document) {
		Map<String, Object> body = post(PreparedDocumentsTests.document(document), "IntrospectionQuery");
		assertThat(body).doesNotContainKey("errors");
		Map<String, Object> schema = map(map(body.get("data")).get("__schema"));
		assertThat(map(schema.get("queryType"))).containsEntry("name", "Query");
		List<Map<String, Object>> types = list(schema.get("types"));
		assertThat(types.stream().map(type -> (String) type.get("name")).collect(Collectors.toSet()))
			.isEqualTo(this.graphQlSource.schema()
				.getAllTypesAsList()
				.stream()
				.map(GraphQLNamedType::getName)
				.collect(Collectors.toSet()));
		Map<String, Object> query = types.stream().filter(type -> "Query".equals(type.get("name"))).findFirst().orElseThrow();
		assertThat(list(query.get("fields"))).anySatisfy(field -> {
			assertThat(field).containsEntry("name", "jobs");
			assertThat((String) field.get("description")).startsWith("Jobs ordered by title");
			assertThat(list(field.get("args"))).extracting(arg -> arg.get("name")).contains("filter", "first", "after");
		});
	}

	@Test
	void introspectionNoToolSendsIsRefused() {
		StringBuilder aliased = new StringBuilder("{");
		for (int i = 0; i < 50; i++) {
			aliased.append(" s").append(i).append(": __schema { types { name fields { name } } }");
		}
		String cycle = "{ __type(name: \"Job\") { fields { type { fields { type { fields { type { fields { type { "
				+ "fields { name } } } } } } } } } } }";
		// The standard query's 7 levels of ofType, and 10 more.
		String ofTypes = "{ __schema { types { fields { args { type { " + "ofType { ".repeat(17) + "name"
				+ " }".repeat(17) + " } } } } } }";
		for (String query : List.of(aliased.append(" }").toString(), cycle, ofTypes)) {
			Map<String, Object> body = post(query, null);
			assertThat(body.get("data")).as(query).isNull();
			assertThat(list(body.get("errors"))).as(query)
				.singleElement()
				.satisfies(error -> assertThat((String) error.get("message"))
					.startsWith("This request is not asking for introspection in good faith"));
		}
	}

	@Test
	void introspectionInAQueryDoesNotLiftTheLimitsOfTheRest() {
		String deep = "{ __schema { queryType { name } } job(id: \"uk-council-b/infrastructure-engineer-l1\") { "
				+ "progressesTo { job { ".repeat(6) + "title" + " } }".repeat(6) + " } }";
		Map<String, Object> body = post(deep, null);
		assertThat(body.get("data")).isNull();
		assertThat(list(body.get("errors"))).singleElement()
			.satisfies(error -> assertThat((String) error.get("message")).startsWith("maximum query depth exceeded"));
	}

	private Map<String, Object> post(String query, String operationName) {
		Map<String, Object> request = operationName == null ? Map.of("query", query)
				: Map.of("query", query, "operationName", operationName);
		return GraphQlClients.client(this.port)
			.build()
			.post()
			.header("Content-Type", "application/json")
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
