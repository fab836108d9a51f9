package org.competencygraph.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the claims of an OpenID Connect provider's access tokens become a caller of this server. Signing in with such
 * tokens is on when Spring Boot's resource server is configured ({@code spring.security.oauth2.resourceserver.jwt.*}:
 * {@code issuer-uri}, {@code jwk-set-uri} or {@code public-key-location}); these settings only map claims.
 *
 * @param usernameClaim the claim whose value is the caller's user name, which links them to a person
 * ({@code Person.username}); tokens without it fall back to {@code sub}
 * @param rolesClaim the claim listing the caller's roles: a name, or a dotted path into nested objects such as
 * Keycloak's {@code realm_access.roles}; a list of strings or one string of roles separated by spaces or commas
 * @param roleMapping the provider's role names mapped to this server's (admin, planner, manager, employee), for
 * providers whose names differ; a provider role named like one of this server's needs no entry, any other is ignored
 */
@ConfigurationProperties("competency-graph.security.oidc")
public record OidcProperties(@DefaultValue("preferred_username") String usernameClaim,
		@DefaultValue("roles") String rolesClaim, @DefaultValue Map<String, String> roleMapping) {
}
