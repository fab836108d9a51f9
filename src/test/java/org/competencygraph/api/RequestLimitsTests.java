package org.competencygraph.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.SchemaTraverser;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits that hold while a request runs (response cap, time limit, analysis permits), on a small schema with
 * graphql-java wired as the application wires it: {@link PreparedDocuments} admitting through {@link RequestLimits},
 * list fields counted by {@link ResponseBudget}.
 */
class RequestLimitsTests {

	final AtomicInteger namesFetched = new AtomicInteger();

	RequestLimits limits = new RequestLimits(Duration.ofSeconds(30), Duration.ofSeconds(30), 1_000, 1,
			Duration.ofMillis(50), 10_000);

	@AfterEach
	void stop() {
		this.limits.destroy();
	}

	GraphQL graphQl(long maxCost) {
		DataFetcher<String> name = env -> {
			this.namesFetched.incrementAndGet();
			if (env.getArgument("slow") instanceof Boolean slow && slow) {
				Thread.sleep(20);
			}
			return "n";
		};
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
				type Query { items(first: Int = 5): [Item!]! similarJobs: Int }
				type Mutation { change: Int }
				type Item { name(slow: Boolean = false): String children(first: Int = 3): [Item!]! }
				"""), RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("items", env -> items(env.getArgument("first")))
				.dataFetcher("similarJobs", env -> 1))
			.type("Item", type -> type.dataFetcher("name", name)
				.dataFetcher("children", env -> items(env.getArgument("first"))))
			.build());
		GraphQLCodeRegistry.Builder registry = GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry());
		new SchemaTraverser().depthFirstFullSchema(List.of(new ResponseBudget(1_000)), schema,
				java.util.Map.of(GraphQLCodeRegistry.Builder.class, registry));
		GraphQLSchema counted = schema.transformWithoutTypes(builder -> builder.codeRegistry(registry.build()));
		PreparedDocuments documents = new PreparedDocuments(10, 12, 500, maxCost, this.limits, () -> counted);
		return GraphQL.newGraphQL(counted).preparsedDocumentProvider(documents).build();
	}

	static List<Integer> items(Integer first) {
		return IntStream.range(0, first).boxed().toList();
	}

	/** Runs a request and, as the interceptor does, ends its guard and reports the limit that stopped it. */
	static Outcome run(GraphQL graphQl, String query) {
		ExecutionInput input = ExecutionInput.newExecutionInput(query).build();
		long start = System.nanoTime();
		ExecutionResult result = graphQl.execute(input);
		RequestGuard guard = RequestGuard.find(input.getGraphQLContext());
		if (guard != null) {
			guard.finished();
		}
		return new Outcome(result, guard == null ? null : guard.stoppedBy(),
				Duration.ofNanos(System.nanoTime() - start));
	}

	record Outcome(ExecutionResult result, GraphQLError stoppedBy, Duration took) {
	}

	@Test
	void aQueryOverTheCostLimitIsRefusedBeforeAnythingRuns() {
		ExecutionResult result = run(graphQl(1_000), "{ items(first: 100) { children(first: 100) { name } } }")
			.result();
		assertThat(result.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(Refusal.QUERY_TOO_COSTLY);
			assertThat(error.getMessage()).isEqualTo(
					"query cost 10,101 exceeds the limit of 1,000; ask for fewer items with first, or split the query");
		});
		assertThat(this.namesFetched).hasValue(0);
	}

	@Test
	void theResponseCapStopsARequestWhoseEstimateWasWrong() {
		// Within the cost limit (none here), 50 x 50 entries: 2,550 values against a cap of 1,000.
		Outcome outcome = run(graphQl(Long.MAX_VALUE), "{ items(first: 50) { children(first: 50) { name } } }");
		assertThat(outcome.stoppedBy()).isNotNull().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(Refusal.RESPONSE_TOO_LARGE);
			assertThat(error.getMessage()).startsWith("response too large: more than 1,000 values");
		});
		assertThat(outcome.result().getErrors()).isNotEmpty();
		// Stopped soon after the cap: of 2,500 names, at most the ones of the children lists within the cap.
		assertThat(this.namesFetched.get()).isLessThan(1_000);
	}

	@Test
	void aResponseWithinTheCapIsAnswered() {
		Outcome outcome = run(graphQl(Long.MAX_VALUE), "{ items(first: 30) { children(first: 30) { name } } }");
		assertThat(outcome.stoppedBy()).isNull();
		assertThat(outcome.result().getErrors()).isEmpty();
		assertThat(this.namesFetched).hasValue(900);
	}

	@Test
	void theTimeLimitStopsTheWork() {
		this.limits.destroy();
		this.limits = new RequestLimits(Duration.ofMillis(300), Duration.ofSeconds(30), 1_000, 1, Duration.ofMillis(50), 10_000);
		// 100 names of 20 ms each: 2 s of work against a limit of 300 ms.
		Outcome outcome = run(graphQl(Long.MAX_VALUE), "{ items(first: 100) { name(slow: true) } }");
		assertThat(outcome.stoppedBy()).isNotNull().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(Refusal.TIMEOUT);
			assertThat(error.getMessage()).isEqualTo(
					"query took longer than its time limit of 300 ms and was stopped; ask for less, or split it");
		});
		assertThat(outcome.took()).isLessThan(Duration.ofSeconds(1));
		assertThat(this.namesFetched.get()).isLessThan(30);
		assertThat(outcome.result().getErrors()).isNotEmpty();
	}

	@Test
	void analysesBeyondThePermitsAreRefusedAsBusyUntilOneEnds() {
		GraphQL graphQl = graphQl(Long.MAX_VALUE);
		ExecutionInput holding = ExecutionInput.newExecutionInput("{ similarJobs }").build();
		QueryCosts.Estimate analysis = new QueryCosts.Estimate(1, false, true);
		assertThat(this.limits.admit(holding, analysis)).isNull();
		assertThat(this.limits.freeAnalysisPermits()).isZero();
		ExecutionResult refused = run(graphQl, "{ similarJobs }").result();
		assertThat(refused.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(Refusal.BUSY);
			assertThat(error.getMessage()).startsWith("busy: 1 heavy requests").endsWith("retry in a moment");
		});
		assertThat(run(graphQl, "{ items { name } }").result().getErrors()).as("not heavy").isEmpty();
		assertThat(run(graphQl, "{ items(first: 10000) { name } }").result().getErrors()).as("heavy by its cost")
			.singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(Refusal.BUSY));
		RequestGuard.find(holding.getGraphQLContext()).finished();
		assertThat(run(graphQl, "{ similarJobs }").result().getErrors()).isEmpty();
		assertThat(this.limits.freeAnalysisPermits()).isOne();
	}

}
