package org.competencygraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class PreparedDocumentsTests {

	static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { a: A } type A { b: A x: Int }"), RuntimeWiring.newRuntimeWiring().build());

	final PreparedDocuments documents = new PreparedDocuments(10, 3, 5, Long.MAX_VALUE, null, () -> SCHEMA);

	final GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).preparsedDocumentProvider(this.documents).build();

	ExecutionResult run(String query, Map<String, Object> variables) {
		return this.graphQl.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
	}

	ExecutionResult run(String query, String operationName) {
		return this.graphQl.execute(ExecutionInput.newExecutionInput(query).operationName(operationName).build());
	}

	@Test
	void anUnknownOperationNameFirstDoesNotExemptTheDocumentFromTheLimitsAfterwards() {
		String deep = "query Deep { a { b { b { x } } } }";
		assertThat(run(deep, "nope").getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("nope"));
		assertThat(run(deep, Map.of()).getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(Refusal.QUERY_TOO_DEEP));
	}

	@Test
	void eachOperationOfADocumentIsCheckedForItself() {
		String document = "query A { __typename } query B { a { b { b { x } } } }";
		for (int i = 0; i < 2; i++) {
			assertThat(run(document, "A").getErrors()).isEmpty();
			assertThat(run(document, "B").getErrors()).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).isEqualTo("maximum query depth exceeded 4 > 3"));
		}
		assertThat(this.documents.size()).isOne();
	}

	@Test
	void aDocumentWithinTheLimitsRunsAndIsKept() {
		assertThat(run("{ a { x b { x } } }", Map.of()).getErrors()).isEmpty();
		assertThat(run("{ a { x b { x } } }", Map.of()).getErrors()).isEmpty();
		assertThat(this.documents.size()).isEqualTo(1);
	}

	@Test
	void tooDeepAndTooComplexDocumentsAreRefusedEveryTimeWithGraphQlJavasMessages() {
		for (int i = 0; i < 2; i++) {
			assertThat(run("{ a { b { b { x } } } }", Map.of()).getErrors()).singleElement().satisfies(e -> {
				assertThat(e.getMessage()).isEqualTo("maximum query depth exceeded 4 > 3");
				assertThat(e.getErrorType()).isEqualTo(Refusal.QUERY_TOO_DEEP);
			});
			assertThat(run("{ a { x } b: a { x } c: a { x } }", Map.of()).getErrors()).singleElement().satisfies(e -> {
				assertThat(e.getMessage()).isEqualTo("maximum query complexity exceeded 6 > 5");
				assertThat(e.getErrorType()).isEqualTo(Refusal.QUERY_TOO_COMPLEX);
			});
		}
	}

	@Test
	void limitsOfADocumentWithSkipOrIncludeDependOnItsVariables() {
		String query = "query($s: Boolean!) { a { b @skip(if: $s) { b { x } } } }";
		assertThat(run(query, Map.of("s", true)).getErrors()).isEmpty();
		assertThat(run(query, Map.of("s", false)).getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).isEqualTo("maximum query depth exceeded 4 > 3"));
	}

	@Test
	void aVariableThatOnlyChangesWhatIsReadDoesNotChangeTheChecks() {
		// job(id: $id): checked once for the document, refused every time, whatever the id.
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { a(id: ID): A } type A { b: A x: Int }"),
				RuntimeWiring.newRuntimeWiring().build());
		PreparedDocuments documents = new PreparedDocuments(10, 3, 5, Long.MAX_VALUE, null, () -> schema);
		GraphQL graphQl = GraphQL.newGraphQL(schema).preparsedDocumentProvider(documents).build();
		for (String id : List.of("1", "2")) {
			assertThat(graphQl.execute(ExecutionInput.newExecutionInput("query($id: ID) { a(id: $id) { b { b { x } } } }")
				.variables(Map.of("id", id))).getErrors()).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).isEqualTo("maximum query depth exceeded 4 > 3"));
		}
		assertThat(QueryCosts.checksUseVariables(graphql.parser.Parser.parse("query($id: ID) { a(id: $id) { x } }")))
			.isFalse();
	}

	@Test
	void variablesInDirectivesOrListSizesMakeTheChecksDependOnTheRequest() {
		assertThat(QueryCosts.checksUseVariables(graphql.parser.Parser.parse(
				"query($s: Boolean!) { a { b @skip(if: $s) { x } } }"))).isTrue();
		assertThat(QueryCosts.checksUseVariables(graphql.parser.Parser.parse(
				"query($n: Int) { a { ...F } } fragment F on A { items(first: $n) { x } }"))).isTrue();
		assertThat(QueryCosts.checksUseVariables(graphql.parser.Parser.parse(
				"query($ids: [ID!]!) { compareJobs(ids: $ids) { x } }"))).isTrue();
	}

	@Test
	void atMostTheConfiguredNumberOfDocumentsIsKept() {
		for (int i = 0; i < 25; i++) {
			assertThat(run("{ a { x } n" + i + ": a { x } }", Map.of()).getErrors()).isEmpty();
		}
		assertThat(this.documents.size()).isEqualTo(10);
	}

	@Test
	void invalidDocumentsAreReportedAndNotKept() {
		assertThat(run("{ nope }", Map.of()).getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("nope"));
		assertThat(this.documents.size()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "introspection", "introspectionGraphiQL" })
	void theStandardIntrospectionQueryIsAnsweredThoughItIsDeeperAndBiggerThanTheLimits(String document) {
		// 13 levels and nearly two hundred fields, against limits of 3 and 5 here.
		ExecutionResult result = run(document(document), Map.of());
		assertThat(result.getErrors()).isEmpty();
		Map<String, Map<String, Object>> data = result.getData();
		assertThat(data.get("__schema")).extractingByKey("types").asString().contains("name=A", "name=Query");
	}

	@Test
	void abusiveIntrospectionIsRefusedByTheGoodFaithCheck() {
		StringBuilder aliased = new StringBuilder("{");
		for (int i = 0; i < 50; i++) {
			aliased.append(" s").append(i).append(": __schema { types { name } }");
		}
		String cycle = "{ __type(name: \"A\") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }";
		String ofTypes = "{ __schema { types { fields { type { " + "ofType { ".repeat(17) + "name" + " }".repeat(17)
				+ " } } } } }";
		String twoTypes = "{ a: __type(name: \"A\") { name } q: __type(name: \"Query\") { name } }";
		for (String query : List.of(aliased.append(" }").toString(), cycle, ofTypes, twoTypes)) {
			assertThat(run(query, Map.of()).getErrors()).as(query)
				.singleElement()
				.satisfies(e -> assertThat(e.getMessage())
					.startsWith("This request is not asking for introspection in good faith"));
		}
	}

	@Test
	void introspectionDoesNotExemptTheRestOfTheQueryFromTheLimits() {
		assertThat(run("{ __schema { types { name } } a { b { b { x } } } }", Map.of()).getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).isEqualTo("maximum query depth exceeded 4 > 3"));
		assertThat(run("{ __type(name: \"A\") { name } a { x } b: a { x } c: a { x } }", Map.of()).getErrors())
			.singleElement()
			.satisfies(e -> assertThat(e.getMessage()).isEqualTo("maximum query complexity exceeded 6 > 5"));
		// __typename is an ordinary field, anywhere.
		assertThat(run("{ a { b { b { __typename } } } }", Map.of()).getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).isEqualTo("maximum query depth exceeded 4 > 3"));
	}

	static String document(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
