package org.competencygraph.security;

import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.competencygraph.api.LogText;
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
@EnableConfigurationProperties({ AdminProperties.class, LocalUserProperties.class })
class WriteRefusals extends SecurityDataFetcherExceptionResolver {

	private static final Logger logger = LoggerFactory.getLogger(WriteRefusals.class);

	private final AdminProperties admin;

	private final LocalUserProperties users;

	WriteRefusals(AdminProperties admin, LocalUserProperties users) {
		this.admin = admin;
		this.users = users;
		// The caller is read from the security context of the request, also on the thread that resolves.
		setThreadLocalContextAware(true);
	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (!(ex instanceof AccessDeniedException) && !(ex instanceof AuthenticationException)) {
			return null;
		}
		String operation = env.getField().getName();
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = caller == null || caller instanceof AnonymousAuthenticationToken;
		String message;
		if (anonymous && !this.admin.configured() && this.users.all().isEmpty()) {
			logger.warn("Refused {}: writes are disabled because no admin credential is configured "
					+ "(set COMPETENCY_GRAPH_ADMIN_PASSWORD)", operation);
			message = "Writes are disabled on this server: no admin credential is configured.";
		}
		else if (anonymous) {
			logger.warn("Refused {} for an anonymous caller: a signed-in user with a role that allows it is required",
					operation);
			message = operation
					+ " needs a signed-in user whose role allows it (HTTP Basic, a session or a bearer token).";
		}
		else {
			List<String> roles = BrowserSessions.roles(caller);
			logger.warn("Refused {} for {}: their roles {} do not allow it", operation,
					LogText.printable(caller.getName(), 100), roles);
			message = operation + " is not allowed for your roles ("
					+ (roles.isEmpty() ? "none" : String.join(", ", roles)) + ").";
		}
		return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message(message).build();
	}

}
