package org.competencygraph.api;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Maps the application's expected failures to GraphQL error types with a message for the caller. Anything else
 * is left to Spring GraphQL, which answers INTERNAL_ERROR without details; the cause is logged here.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger logger = LoggerFactory.getLogger(GraphQlErrors.class);

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidArgumentException invalid) {
			return error(env, ErrorType.BAD_REQUEST, invalid.getMessage(), invalid.argument());
		}
		if (ex instanceof NotFoundException notFound) {
			return error(env, ErrorType.NOT_FOUND, notFound.getMessage(), notFound.argument());
		}
		if (ex instanceof WritesRefusedException refused) {
			return error(env, ErrorType.FORBIDDEN, refused.getMessage(), null);
		}
		if (ex instanceof graphql.execution.AbortExecutionException) {
			// A request limit stopped the request (RequestLimits): its response has the one error saying which.
			return error(env, ErrorType.BAD_REQUEST, "stopped by a request limit", null);
		}
		if (!(ex instanceof org.springframework.security.core.AuthenticationException)
				&& !(ex instanceof org.springframework.security.access.AccessDeniedException)) {
			logger.error("Unexpected failure of {} at {}", env.getField().getName(), env.getExecutionStepInfo().getPath(), ex);
		}
		return null;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, @Nullable String message,
			@Nullable String argument) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError(env).errorType(type).message(message);
		if (argument != null) {
			builder.extensions(Map.of("argument", argument));
		}
		return builder.build();
	}

}
