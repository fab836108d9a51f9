package org.competencygraph.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.competencygraph.api.ErrorBodies;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a failed or missing HTTP Basic sign-in with 401, {@code WWW-Authenticate: Basic} (so that clients know to
 * send credentials) and one error in the GraphQL error format, where Spring Security's entry point sends no body.
 * The reason is the same whether the user name or the password was wrong.
 */
class SignInRequired implements AuthenticationEntryPoint {

	private final ErrorBodies errors;

	SignInRequired(ErrorBodies errors) {
		this.errors = errors;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Competency Graph\"");
		String message = request.getHeader(HttpHeaders.AUTHORIZATION) == null
				? "Sign in (HTTP Basic) with a user whose role allows this" : "Sign-in failed: wrong user name or password";
		this.errors.write(request, response, HttpStatus.UNAUTHORIZED, ErrorType.UNAUTHORIZED, message);
	}

}
