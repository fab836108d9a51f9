package org.competencygraph.api;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits that hold while a request runs (response cap, time limit, analysis permits), on a small schema with
 * graphql-java wired as the application wires it: {@link PreparedDocuments} admitting through {@link RequestLimits},
 * list fields counted by {@link ResponseBudget}.
 */
class RequestLimitsTests {

	final AtomicInteger namesFetched = new AtomicInteger();

	final CountDownLatch release = new CountDownLatch(1);

	final CountDownLatch blocking = new CountDownLatch(1);

	RequestLimits limits = new RequestLimits(Duration.ofSeconds(30), Duration.ofSeconds(30), 1_000, 1,
			Duration.ofMillis(50), 10_000);

	@AfterEach
	void releaseBlocked() {
		this.release.countDown();
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
				type Query { items(first: Int = 5): [Item!]! similarJobs(block: Boolean = false): Int }
				type Mutation { change: Int }
				type Item { name(slow: Boolean = false): String children(first: Int = 3): [Item!]! }
				"""), RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("items", env -> items(env.getArgument("first")))
				.dataFetcher("similarJobs", env -> {
					if (env.getArgument("block") instanceof Boolean block && block) {
						// A field that goes on after its request was stopped, as a running database query does.
						this.blocking.countDown();
						// Not interrupted by a cancelled subscription either, as a database query is not.
						boolean released = false;
						while (!released) {
							try {
								released = this.release.await(10, TimeUnit.SECONDS);
							}
							catch (InterruptedException ex) {
								// keeps waiting
							}
						}
					}
					return 1;
				}))
			.type("Item", type -> type.dataFetcher("name", name)
				.dataFetcher("children", env -> items(env.getArgument("first"))))
			.build());
		GraphQLCodeRegistry.Builder registry = GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry());
		new SchemaTraverser().depthFirstFullSchema(List.of(new ResponseBudget()), schema,
				Map.of(GraphQLCodeRegistry.Builder.class, registry));
		GraphQLSchema counted = schema.transformWithoutTypes(builder -> builder.codeRegistry(registry.build()));
		PreparedDocuments documents = new PreparedDocuments(10, 12, 500, maxCost, this.limits, () -> counted);
		return GraphQL.newGraphQL(counted)
			.preparsedDocumentProvider(documents)
			.instrumentation(this.limits.executionEnd())
			.build();
	}

	static List<Integer> items(Integer first) {
		return IntStream.range(0, first).boxed().toList();
	}

	/** Runs a request with a guard, as the interceptor does, and reports the limit that stopped it. */
	static Outcome run(GraphQL graphQl, String query) {
		return run(graphQl, query, null);
	}

	static Outcome run(GraphQL graphQl, String query, @Nullable String operationName) {
		RequestGuard guard = new RequestGuard(1_000);
		ExecutionInput input = ExecutionInput.newExecutionInput(query)
			.operationName(operationName)
			.graphQLContext(Map.of(RequestGuard.class, guard))
			.build();
		long start = System.nanoTime();
		ExecutionResult result = graphQl.execute(input);
		return new Outcome(result, guard.stoppedBy(), Duration.ofNanos(System.nanoTime() - start));
	}

	/** A request through the interceptor, to a chain that executes it on another thread, as Spring GraphQL does. */
	Mono<WebGraphQlResponse> intercepted(GraphQL graphQl, String query) {
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), null, Map.of(), Map.of("query", query), "1", Locale.ROOT);
		return this.limits.intercept(request, r -> Mono.fromCallable(() -> {
			ExecutionInput input = r.toExecutionInput();
			return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, graphQl.execute(input)));
		}).subscribeOn(Schedulers.boundedElastic()));
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
		ExecutionInput holding = ExecutionInput.newExecutionInput("{ similarJobs }")
			.graphQLContext(Map.of(RequestGuard.class, new RequestGuard(1_000)))
			.build();
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

	@Test
	void aRequestWithoutAGuardTakesNoPermit() {
		ExecutionInput bypassing = ExecutionInput.newExecutionInput("{ similarJobs }").build();
		assertThat(this.limits.admit(bypassing, new QueryCosts.Estimate(1, false, true))).isNull();
		assertThat(this.limits.freeAnalysisPermits()).isOne();
	}

	@Test
	void anUnknownOperationNameDoesNotLetTheSameDocumentSkipTheLimitsAfterwards() {
		GraphQL graphQl = graphQl(1_000);
		String heavy = "query Heavy { items(first: 100) { children(first: 100) { name } } }";
		assertThat(run(graphQl, heavy, "nope").result().getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("nope"));
		assertThat(run(graphQl, heavy).result().getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(Refusal.QUERY_TOO_COSTLY));
		assertThat(this.namesFetched).hasValue(0);
	}

	@Test
	void eachOperationOfADocumentIsCheckedAndAdmittedForItself() {
		GraphQL graphQl = graphQl(1_000);
		String document = "query A { items(first: 1) { name } } query B { items(first: 100) { children(first: 100) { name } } }";
		assertThat(run(graphQl, document, "A").result().getErrors()).isEmpty();
		assertThat(run(graphQl, document, "B").result().getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(Refusal.QUERY_TOO_COSTLY));
		// Admitted as the operation executed: B is an analysis, and takes the one permit, which is taken.
		String analysis = "query A { items(first: 1) { name } } query B { similarJobs }";
		ExecutionInput holding = ExecutionInput.newExecutionInput("{ similarJobs }")
			.graphQLContext(Map.of(RequestGuard.class, new RequestGuard(1_000)))
			.build();
		assertThat(this.limits.admit(holding, new QueryCosts.Estimate(1, false, true))).isNull();
		assertThat(run(graphQl, analysis, "A").result().getErrors()).isEmpty();
		assertThat(run(graphQl, analysis, "B").result().getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(Refusal.BUSY));
		RequestGuard.find(holding.getGraphQLContext()).finished();
	}

	@Test
	void theLimitsOfADocumentWithVariablesAreCheckedWithEachRequestsVariables() {
		GraphQL graphQl = graphQl(1_000);
		String query = "query($n: Int) { items(first: $n) { children(first: $n) { name } } }";
		ExecutionInput small = ExecutionInput.newExecutionInput(query).variables(Map.of("n", 3)).build();
		assertThat(graphQl.execute(small).getErrors()).isEmpty();
		ExecutionInput large = ExecutionInput.newExecutionInput(query).variables(Map.of("n", 100)).build();
		assertThat(graphQl.execute(large).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(Refusal.QUERY_TOO_COSTLY));
	}

	@Test
	void aStoppedRequestHoldsItsPermitUntilItsExecutionHasReallyEnded() throws Exception {
		this.limits = new RequestLimits(Duration.ofMillis(300), Duration.ofSeconds(30), 1_000, 1, Duration.ofMillis(50), 10_000);
		GraphQL graphQl = graphQl(Long.MAX_VALUE);
		WebGraphQlResponse response = intercepted(graphQl, "{ similarJobs(block: true) }").block(Duration.ofSeconds(5));
		assertThat(response.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(Refusal.TIMEOUT));
		// Answered, but its field still runs: the permit is still taken, and the next analysis is busy.
		assertThat(this.limits.freeAnalysisPermits()).isZero();
		assertThat(run(graphQl, "{ similarJobs }").result().getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(Refusal.BUSY));
		this.release.countDown();
		awaitFreePermit();
		assertThat(run(graphQl, "{ similarJobs }").result().getErrors()).isEmpty();
	}

	@Test
	void aClientThatGoesAwayStopsTheExecution() throws Exception {
		GraphQL graphQl = graphQl(Long.MAX_VALUE);
		// 100 names of 20 ms each: 2 s of work, with no time limit near.
		Disposable client = intercepted(graphQl, "{ items(first: 100) { name(slow: true) } }").subscribe();
		Thread.sleep(200);
		client.dispose();
		Thread.sleep(300);
		int fetched = this.namesFetched.get();
		Thread.sleep(300);
		assertThat(this.namesFetched.get()).as("no field fetched after the client left").isEqualTo(fetched)
			.isLessThan(40);
	}

	@Test
	void anAbandonedHeavyRequestGivesItsPermitBackWhenItsExecutionEnds() throws Exception {
		GraphQL graphQl = graphQl(Long.MAX_VALUE);
		Disposable client = intercepted(graphQl, "{ similarJobs(block: true) }").subscribe();
		assertThat(this.blocking.await(5, TimeUnit.SECONDS)).isTrue();
		client.dispose();
		assertThat(this.limits.freeAnalysisPermits()).as("its field still runs").isZero();
		this.release.countDown();
		awaitFreePermit();
	}

	void awaitFreePermit() throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (this.limits.freeAnalysisPermits() == 0 && System.nanoTime() < until) {
			Thread.sleep(10);
		}
		assertThat(this.limits.freeAnalysisPermits()).isOne();
	}

	@Test
	void fieldsInFragmentsAndAliasesCountOneByOneAgainstTheCap() {
		// 30 entries of 40 aliased names through a fragment: 1,200 values against a cap of 1,000 (and 30 if the
		// fragment counted one).
		StringBuilder aliases = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			aliases.append(" n").append(i).append(": name");
		}
		String viaFragment = "{ items(first: 30) { ...F } } fragment F on Item {" + aliases + " }";
		Outcome outcome = run(graphQl(Long.MAX_VALUE), viaFragment);
		assertThat(outcome.stoppedBy()).isNotNull()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(Refusal.RESPONSE_TOO_LARGE));
		String viaInlineFragment = "{ items(first: 30) { ... on Item {" + aliases + " } } }";
		assertThat(run(graphQl(Long.MAX_VALUE), viaInlineFragment).stoppedBy()).isNotNull();
		assertThat(run(graphQl(Long.MAX_VALUE), "{ items(first: 20) { ...F } } fragment F on Item {" + aliases + " }")
			.stoppedBy()).as("800 values").isNull();
	}

}
