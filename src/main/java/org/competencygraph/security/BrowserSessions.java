package org.competencygraph.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.competencygraph.api.ErrorBodies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Sign-in for the web explorer: {@code POST /login} with a form-encoded user name and password creates a session
 * (a cookie that is HttpOnly, SameSite=Strict, and Secure when the request came over HTTPS), answered with the
 * caller's name and roles as JSON; {@code POST /logout} invalidates it. Requests that carry the session cookie,
 * and the sign-in and sign-out themselves, must send the CSRF token: Spring Security's pattern for single-page
 * applications, the token in the {@code XSRF-TOKEN} cookie that the page's own scripts copy into the
 * {@code X-XSRF-TOKEN} header, which another site cannot read. API clients that send HTTP Basic or a bearer token
 * on each request, or nothing, get no session and need no token. The password never reaches the browser's
 * storage: the page sends it once, and the session cookie is out of the scripts' reach.
 */
@Component
class BrowserSessions {

	static final String LOGIN = "/login";

	static final String LOGOUT = "/logout";

	/** The servlet container's session cookie (server.servlet.session.cookie.name, left at its default). */
	static final String SESSION_COOKIE = "JSESSIONID";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final RequestMatcher SIGN_IN_OR_OUT = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGOUT));

	private final ErrorBodies errors;

	private final JsonMapper json;

	BrowserSessions(ErrorBodies errors, JsonMapper json) {
		this.errors = errors;
		this.json = json;
	}

	void configure(HttpSecurity http) {
		CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
		http.formLogin(form -> form
			// A page of our own (the explorer's sign-in form), so Spring Security generates none.
			.loginPage("/")
			.loginProcessingUrl(LOGIN)
			.successHandler((request, response, authentication) -> signedIn(response, authentication))
			.failureHandler(this::refused))
			// The cookie goes too: a browser still sending an ended session's id would need CSRF tokens for nothing.
			.logout(logout -> logout.logoutUrl(LOGOUT)
				.deleteCookies(SESSION_COOKIE)
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			// spa(): the token in a cookie the page's scripts read, checked against the X-XSRF-TOKEN header.
			.csrf(csrf -> csrf.spa().csrfTokenRepository(tokens).requireCsrfProtectionMatcher(BrowserSessions::needsToken))
			// Sessions only from a sign-in: Basic and bearer tokens authenticate each request on its own (the default
			// policy; setting it explicitly would store their callers in sessions too), and a refused request is not
			// saved in a session to be replayed after a sign-in.
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(this::denied));
	}

	/** A refused request, in the GraphQL error format: a missing CSRF token says how to send it. */
	private void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		String message = ex instanceof CsrfException
				? "Missing or wrong CSRF token: a request with the session cookie must send the XSRF-TOKEN cookie's "
						+ "value in the X-XSRF-TOKEN header"
				: "Forbidden: your roles do not allow this";
		this.errors.write(request, response, HttpStatus.FORBIDDEN, ErrorType.FORBIDDEN, message);
	}

	/**
	 * A write that a browser could be tricked into sending with its cookies: any unsafe request carrying a session
	 * cookie, and the sign-in and sign-out (a forged sign-in would sign the victim in as the attacker). Requests
	 * without a session cookie are anonymous or carry their own credentials, which a forged request cannot add.
	 */
	static boolean needsToken(HttpServletRequest request) {
		if (SAFE_METHODS.contains(request.getMethod())) {
			return false;
		}
		return request.getRequestedSessionId() != null || SIGN_IN_OR_OUT.matches(request);
	}

	private void signedIn(HttpServletResponse response, Authentication authentication) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", authentication.getName());
		body.put("roles", roles(authentication));
		response.setStatus(HttpStatus.OK.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(this.json.writeValueAsBytes(body));
	}

	/** The same answer for a wrong user name and a wrong password; no Basic challenge, so no browser dialog. */
	private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		this.errors.write(request, response, HttpStatus.UNAUTHORIZED, ErrorType.UNAUTHORIZED,
				"Sign-in failed: wrong user name or password");
	}

	/** The caller's roles without the {@code ROLE_} prefix, as the schema's {@code Role} names them. */
	static List<String> roles(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith("ROLE_"))
			.map(authority -> authority.substring(5))
			.sorted()
			.toList();
	}

}
