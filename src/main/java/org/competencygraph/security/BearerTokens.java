package org.competencygraph.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.competencygraph.api.ErrorBodies;
import org.competencygraph.api.LogText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Sign-in with an OpenID Connect provider's access tokens ({@code Authorization: Bearer <JWT>}), beside HTTP Basic
 * and browser sessions on the same endpoints. Spring Boot builds the {@link JwtDecoder} from
 * {@code spring.security.oauth2.resourceserver.jwt.*} (signature, expiry, and issuer and audience when configured);
 * without that configuration there is no decoder and bearer tokens are not accepted.
 */
@Component
@EnableConfigurationProperties(OidcProperties.class)
class BearerTokens {

	private static final Logger logger = LoggerFactory.getLogger(BearerTokens.class);

	private final @Nullable JwtDecoder decoder;

	private final OidcProperties properties;

	private final ErrorBodies errors;

	BearerTokens(ObjectProvider<JwtDecoder> decoder, OidcProperties properties, ErrorBodies errors) {
		this.decoder = decoder.getIfAvailable();
		this.properties = properties;
		this.errors = errors;
	}

	/** Accepts bearer tokens on {@code http} when a provider is configured; otherwise leaves it as it is. */
	void configure(HttpSecurity http) {
		JwtDecoder decoder = this.decoder;
		if (decoder == null) {
			return;
		}
		OidcProperties properties = this.properties;
		logger.info("Bearer tokens of an OpenID Connect provider accepted (user name from claim '{}', roles from '{}')",
				properties.usernameClaim(), properties.rolesClaim());
		http.oauth2ResourceServer(server -> server
			.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new TokenClaims(properties)))
			.authenticationEntryPoint(new Refused(this.errors)));
	}

	/**
	 * Answers an invalid token (expired, badly signed, from another issuer or for another audience) with 401, the
	 * standard {@code WWW-Authenticate: Bearer error="invalid_token"} challenge, and one error in the GraphQL format
	 * as {@link SignInRequired} gives for HTTP Basic.
	 */
	static final class Refused implements AuthenticationEntryPoint {

		private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

		private final ErrorBodies errors;

		Refused(ErrorBodies errors) {
			this.errors = errors;
		}

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
				throws IOException {
			logger.info("Refused a bearer token: {}", LogText.printable(ex.getMessage(), 200));
			this.challenge.commence(request, response, ex);
			this.errors.write(request, response, HttpStatus.UNAUTHORIZED, ErrorType.UNAUTHORIZED,
					"Sign-in failed: the bearer token is not valid (expired, badly signed, or for another issuer or"
							+ " audience)");
		}

	}

}
