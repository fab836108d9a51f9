package org.competencygraph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.execution.TypeFromAST;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryCostsTests {

	static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
			type Query { items(first: Int = 5): [Item!]! item: Item conn(first: Int = 20): Conn! change: Int }
			type Mutation { change: Int }
			type Item { name: String tags: [String!]! children(first: Int = 3): [Item!]! }
			type Conn { edges: [Edge!]! total: Int }
			type Edge { node: Item }
			"""), RuntimeWiring.newRuntimeWiring().build());

	/** The project's schema, as the server loads it. */
	static final GraphQLSchema PROJECT_SCHEMA = projectSchema();

	/** The default of competency-graph.graphql.max-cost. */
	static final long LIMIT = 100_000;

	/** The request of issue 9 that returned 43.6 MB: 100 aliases of similarJobs(first: 100) with shared(first: 100). */
	static final String ABUSIVE = abusive(100);

	static long cost(GraphQLSchema schema, String query, Map<String, Object> variables) {
		return QueryCosts.estimate(schema, Parser.parse(query), null, variables).cost();
	}

	static long cost(String query) {
		return cost(SCHEMA, query, Map.of());
	}

	@Test
	void everyFieldCostsOneAndListsMultiplyTheirEntriesBySizesFromFirstOrItsDefault() {
		assertThat(cost("{ item { name } }")).isEqualTo(2);
		assertThat(cost("{ items { name } }")).isEqualTo(1 + 5);
		assertThat(cost("{ items(first: 10) { name children { name } } }")).isEqualTo(1 + 10 * (1 + (1 + 3)));
		assertThat(cost("{ a: items { name } b: items { name } }")).isEqualTo(2 * (1 + 5));
		assertThat(cost("{ item { tags } }")).as("a list of scalars: its estimated values").isEqualTo(1 + 10);
		assertThat(cost("{ item { __typename name } }")).isEqualTo(2);
	}

	@Test
	void edgesOfAConnectionHaveTheConnectionsFirst() {
		assertThat(cost("{ conn(first: 7) { total edges { node { name } } } }")).isEqualTo(1 + 1 + (1 + 7 * 2));
		assertThat(cost("{ conn { edges { node { name } } } }")).isEqualTo(1 + (1 + 20 * 2));
	}

	@Test
	void variablesAndFragmentsAreFollowed() {
		assertThat(cost(SCHEMA, "query($n: Int) { items(first: $n) { name } }", Map.of("n", 50))).isEqualTo(51);
		assertThat(cost(SCHEMA, "query($n: Int) { items(first: $n) { name } }", Map.of())).isEqualTo(6);
		assertThat(cost("{ items { ...F } } fragment F on Item { name children(first: 2) { name } }"))
			.isEqualTo(1 + 5 * (1 + 1 + 2));
		assertThat(cost("{ items { ... on Item { name } } }")).isEqualTo(6);
		assertThat(cost(SCHEMA, "query($s: Boolean!) { items(first: 100) @skip(if: $s) { name } item { name } }",
				Map.of("s", true)))
			.isEqualTo(2);
	}

	@Test
	void hugeCostsSaturateInsteadOfOverflowing() {
		String nested = "{ items(first: 1000000) { children(first: 1000000) { children(first: 1000000) { "
				+ "children(first: 1000000) { name } } } } }";
		assertThat(cost(nested)).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void tellsMutationsAndAnalysesApart() {
		assertThat(QueryCosts.estimate(SCHEMA, Parser.parse("mutation { change }"), null, Map.of()).mutation())
			.isTrue();
		assertThat(QueryCosts.estimate(PROJECT_SCHEMA, Parser.parse("{ similarJobs(to: \"x\") { candidates } }"), null,
				Map.of()).analysis()).isTrue();
		assertThat(QueryCosts.estimate(PROJECT_SCHEMA, Parser.parse("{ job(id: \"x\") { title } }"), null, Map.of())
			.analysis()).isFalse();
	}

	@Test
	void theAbusiveAliasQueryCostsMillionsAndOneOfItsAliasesFitsTheLimit() {
				assertThat(cost(PROJECT_SCHEMA, ABUSIVE, Map.of())).isGreaterThan(1_000_000);
		assertThat(cost(PROJECT_SCHEMA, abusive(1), Map.of())).isEqualTo(1 + 1 + 100 * (1 + 100 * (1 + 1)))
			.isLessThan(LIMIT);
	}

	@Test
	void analysisResultsWithoutPagingHaveTheirEstimates() {
		assertThat(cost(PROJECT_SCHEMA, "{ compareJobs(ids: [\"a\", \"b\", \"c\"]) { rows { requiredBy cells { level } } "
				+ "pairs { score } jobs { id } } }", Map.of()))
			.isEqualTo(1 + (1 + 300 * (1 + (1 + 3))) + (1 + 3) + (1 + 3));
		assertThat(cost(PROJECT_SCHEMA, "{ job(id: \"x\") { requirements { level } progressesTo { conditions } } }",
				Map.of()))
			.isEqualTo(1 + (1 + 100) + (1 + 5));
		assertThat(cost(PROJECT_SCHEMA, "{ skillGap(from: {job: \"a\"}, to: \"b\") { requirements { status } "
				+ "extras { level } } }", Map.of()))
			.isEqualTo(1 + (1 + 100) + (1 + 100));
	}

	@Test
	void introspectionIsNotMultiplied() {
		assertThat(cost(PROJECT_SCHEMA, "{ __schema { types { name fields { name args { name } type { name } } } } }",
				Map.of()))
			.isEqualTo(9);
	}

	/** Calibration: every example of the README and every test document fits the default limit. */
	@Test
	void everyQueryInTheReadmeAndTheTestDocumentsFitsTheDefaultLimit() throws IOException {
		List<String> queries = new ArrayList<>(readmeQueries());
		assertThat(queries).hasSizeGreaterThan(12);
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test"))) {
			for (Path file : files.sorted().toList()) {
				queries.add(Files.readString(file));
			}
		}
		long largest = 0;
		for (String query : queries) {
			Document document = Parser.parse(query);
			for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
				Map<String, Object> variables = new HashMap<>();
				for (VariableDefinition variable : operation.getVariableDefinitions()) {
					variables.put(variable.getName(), variable.getName().equals("first") ? Paging.MAX_FIRST
							: largest((GraphQLInputType) TypeFromAST.getTypeFromAST(PROJECT_SCHEMA, variable.getType())));
				}
				long cost = QueryCosts.estimate(PROJECT_SCHEMA, document, operation.getName(), variables).cost();
				assertThat(cost).as(query).isLessThan(LIMIT);
				largest = Math.max(largest, cost);
			}
		}
		// compareJobs of 10 jobs, the largest, is near the limit: the limit is no looser than it needs to be.
		assertThat(largest).isGreaterThan(LIMIT / 2);
	}

	/** The queries of README.md: its graphql blocks, split into their top-level braces, and the curl example. */
	static List<String> readmeQueries() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		List<String> queries = new ArrayList<>();
		Matcher block = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
		while (block.find()) {
			String text = block.group(1).replaceAll("(?m)#.*$", "");
			int depth = 0;
			int start = 0;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '{' && depth++ == 0) {
					start = i;
				}
				else if (text.charAt(i) == '}' && --depth == 0) {
					queries.add(text.substring(start, i + 1));
				}
			}
		}
		Matcher curl = Pattern.compile("\\{\"query\":\"(.*?)\"}'").matcher(readme);
		while (curl.find()) {
			queries.add(curl.group(1).replace("\\\"", "\""));
		}
		return queries;
	}

	/** A value of the type, with lists at their largest (10 entries: compareJobs' maximum). */
	static Object largest(GraphQLInputType type) {
		GraphQLInputType unwrapped = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
		if (unwrapped instanceof GraphQLList list) {
			return Collections.nCopies(10, largest((GraphQLInputType) list.getWrappedType()));
		}
		if (unwrapped instanceof GraphQLInputObjectType object) {
			Map<String, Object> fields = new HashMap<>();
			object.getFields().forEach(field -> fields.put(field.getName(), largest(field.getType())));
			return fields;
		}
		if (unwrapped instanceof GraphQLEnumType enumType) {
			return enumType.getValues().getFirst().getName();
		}
		return switch (((GraphQLScalarType) unwrapped).getName()) {
			case "Int" -> 1;
			case "Float" -> 1.0;
			case "Boolean" -> true;
			default -> "x";
		};
	}

	static String abusive(int aliases) {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < aliases; i++) {
			query.append(" a").append(i).append(": similarJobs(to: \"harvard/it-infrastructure-professional-iv\", ")
				.append("first: 100) { results { shared(first: 100) { capability { name } } } }");
		}
		return query.append(" }").toString();
	}

	private static GraphQLSchema projectSchema() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("graphql"))) {
			for (Path file : files.sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

}
