package org.competencygraph.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * The limits on a request while it runs: a time limit (queries and mutations each their own), a cap on the values
 * in the response (counted by {@link ResponseBudget}), and a bound on how many heavy requests run at once: those
 * with an analysis field (similarJobs, jobsMatching, skillGap, compareJobs) or an estimated cost of
 * {@code heavyCost} or more. {@link PreparedDocuments} admits each request once
 * its document passed the static limits; this interceptor puts the request's {@link RequestGuard} in place before
 * and, after, replaces a stopped request's response by the one error that says which limit stopped it, or cancels
 * the execution of a request whose client has gone. The permit and the timer are given back when graphql-java's
 * execution ends ({@link #executionEnd()}), which for a stopped or abandoned request is after the response:
 * the fields already running finish first, and until then they still count against the permits.
 */
final class RequestLimits implements WebGraphQlInterceptor {

	static final Duration STOP_GRACE = Duration.ofMillis(500);

	private final long heavyCost;

	private final Duration queryTimeout;

	private final Duration mutationTimeout;

	private final long maxResponseValues;

	private final int analysisPermits;

	private final Duration analysisWait;

	private final Semaphore analyses;

	RequestLimits(Duration queryTimeout, Duration mutationTimeout, long maxResponseValues, int analysisPermits,
			Duration analysisWait, long heavyCost) {
		this.heavyCost = heavyCost;
		this.queryTimeout = queryTimeout;
		this.mutationTimeout = mutationTimeout;
		this.maxResponseValues = maxResponseValues;
		this.analysisPermits = analysisPermits;
		this.analysisWait = analysisWait;
		this.analyses = new Semaphore(analysisPermits, true);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		RequestGuard guard = new RequestGuard(this.maxResponseValues);
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(RequestGuard.class, guard);
			return input;
		});
		Mono<WebGraphQlResponse> answered = chain.next(request).map(response -> {
			GraphQLError stoppedBy = guard.stoppedBy();
			// The partial data of a stopped request is dropped: it may be what the limit is there to avoid.
			return stoppedBy == null ? response
					: response.transform(builder -> builder.data(null).errors(List.of(stoppedBy)));
		});
		// Cancelling stops new fields, but fields already running (a database query) finish first: a stopped
		// request is answered after STOP_GRACE at the latest, without waiting for them.
		Mono<WebGraphQlResponse> stopped = guard.stopped()
			.delayElement(STOP_GRACE)
			.map(error -> new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
					ExecutionResult.newExecutionResult().addError(error).build())));
		return Mono.firstWithSignal(answered, stopped).doFinally(signal -> {
			if (signal == SignalType.CANCEL) {
				guard.abandoned();
			}
		});
	}

	/**
	 * The hook on the end of graphql-java's execution of a request (whatever ended it), where its guard gives back
	 * its timer and permit. Only {@code beginExecution}: nothing is added per field.
	 */
	Instrumentation executionEnd() {
		return new SimplePerformantInstrumentation() {
			@Override
			public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
					InstrumentationExecutionParameters parameters, InstrumentationState state) {
				RequestGuard guard = RequestGuard.find(parameters.getGraphQLContext());
				return guard == null ? null : SimpleInstrumentationContext.whenCompleted((result, ex) -> guard.finished());
			}
		};
	}

	/**
	 * Starts the limits of a request whose document passed the static ones: its time limit, and for a heavy
	 * query a permit (waiting {@code analysisWait} at most). Mutations take none: only the admin sends them. A
	 * request that did not come through this interceptor (no guard: executed in process, not over the web) is not
	 * limited here: there would be nothing to give its permit back.
	 * @return the error refusing the request when no permit came free, or null
	 */
	@Nullable GraphQLError admit(ExecutionInput input, QueryCosts.Estimate estimate) {
		RequestGuard guard = RequestGuard.find(input.getGraphQLContext());
		if (guard == null) {
			return null;
		}
		Semaphore permit = null;
		if ((estimate.analysis() || estimate.cost() >= this.heavyCost) && !estimate.mutation()) {
			try {
				if (!this.analyses.tryAcquire(this.analysisWait.toMillis(), TimeUnit.MILLISECONDS)) {
					return GraphqlErrorBuilder.newError()
						.errorType(Refusal.BUSY)
						.message("busy: %d heavy requests (similarJobs, jobsMatching, skillGap, compareJobs, or an estimated cost of %,d and more) are running, the most at once; retry in a moment"
							.formatted(this.analysisPermits, this.heavyCost))
						.build();
				}
				permit = this.analyses;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return GraphqlErrorBuilder.newError().errorType(Refusal.BUSY).message("busy: interrupted").build();
			}
		}
		Duration timeout = estimate.mutation() ? this.mutationTimeout : this.queryTimeout;
		String message = "%s took longer than its time limit of %s and was stopped; ask for less, or split it"
			.formatted(estimate.mutation() ? "mutation" : "query", describe(timeout));
		Disposable timer = Schedulers.parallel()
			.schedule(() -> guard.stop(Refusal.TIMEOUT, message), timeout.toMillis(), TimeUnit.MILLISECONDS);
		guard.started(input, timer, permit);
		return null;
	}

	/** Analysis permits free now. */
	int freeAnalysisPermits() {
		return this.analyses.availablePermits();
	}

	private static String describe(Duration duration) {
		return duration.toMillis() % 1000 != 0 ? duration.toMillis() + " ms"
				: duration.toSeconds() % 60 != 0 ? duration.toSeconds() + " s" : duration.toMinutes() + " min";
	}

}
