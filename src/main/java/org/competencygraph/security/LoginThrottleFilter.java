package org.competencygraph.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.competencygraph.api.ErrorBodies;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a sign-in attempt (HTTP Basic, or the explorer's sign-in form) from a locked-out client or for a
 * locked-out user name with 429 and {@code Retry-After}, before the password is checked, so that guessing goes no
 * faster than {@link LoginAttempts} allows. Requests without credentials (reads) and bearer tokens, which cannot be
 * guessed, pass untouched.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginAttempts attempts;

	private final ErrorBodies errors;

	/** The explorer's sign-in form ({@link BrowserSessions}), throttled as HTTP Basic is. */
	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, BrowserSessions.LOGIN);

	private final BasicAuthenticationConverter credentials = new BasicAuthenticationConverter();

	LoginThrottleFilter(LoginAttempts attempts, ErrorBodies errors) {
		this.attempts = attempts;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
		boolean form = SIGN_IN.matches(request);
		if (!basic && !form) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Duration> wait = this.attempts.lockedOut(request.getRemoteAddr(),
				form ? request.getParameter("username") : username(request));
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		this.errors.write(request, response, HttpStatus.TOO_MANY_REQUESTS, ErrorBodies.Classification.TOO_MANY_REQUESTS,
				"Too many failed sign-ins: try again in " + seconds + " seconds.");
	}

	private @Nullable String username(HttpServletRequest request) {
		try {
			UsernamePasswordAuthenticationToken token = this.credentials.convert(request);
			return token == null ? null : token.getName();
		}
		catch (AuthenticationException ex) {
			// Malformed credentials: the address alone decides; Spring Security answers them with 401.
			return null;
		}
	}

}
