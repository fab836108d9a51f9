package org.competencygraph.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, with tokens of a stand-in OpenID Connect provider ({@link TestIssuer}) whose signatures the
 * application checks against the provider's public key: a valid token signs its caller in with the roles of its
 * {@code realm_access.roles} claim, an invalid one is refused with 401, and HTTP Basic keeps working beside it.
 * Roles show in what the caller may reach: the actuator's unexposed endpoints are the admin's (404 for the admin,
 * 403 for others, 401 for no one).
 */
@IntegrationTest
class BearerTokenIntegrationTests {

	private static final String CATALOGUE = "{\"query\":\"{ jobs(first: 1) { totalCount } }\"}";

	private static final String ME = "{\"query\":\"{ me { username roles authenticated } }\"}";

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	int port;

	@Test
	void aValidTokenSignsInWithTheRolesOfItsClaim() throws Exception {
		assertThat(get("/actuator/env", bearer(TestIssuer.token("ada", List.of("admin")))).statusCode())
			.as("an admin reaches the admin's endpoints (not exposed: 404)").isEqualTo(404);
		assertThat(get("/actuator/env", bearer(TestIssuer.token("ada", List.of("ROLE_ADMIN", "offline_access"))))
			.statusCode()).as("ROLE_ prefix and unknown roles beside").isEqualTo(404);
		HttpResponse<String> planner = get("/actuator/env", bearer(TestIssuer.token("pat", List.of("planner"))));
		assertThat(planner.statusCode()).as("a planner is signed in, but not the admin").isEqualTo(403);
		assertThat(planner.body()).contains("\"classification\":\"FORBIDDEN\"");
	}

	@Test
	void theTokensUserNameLinksThePersonAndMappedProviderRolesCount() throws Exception {
		// pat.planner is a person of the example people only where they are imported; the name and roles hold anyway.
		HttpResponse<String> me = post("/graphql", bearer(TestIssuer.token("pat.planner", List.of("cg-planners", "offline_access"))), ME);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"pat.planner\"", "\"roles\":[\"PLANNER\"]", "\"authenticated\":true");
		HttpResponse<String> none = post("/graphql", bearer(TestIssuer.token("nora", List.of())), ME);
		assertThat(none.body()).contains("\"username\":\"nora\"", "\"roles\":[]", "\"authenticated\":true");
		// Without roles, no people data: as a signed-in caller with nothing to see.
		HttpResponse<String> teams = post("/graphql", bearer(TestIssuer.token("nora", List.of())),
				"{\"query\":\"{ teams { totalCount } }\"}");
		assertThat(teams.body()).doesNotContain("team-harvard");
	}

	@Test
	void unknownRolesGrantNothingAndATokenWithoutRolesSignsInWithoutRoles() throws Exception {
		for (List<String> roles : List.of(List.<String>of(), List.of("superuser", "uma_authorization"))) {
			String token = TestIssuer.token("nora", roles);
			assertThat(get("/actuator/env", bearer(token)).statusCode()).as("%s", roles).isEqualTo(403);
			HttpResponse<String> catalogue = post("/graphql", bearer(token), CATALOGUE);
			assertThat(catalogue.statusCode()).as("%s: the catalogue", roles).isEqualTo(200);
			assertThat(catalogue.body()).contains("totalCount").doesNotContain("errors");
		}
	}

	@Test
	void expiredBadlySignedAndForeignTokensAre401WithABearerChallengeAndAGraphQlErrorBody() throws Exception {
		Instant past = Instant.now().minus(Duration.ofHours(2));
		List<String> roles = List.of("admin");
		String expired = TestIssuer.token("ada", roles, claims -> claims.issueTime(Date.from(past))
			.expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))));
		String otherIssuer = TestIssuer.token("ada", roles, claims -> claims.issuer("https://elsewhere.test"));
		String otherAudience = TestIssuer.token("ada", roles, claims -> claims.audience("another-service"));
		String otherKey = TestIssuer.tokenSignedByAnotherKey("ada", roles);
		String tampered = tamper(TestIssuer.token("ada", List.of("employee")));
		for (String token : List.of(expired, otherIssuer, otherAudience, otherKey, tampered, "not-a-jwt")) {
			HttpResponse<String> response = post("/graphql", bearer(token), CATALOGUE);
			assertThat(response.statusCode()).as(token).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/json"));
			assertThat(response.body()).contains("\"classification\":\"UNAUTHORIZED\"",
					"Sign-in failed: the bearer token is not valid").doesNotContain("totalCount");
		}
	}

	@Test
	void httpBasicWorksBesideTokensAndNeitherGetsASession() throws Exception {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((IntegrationTest.ADMIN_USERNAME + ":" + IntegrationTest.ADMIN_PASSWORD)
				.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> admin = get("/actuator/env", basic);
		assertThat(admin.statusCode()).isEqualTo(404);
		HttpResponse<String> token = post("/graphql", bearer(TestIssuer.token("ada", List.of("admin"))), CATALOGUE);
		assertThat(token.statusCode()).isEqualTo(200);
		for (HttpResponse<String> response : List.of(admin, token)) {
			assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		}
	}

	/** The token with its payload replaced by one granting admin: the signature no longer matches. */
	private static String tamper(String token) {
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"employee\"", "\"admin\"");
		return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		return this.client.send(request(path).header("Authorization", authorization).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String authorization, String body) throws Exception {
		return this.client.send(request(path).header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).timeout(Duration.ofSeconds(60));
	}

}
