package org.competencygraph.api;

import java.util.List;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.WebGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, item 2: an overloaded server answered a nested query with one INTERNAL_ERROR per field (44 for one
 * O*NET occupation, 137 for a page of seed jobs) and logged a stack trace for each. Here every nested field of a
 * small schema fails the way the driver failed then, through the application's resolver and interceptors.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestErrorsTests {

	private static final String SCHEMA = """
			type Query { jobs: [Job!]! }
			type Job { id: ID! requiredBy: Int }
			""";

	private static final String QUERY = "query nested { jobs { id requiredBy } }";

	@Test
	void anOverloadIsOneUnavailableErrorAndOneLogLineWithoutAStackTrace(CapturedOutput output) {
		// What Spring Data Neo4j threw when the driver's pool overflowed.
		WebGraphQlTester tester = tester(() -> new TransientDataAccessResourceException(
				"Connection pool pending acquisition queue is full.; Error code 'N/A'",
				new TransientException("N/A", "Connection pool pending acquisition queue is full.")));
		int before = output.getOut().length();
		tester.document(QUERY).operationName("nested").execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("UNAVAILABLE");
			assertThat(error.getMessage()).isEqualTo("The server is busy, try again in a moment");
			assertThat(error.getExtensions()).containsEntry("occurrences", 137);
			assertThat(error.getPath()).isEqualTo("jobs[0].requiredBy");
		}));
		List<String> lines = output.getOut().substring(before).lines().filter(line -> !line.isBlank()).toList();
		assertThat(lines).singleElement().satisfies(line -> assertThat(line).contains("WARN", "operation nested",
				"137 errors: UNAVAILABLE x137 at jobs[0].requiredBy: The server is busy",
				"TransientDataAccessResourceException: Connection pool pending acquisition queue is full"));
	}

	@Test
	void unexpectedFailuresAreOneInternalErrorAndOneStackTrace(CapturedOutput output) {
		WebGraphQlTester tester = tester(() -> new IllegalStateException("a bug"));
		int before = output.getOut().length();
		tester.document(QUERY).operationName("nested").execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
			assertThat(error.getMessage()).startsWith("INTERNAL_ERROR for ").doesNotContain("a bug");
			assertThat(error.getExtensions()).containsEntry("occurrences", 137);
		}));
		String log = output.getOut().substring(before);
		assertThat(log.lines().filter(line -> line.contains("INTERNAL_ERROR x137"))).hasSize(1);
		assertThat(log.lines().filter(line -> line.contains("IllegalStateException: a bug"))).hasSize(1);
		assertThat(log.lines().filter(line -> line.contains("ERROR"))).hasSize(1);
	}

	@Test
	void expectedFailuresAreLoggedWithoutAStackTrace(CapturedOutput output) {
		WebGraphQlTester tester = tester(() -> new InvalidArgumentException("first", "must be from 1 to 100, was 500"));
		int before = output.getOut().length();
		tester.document(QUERY).operationName("nested").execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("argument", "first").containsEntry("occurrences", 137);
		}));
		assertThat(output.getOut().substring(before).lines().filter(line -> !line.isBlank())).singleElement()
			.satisfies(line -> assertThat(line).contains("INFO", "BAD_REQUEST x137", "first: must be from 1 to 100"));
	}

	@Test
	void theLogLineNamesThreeKindsOfErrorAndCountsTheRestOnOneLine(CapturedOutput output) {
		// The review: aliases failing with distinct messages made one log line of ~100 KB. A message here also
		// tries to start a forged log line.
		WebGraphQlTester tester = tester(env -> new InvalidArgumentException("first",
				"bad value " + ((java.util.Map<?, ?>) env.getSource()).get("id") + "\n2026-11-29 INFO forged\r\u0007"));
		int before = output.getOut().length();
		tester.document(QUERY).operationName("nested").execute().errors().satisfy(errors -> assertThat(errors).hasSize(137));
		assertThat(output.getOut().substring(before).lines().filter(line -> !line.isBlank())).singleElement()
			.satisfies(line -> {
				assertThat(line).contains("137 errors: BAD_REQUEST at jobs[0].requiredBy: first: bad value job-0 ",
						"bad value job-2 ", "; and 134 more").doesNotContain("job-3 ").hasSizeLessThan(1500);
				assertThat(line.chars().filter(Character::isISOControl)).isEmpty();
			});
	}

	@Test
	void anOperationNameCannotStartALogLine(CapturedOutput output) {
		WebGraphQlTester tester = tester(() -> new IllegalStateException("not reached"));
		int before = output.getOut().length();
		tester.document(QUERY).operationName("nested\nERROR forged").execute().errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty());
		assertThat(output.getOut().substring(before).lines().filter(line -> !line.isBlank())).singleElement()
			.satisfies(line -> assertThat(line).contains("operation nested ERROR forged"));
	}

	private static WebGraphQlTester tester(Supplier<RuntimeException> failure) {
		return tester(env -> failure.get());
	}

	/** 137 jobs, each of whose requiredBy fails with the exception made for it. */
	private static WebGraphQlTester tester(java.util.function.Function<graphql.schema.DataFetchingEnvironment, RuntimeException> failure) {
		DataFetcher<Object> jobs = env -> java.util.stream.IntStream.range(0, 137)
			.mapToObj(i -> java.util.Map.of("id", "job-" + i))
			.toList();
		DataFetcher<Object> requiredBy = env -> {
			throw failure.apply(env);
		};
		GraphQlSource source = GraphQlSource.schemaResourceBuilder()
			.schemaResources(new ByteArrayResource(SCHEMA.getBytes()))
			.configureRuntimeWiring(wiring -> wiring.type("Query", type -> type.dataFetcher("jobs", jobs))
				.type("Job", type -> type.dataFetcher("requiredBy", requiredBy)))
			.exceptionResolvers(List.of(new GraphQlErrors()))
			.build();
		WebGraphQlHandler handler = WebGraphQlHandler.builder(new DefaultExecutionGraphQlService(source))
			.interceptors(List.of(new RequestErrors(), new ValidationErrors()))
			.build();
		return WebGraphQlTester.builder(handler).build();
	}

}
