package org.competencygraph.api;

import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreparedDocumentsTests {

	static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { a: A } type A { b: A x: Int }"), RuntimeWiring.newRuntimeWiring().build());

	final PreparedDocuments documents = new PreparedDocuments(10, 3, 5, () -> SCHEMA);

	final GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).preparsedDocumentProvider(this.documents).build();

	ExecutionResult run(String query, Map<String, Object> variables) {
		return this.graphQl.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
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
			assertThat(run("{ a { b { b { x } } } }", Map.of()).getErrors()).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).isEqualTo("maximum query depth exceeded 4 > 3"));
			assertThat(run("{ a { x } b: a { x } c: a { x } }", Map.of()).getErrors()).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).isEqualTo("maximum query complexity exceeded 6 > 5"));
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
	void invalidDocumentsAreReportedAndNotKept() {
		assertThat(run("{ nope }", Map.of()).getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("nope"));
		assertThat(this.documents.size()).isZero();
	}

}
