package org.competencygraph.api;

import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Maps every exception of a field to a GraphQL error: the application's expected failures to a type and a message
 * for the caller, an overloaded server to one UNAVAILABLE message, anything else to INTERNAL_ERROR without
 * details. Nothing is logged here, once per field: {@link RequestErrors} logs each request once, and gets the
 * causes from the {@link RequestErrors.Causes} of the request. Security exceptions (a write refused by method
 * security) are left to the security package's resolver, which knows why writes are refused.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger logger = LoggerFactory.getLogger(GraphQlErrors.class);

	static final String BUSY = "The server is busy, try again in a moment";

	/** How a failure is reported; {@code expected} failures are logged without a stack trace. */
	record Failure(ErrorClassification type, @Nullable String message, @Nullable String argument,
			boolean expected) {

		static Failure of(ErrorClassification type, @Nullable String message, @Nullable String argument) {
			return new Failure(type, message, argument, true);
		}

	}

	/** The one place that says which exception is which failure: add new exception types here. */
	static Failure classify(Throwable ex) {
		return classify(ex, 0);
	}

	private static Failure classify(Throwable ex, int depth) {
		return switch (ex) {
			case InvalidArgumentException invalid -> Failure.of(ErrorType.BAD_REQUEST, invalid.getMessage(),
					invalid.argument());
			case NotFoundException notFound -> Failure.of(ErrorType.NOT_FOUND, notFound.getMessage(),
					notFound.argument());
			case PermissionDeniedException denied -> Failure.of(denied.signedIn() ? ErrorType.FORBIDDEN
					: ErrorType.UNAUTHORIZED, denied.getMessage(), null);
			// A request limit stopped the request (RequestLimits): its response has the one error saying which.
			case AbortExecutionException stopped -> Failure.of(ErrorType.BAD_REQUEST, "stopped by a request limit",
					null);
			// Overload: no connection free in the driver's pool, the database or a timeout gave up, a task refused.
			case TransientDataAccessException busy -> busy();
			case DataAccessResourceFailureException busy -> busy();
			case ServiceUnavailableException busy -> busy();
			case SessionExpiredException busy -> busy();
			case TransientException busy -> busy();
			case TimeoutException busy -> busy();
			case RejectedExecutionException busy -> busy();
			// A wrapper (CompletionException, a Spring exception) is what it wraps.
			default -> (ex.getCause() != null && depth < 10) ? classify(ex.getCause(), depth + 1)
					: new Failure(ErrorType.INTERNAL_ERROR, null, null, false);
		};
	}

	private static Failure busy() {
		return Failure.of(Refusal.UNAVAILABLE, BUSY, null);
	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof AuthenticationException || ex instanceof AccessDeniedException) {
			return null;
		}
		Failure failure = classify(ex);
		RequestErrors.Causes causes = env.getGraphQlContext().get(RequestErrors.Causes.class);
		if (causes != null) {
			causes.add(failure.type(), ex);
		}
		else if (!failure.expected()) {
			// Executed without the web interceptors (no request to log once): logged here.
			logger.error("Unexpected failure of {} at {}", env.getField().getName(), env.getExecutionStepInfo().getPath(), ex);
		}
		// The same message as Spring GraphQL's own, with the request id the log line carries.
		String message = failure.expected() ? failure.message() : ErrorType.INTERNAL_ERROR + " for " + env.getExecutionId();
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError(env).errorType(failure.type()).message(message);
		if (failure.argument() != null) {
			builder.extensions(Map.of("argument", failure.argument()));
		}
		return builder.build();
	}

}
