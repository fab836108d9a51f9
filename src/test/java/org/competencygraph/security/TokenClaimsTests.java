package org.competencygraph.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How a token's claims become the caller's name and roles, for the claim layouts providers use. */
class TokenClaimsTests {

	private static final OidcProperties DEFAULTS = new OidcProperties("preferred_username", "roles", Map.of());

	@Test
	void rolesFromAListClaimByDefaultInAnyCaseWithOrWithoutThePrefixUnknownOnesIgnored() {
		AbstractAuthenticationToken caller = new TokenClaims(DEFAULTS).convert(jwt(Map.of("preferred_username", "ada",
				"roles", List.of("Planner", "ROLE_manager", "offline_access", "ROLE_SUPERUSER", "admin-ish"))));
		assertThat(caller.getName()).isEqualTo("ada");
		assertThat(roles(caller)).containsExactly("ROLE_PLANNER", "ROLE_MANAGER");
	}

	@Test
	void rolesFromANestedPathAsKeycloakPutsThem() {
		OidcProperties keycloak = new OidcProperties("preferred_username", "realm_access.roles", Map.of());
		AbstractAuthenticationToken caller = new TokenClaims(keycloak).convert(jwt(Map.of("preferred_username", "ada",
				"realm_access", Map.of("roles", List.of("employee", "default-roles-acme")))));
		assertThat(roles(caller)).containsExactly("ROLE_EMPLOYEE");
		assertThat(roles(new TokenClaims(keycloak).convert(jwt(Map.of("realm_access", "admin"))))).isEmpty();
	}

	@Test
	void rolesFromAStringOfWordsAndFromAClaimWhoseNameHasDots() {
		OidcProperties scope = new OidcProperties("preferred_username", "https://example.com/roles", Map.of());
		assertThat(roles(new TokenClaims(scope)
			.convert(jwt(Map.of("https://example.com/roles", "employee, manager  admin")))))
			.containsExactly("ROLE_EMPLOYEE", "ROLE_MANAGER", "ROLE_ADMIN");
	}

	@Test
	void providerRoleNamesAreMappedWhenConfigured() {
		OidcProperties mapped = new OidcProperties("preferred_username", "groups",
				Map.of("CG-Planners", "planner", "hr-admins", "ROLE_ADMIN"));
		assertThat(roles(new TokenClaims(mapped).convert(jwt(Map.of("groups", List.of("cg-planners", "HR-admins",
				"staff")))))).containsExactlyInAnyOrder("ROLE_PLANNER", "ROLE_ADMIN");
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenClaims(new OidcProperties("preferred_username",
				"groups", Map.of("staff", "superuser"))))
			.withMessageContaining("role-mapping.staff: 'superuser' is not a role of this server");
	}

	@Test
	void withoutRolesTheCallerIsSignedInWithoutRolesAndWithoutTheNameClaimTheSubjectIsTheName() {
		AbstractAuthenticationToken caller = new TokenClaims(DEFAULTS).convert(jwt(Map.of()));
		assertThat(caller.getName()).isEqualTo("subject-1");
		assertThat(caller.isAuthenticated()).isTrue();
		assertThat(roles(caller)).isEmpty();
		OidcProperties email = new OidcProperties("email", "roles", Map.of());
		assertThat(new TokenClaims(email).convert(jwt(Map.of("email", "ada@example.com"))).getName())
			.isEqualTo("ada@example.com");
	}

	private static List<String> roles(AbstractAuthenticationToken caller) {
		return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_")).toList();
	}

	private static Jwt jwt(Map<String, Object> claims) {
		Jwt.Builder jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("subject-1")
			.issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
		claims.forEach(jwt::claim);
		return jwt.build();
	}

}
