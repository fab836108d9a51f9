package org.competencygraph.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified token into the caller: the user name from {@link OidcProperties#usernameClaim()}, and the roles
 * from {@link OidcProperties#rolesClaim()} as {@code ROLE_ADMIN}, {@code ROLE_PLANNER}, {@code ROLE_MANAGER} or
 * {@code ROLE_EMPLOYEE}. Roles this server does not know are ignored, so that a provider's many roles grant nothing
 * by accident; a token without any known role signs its caller in without roles.
 */
final class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {

	/** The roles a token can grant, as in {@code Role} of the GraphQL schema. */
	static final Set<String> ROLES = Set.of("ADMIN", "PLANNER", "MANAGER", "EMPLOYEE");

	private static final Logger logger = LoggerFactory.getLogger(TokenClaims.class);

	private final OidcProperties properties;

	private final Map<String, String> mapping;

	TokenClaims(OidcProperties properties) {
		this.properties = properties;
		Map<String, String> mapping = new HashMap<>();
		properties.roleMapping().forEach((from, to) -> {
			String role = role(to);
			if (role == null) {
				throw new IllegalArgumentException("competency-graph.security.oidc.role-mapping." + from + ": '" + to
						+ "' is not a role of this server (admin, planner, manager, employee)");
			}
			mapping.put(from.toLowerCase(Locale.ROOT), role);
		});
		this.mapping = Map.copyOf(mapping);
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		for (String granted : values(claim(jwt.getClaims(), this.properties.rolesClaim()))) {
			String role = this.mapping.getOrDefault(granted.toLowerCase(Locale.ROOT), role(granted));
			if (role != null) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
			}
		}
		String username = jwt.getClaimAsString(this.properties.usernameClaim());
		if (username == null || username.isBlank()) {
			logger.debug("Token without claim {}: its subject is the user name", this.properties.usernameClaim());
			username = jwt.getClaimAsString(JwtClaimNames.SUB);
		}
		return new JwtAuthenticationToken(jwt, authorities, username);
	}

	/** This server's role named by {@code name} (any case, with or without {@code ROLE_}), or null. */
	static @Nullable String role(String name) {
		String role = name.trim().toUpperCase(Locale.ROOT);
		if (role.startsWith("ROLE_")) {
			role = role.substring(5);
		}
		return ROLES.contains(role) ? role : null;
	}

	/** The value at a dotted {@code path} of nested claims, or null when any step is missing. */
	static @Nullable Object claim(Map<String, Object> claims, String path) {
		// A claim whose own name has dots (some providers use URLs as names) wins over the path.
		if (claims.containsKey(path)) {
			return claims.get(path);
		}
		Object value = claims;
		for (String step : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(step);
		}
		return value;
	}

	/** The strings of a claim: a list's entries, or a string's words separated by spaces or commas. */
	static List<String> values(@Nullable Object claim) {
		List<String> values = new ArrayList<>();
		if (claim instanceof Collection<?> collection) {
			for (Object entry : collection) {
				if (entry instanceof String text && !text.isBlank()) {
					values.add(text.trim());
				}
			}
		}
		else if (claim instanceof String text) {
			for (String word : text.split("[\\s,]+")) {
				if (!word.isBlank()) {
					values.add(word);
				}
			}
		}
		return values;
	}

}
