package org.competencygraph.security;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SecurityDataFetcherExceptionResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Answers a write that method security refused ({@code @PreAuthorize} on a mutation) with FORBIDDEN and a message
 * that says what to do, and logs why. Spring GraphQL's own resolver, which this one replaces, would answer an
 * anonymous caller with a bare "Unauthorized", and could not tell that writes are disabled on this server.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
// Also here, not only on SecurityConfiguration: GraphQL test slices pick up every exception resolver.
@EnableConfigurationProperties(AdminProperties.class)
class WriteRefusals extends SecurityDataFetcherExceptionResolver {

	private static final Logger logger = LoggerFactory.getLogger(WriteRefusals.class);

	private final AdminProperties admin;

	WriteRefusals(AdminProperties admin) {
		this.admin = admin;
		// The caller is read from the security context of the request, also on the thread that resolves.
		setThreadLocalContextAware(true);
	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (!(ex instanceof AccessDeniedException) && !(ex instanceof AuthenticationException)) {
			return null;
		}
		String operation = env.getField().getName();
		String message;
		if (!this.admin.configured()) {
			logger.warn("Refused {}: writes are disabled because no admin credential is configured "
					+ "(set COMPETENCY_GRAPH_ADMIN_PASSWORD)", operation);
			message = "Writes are disabled on this server: no admin credential is configured.";
		}
		else {
			logger.warn("Refused {} for {}: the admin credential is required", operation, caller());
			message = operation + " needs the admin credential (HTTP Basic).";
		}
		return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message(message).build();
	}

	private static String caller() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller == null || caller instanceof AnonymousAuthenticationToken ? "an anonymous caller"
				: caller.getName();
	}

}
