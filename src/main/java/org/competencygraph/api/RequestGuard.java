package org.competencygraph.api;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The limits of one request while it runs, kept in its {@link GraphQLContext}: the values produced so far, the
 * timer of its time limit, the analysis permit it holds, and the limit that stopped it, if any. A limit stops
 * the request by cancelling its execution ({@link ExecutionInput#cancel()}): graphql-java then fetches no further
 * field and the response carries only the error saying which limit it was. Made by {@link RequestLimits} for each
 * request that comes through it, and only there; its timer and permit are given back when graphql-java's execution
 * of the request has ended ({@link RequestLimits#executionEnd()}), not when the response was sent: a stopped or
 * abandoned request goes on until the fields already running have finished.
 */
final class RequestGuard {

	private final long maxValues;

	private final AtomicLong values = new AtomicLong();

	private volatile @Nullable ExecutionInput input;

	private volatile @Nullable GraphQLError stoppedBy;

	private final Sinks.One<GraphQLError> stopped = Sinks.one();

	private volatile @Nullable Disposable timer;

	private volatile boolean abandoned;

	private final AtomicReference<@Nullable Semaphore> permit = new AtomicReference<>();

	RequestGuard(long maxValues) {
		this.maxValues = maxValues;
	}

	/** The guard of the request this context belongs to; null for one that did not come through the interceptor. */
	static @Nullable RequestGuard find(GraphQLContext context) {
		return context.get(RequestGuard.class);
	}

	void started(ExecutionInput input, @Nullable Disposable timer, @Nullable Semaphore permit) {
		this.input = input;
		this.timer = timer;
		this.permit.set(permit);
		if (this.abandoned) {
			// The client left between the interceptor and the start of execution.
			input.cancel();
		}
	}

	/**
	 * The client is gone (its connection closed, its subscription cancelled): the execution is cancelled, without an
	 * error, since nobody reads it.
	 */
	void abandoned() {
		this.abandoned = true;
		ExecutionInput input = this.input;
		if (input != null) {
			input.cancel();
		}
	}

	/**
	 * Counts values about to go into the response.
	 * @throws AbortExecutionException past the cap, after stopping the request
	 */
	void produced(long count) {
		if (this.values.addAndGet(count) > this.maxValues) {
			String message = "response too large: more than %,d values; ask for fewer items with first, or split the query"
				.formatted(this.maxValues);
			stop(Refusal.RESPONSE_TOO_LARGE, message);
			throw new AbortExecutionException(message);
		}
	}

	long values() {
		return this.values.get();
	}

	/** Stops the request with an error of this classification, unless another limit stopped it first. */
	void stop(Refusal refusal, String message) {
		if (this.stoppedBy == null) {
			GraphQLError error = GraphqlErrorBuilder.newError().errorType(refusal).message(message).build();
			this.stoppedBy = error;
			this.stopped.tryEmitValue(error);
		}
		ExecutionInput input = this.input;
		if (input != null) {
			input.cancel();
		}
	}

	/** The error of the limit that stopped the request, or null when none did. */
	@Nullable GraphQLError stoppedBy() {
		return this.stoppedBy;
	}

	/** Emits the error of the limit that stops the request, when one does; never completes otherwise. */
	Mono<GraphQLError> stopped() {
		return this.stopped.asMono();
	}

	/** Whether the request still holds a permit (its execution has not ended). */
	boolean holdsPermit() {
		return this.permit.get() != null;
	}

	/** Cancels the timer and gives the permit back; called once graphql-java's execution has ended. */
	void finished() {
		Disposable timer = this.timer;
		if (timer != null) {
			timer.dispose();
			this.timer = null;
		}
		Semaphore permit = this.permit.getAndSet(null);
		if (permit != null) {
			permit.release();
		}
	}

}
