package org.competencygraph.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, from distinct loopback addresses (Linux answers all of 127.0.0.0/8): repeated wrong passwords
 * lock a client and a user name out, and the actuator exposes what the README says.
 */
@IntegrationTest
class SecurityIntegrationTests {

	private static final String QUERY = "{\"query\":\"{ jobs(first: 1) { totalCount } }\"}";

	@LocalServerPort
	int port;

	@Autowired
	LoginProperties login;

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void repeatedWrongPasswordsAreRefusedWith429UntilTheLockoutHasPassed(CapturedOutput output) throws Exception {
		HttpClient attacker = client("127.0.0.1");
		// A success clears the failures that other tests may have left for this address and the admin's name.
		assertThat(graphQl(attacker, IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD).statusCode())
			.isEqualTo(200);

		// The review's reproduction: 20 wrong passwords, then the right one.
		for (int attempt = 1; attempt <= 20; attempt++) {
			HttpResponse<String> response = graphQl(attacker, "Admin", "wrong-" + attempt);
			if (attempt <= this.login.maxFailures()) {
				assertThat(response.statusCode()).as("attempt %d", attempt).isEqualTo(401);
			}
			else {
				assertThat(response.statusCode()).as("attempt %d", attempt).isEqualTo(429);
				assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()))
					.isBetween(1L, this.login.lockout().toSeconds());
				assertThat(response.body()).contains("Too many failed sign-ins: try again in");
			}
		}
		HttpResponse<String> right = graphQl(attacker, IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD);
		assertThat(right.statusCode()).as("the right password during the lock-out").isEqualTo(429);
		assertThat(right.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(right.body()).contains("\"classification\":\"TOO_MANY_REQUESTS\"");

		// The address is locked out for every user name ...
		assertThat(graphQl(attacker, "someone-else", "x").statusCode()).isEqualTo(429);
		// ... and the user name for every address that failed itself: each gets its own first failure, no more.
		HttpClient helper = client("127.0.0.4");
		assertThat(graphQl(helper, "admin", "wrong").statusCode()).isEqualTo(401);
		assertThat(graphQl(helper, IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD).statusCode())
			.as("the right password from an address with a failure of its own").isEqualTo(429);
		// Another client with another user name is not locked out, nor are reads without credentials.
		HttpClient elsewhere = client("127.0.0.2");
		assertThat(graphQl(elsewhere, "someone-else", "x").statusCode()).isEqualTo(401);
		assertThat(attacker.send(request("/graphql").POST(HttpRequest.BodyPublishers.ofString(QUERY)).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		// The lock-out is logged once per locked key, not per refused request.
		assertThat(output.getOut()).containsOnlyOnce("Sign-ins for client 127.0.0.1 locked out")
			.containsOnlyOnce("Sign-ins for user name 'Admin' locked out");

		// The review: a name lock kept the admin out from everywhere. A clean address signs in during it.
		HttpClient admin = client("127.0.0.5");
		assertThat(graphQl(admin, IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD).statusCode())
			.as("the admin from a clean address during the name lock").isEqualTo(200);

		// After the lock-out, the right password works.
		Thread.sleep(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 200);
		assertThat(graphQl(attacker, IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD).statusCode())
			.isEqualTo(200);
		assertThat(graphQl(helper, IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD).statusCode())
			.isEqualTo(200);
	}

	@Test
	void aWrongPasswordIs401WithBasicChallengeAndAGraphQlErrorBody() throws Exception {
		HttpResponse<String> response = graphQl(client("127.0.0.6"), "nobody", "wrong");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				challenge -> assertThat(challenge).startsWith("Basic"));
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"classification\":\"UNAUTHORIZED\"",
				"Sign-in failed: wrong user name or password");
	}

	@Test
	void theActuatorExposesHealthInfoAndPrometheusOnly() throws Exception {
		HttpClient client = client("127.0.0.3");
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/info",
				"/actuator/prometheus" }) {
			assertThat(get(client, path, null).statusCode()).as(path).isEqualTo(200);
		}
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/loggers",
				"/actuator/heapdump", "/actuator/shutdown" }) {
			// Not exposed: the admin gets 404; anyone else is asked to sign in, and learns nothing more.
			assertThat(get(client, path, null).statusCode()).as(path).isEqualTo(401);
			assertThat(get(client, path, IntegrationTest.ADMIN_PASSWORD).statusCode()).as(path).isEqualTo(404);
		}
	}

	private HttpClient client(String localAddress) throws IOException {
		return HttpClient.newBuilder()
			.localAddress(InetAddress.getByName(localAddress))
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	private HttpResponse<String> graphQl(HttpClient client, String username, String password) throws Exception {
		return client.send(request("/graphql").header("Authorization", basic(username, password))
			.POST(HttpRequest.BodyPublishers.ofString(QUERY))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(HttpClient client, String path, String adminPassword) throws Exception {
		HttpRequest.Builder request = request(path).GET();
		if (adminPassword != null) {
			request.header("Authorization", basic(IntegrationTest.ADMIN_USERNAME, adminPassword));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json");
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
