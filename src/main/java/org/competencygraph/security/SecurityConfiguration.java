package org.competencygraph.security;

import org.competencygraph.api.ErrorBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * HTTP security: everyone may read (GraphQL queries, GraphiQL, health); users sign in with HTTP Basic, with the
 * explorer's sign-in form ({@link BrowserSessions}) or with an OpenID Connect provider's tokens when one is
 * configured ({@link BearerTokens}), and repeated failed sign-ins lock the client out for a while
 * ({@link LoginAttempts}). All GraphQL operations share one
 * URL, so writes are guarded per operation by method security: every mutation is
 * {@code @PreAuthorize("hasRole('ADMIN')")}, and a refusal is answered by {@link WriteRefusals}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ AdminProperties.class, LoginProperties.class, LocalUserProperties.class })
class SecurityConfiguration {

	/** The role of the admin user, which every write needs. */
	static final String ADMIN_ROLE = "ADMIN";

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginAttempts attempts, ErrorBodies errors,
			BrowserSessions browserSessions, BearerTokens bearerTokens) throws Exception {
		SignInRequired signIn = new SignInRequired(errors);
		// The explorer's sign-in with a session cookie and CSRF tokens; an OpenID Connect provider's tokens when
		// one is configured. API clients keep sending HTTP Basic on each request, without a session.
		browserSessions.configure(http);
		bearerTokens.configure(http);
		return http
			.authorizeHttpRequests(requests -> requests
				// The endpoints management.endpoints.web.exposure.include exposes; any other one exposed later
				// needs the admin.
				.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
				.requestMatchers("/actuator/**").hasRole(ADMIN_ROLE)
				.anyRequest().permitAll())
			// Wrong credentials and a request for the admin without them: 401 with a body in the GraphQL format.
			.httpBasic(basic -> basic.authenticationEntryPoint(signIn))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn))
			// Before the sign-in form's filter, which runs before HTTP Basic's. Not a bean: Spring Boot would also
			// register a Filter bean for every request, outside this chain.
			.addFilterBefore(new LoginThrottleFilter(attempts, errors), UsernamePasswordAuthenticationFilter.class)
			.build();
	}

	/**
	 * No observation of each filter of the chain, of each authentication or of each authorization check: with
	 * Micrometer on the class path Spring Security wraps each of its fifteen filters in an observation of its own,
	 * and on a plain read that cost more CPU than the GraphQL execution (BENCHMARKS.md, plain reads). Every request
	 * is still observed as a whole ({@code http.server.requests}, {@code graphql.request}), and failed sign-ins are
	 * counted by {@link LoginAttempts} from the authentication events.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Publishes failed and successful sign-ins as events, which {@link LoginAttempts} counts. */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
		return new DefaultAuthenticationEventPublisher(events);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The admin and the local users of {@code competency-graph.security.users} (README, Users and roles). */
	@Bean
	UserDetailsService adminUser(AdminProperties admin, LocalUserProperties localUsers) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		if (!admin.configured()) {
			logger.warn("No admin credential is configured: writes over HTTP (imports, mutations) will be refused. "
					+ "Set COMPETENCY_GRAPH_ADMIN_PASSWORD (or competency-graph.security.admin.password) to allow them.");
		}
		else {
			String password = admin.password();
			// A password without an {encoding} prefix is taken as plain text.
			String encoded = password.startsWith("{") ? password : "{noop}" + password;
			users.createUser(User.withUsername(admin.username()).password(encoded).roles(ADMIN_ROLE).build());
		}
		LocalUsers.of(localUsers, admin.configured() ? java.util.Set.of(admin.username()) : java.util.Set.of())
			.forEach(users::createUser);
		return users;
	}

}
