package org.competencygraph.security;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.competencygraph.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's sign-in over real HTTP, as a browser does it: the page's first request hands out the CSRF token
 * cookie, {@code POST /login} creates a session, requests with the session cookie act as the user and must send
 * the token, {@code POST /logout} ends the session. Each test is its own browser at its own loopback address, so
 * that failed sign-ins of one do not lock another out.
 */
@IntegrationTest
class BrowserSessionIntegrationTests {

	private static final String CATALOGUE = "{\"query\":\"{ jobs(first: 1) { totalCount } }\"}";

	@LocalServerPort
	int port;

	@Autowired
	LoginProperties login;

	@Test
	void signInGivesASessionThatActsAsTheUserUntilSignOut() throws Exception {
		Browser browser = new Browser("127.0.0.21");
		browser.get("/");
		assertThat(browser.cookies).containsKey("XSRF-TOKEN");

		HttpResponse<String> signedIn = browser.signIn(IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(signedIn.body()).isEqualTo("{\"username\":\"admin\",\"roles\":[\"ADMIN\"]}");
		String session = signedIn.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");

		assertThat(browser.get("/actuator/env").statusCode()).as("the session acts as the admin").isEqualTo(404);
		HttpResponse<String> query = browser.postGraphQl(CATALOGUE, true);
		assertThat(query.statusCode()).isEqualTo(200);
		assertThat(query.body()).contains("totalCount");

		assertThat(browser.post("/logout", "", "application/x-www-form-urlencoded", true).statusCode()).isEqualTo(204);
		assertThat(browser.get("/actuator/env").statusCode()).as("signed out: anonymous again").isEqualTo(401);
		assertThat(browser.postGraphQl(CATALOGUE, true).statusCode()).as("reads stay open").isEqualTo(200);
	}

	@Test
	void aRequestWithTheSessionCookieButWithoutTheCsrfTokenIsRefused() throws Exception {
		Browser browser = new Browser("127.0.0.22");
		browser.get("/");
		assertThat(browser.signIn(IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD).statusCode())
			.isEqualTo(200);
		HttpResponse<String> forged = browser.postGraphQl(CATALOGUE, false);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("\"classification\":\"FORBIDDEN\"", "CSRF token").doesNotContain("totalCount");
		// A guessed token is no better than none: it must be the cookie's, which another site cannot read.
		HttpResponse<String> guessed = browser.send(browser.request("/graphql")
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", "guessed")
			.POST(HttpRequest.BodyPublishers.ofString(CATALOGUE)));
		assertThat(guessed.statusCode()).isEqualTo(403);
		// Nor can a sign-out be forged.
		assertThat(browser.post("/logout", "", "application/x-www-form-urlencoded", false).statusCode()).isEqualTo(403);
	}

	@Test
	void signInNeedsTheCsrfTokenSoThatNoOtherSiteCanSignTheBrowserIn() throws Exception {
		Browser browser = new Browser("127.0.0.23");
		browser.get("/");
		HttpResponse<String> forged = browser.post("/login",
				form(IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD), "application/x-www-form-urlencoded",
				false);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
	}

	@Test
	void aWrongPasswordIsAClearRefusalAndCountsTowardsTheLockout() throws Exception {
		Browser browser = new Browser("127.0.0.24");
		browser.get("/");
		for (int attempt = 1; attempt <= this.login.maxFailures(); attempt++) {
			HttpResponse<String> refused = browser.signIn("session-tester", "wrong-" + attempt);
			assertThat(refused.statusCode()).as("attempt %d", attempt).isEqualTo(401);
			assertThat(refused.headers().firstValue("WWW-Authenticate")).as("no browser dialog").isEmpty();
			assertThat(refused.body()).contains("\"classification\":\"UNAUTHORIZED\"",
					"Sign-in failed: wrong user name or password");
			assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		}
		HttpResponse<String> locked = browser.signIn(IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD);
		assertThat(locked.statusCode()).as("the right password during the lock-out").isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).isPresent();
		assertThat(locked.body()).contains("Too many failed sign-ins");
		// The lock-out is the address's: HTTP Basic from it is refused too.
		assertThat(browser.client.send(browser.request("/graphql")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("admin:test-admin-secret".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(CATALOGUE))
			.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(429);
	}

	@Test
	void anonymousApiClientsNeedNoTokenAndGetNoSession() throws Exception {
		Browser client = new Browser("127.0.0.25");
		HttpResponse<String> query = client.postGraphQl(CATALOGUE, false);
		assertThat(query.statusCode()).isEqualTo(200);
		assertThat(query.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
	}

	private static String form(String username, String password) {
		return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
	}

	/** A client that keeps cookies as a browser does (no expiry, one path), and sends the token when told. */
	final class Browser {

		final HttpClient client;

		final Map<String, String> cookies = new LinkedHashMap<>();

		Browser(String address) throws Exception {
			this.client = HttpClient.newBuilder()
				.localAddress(InetAddress.getByName(address))
				.connectTimeout(Duration.ofSeconds(10))
				.build();
		}

		HttpResponse<String> get(String path) throws Exception {
			return send(request(path).GET());
		}

		HttpResponse<String> signIn(String username, String password) throws Exception {
			return post("/login", form(username, password), "application/x-www-form-urlencoded", true);
		}

		HttpResponse<String> postGraphQl(String body, boolean withToken) throws Exception {
			return post("/graphql", body, "application/json", withToken);
		}

		HttpResponse<String> post(String path, String body, String type, boolean withToken) throws Exception {
			HttpRequest.Builder request = request(path).header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofString(body));
			String token = this.cookies.get("XSRF-TOKEN");
			if (withToken && token != null) {
				request.header("X-XSRF-TOKEN", token);
			}
			return send(request);
		}

		HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + BrowserSessionIntegrationTests.this.port + path))
				.timeout(Duration.ofSeconds(60));
		}

		HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			String cookie = cookieHeader();
			if (cookie != null) {
				request.header("Cookie", cookie);
			}
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String set : response.headers().allValues("Set-Cookie")) {
				String[] pair = set.split(";", 2)[0].split("=", 2);
				if (set.contains("Max-Age=0") || pair[1].isEmpty()) {
					this.cookies.remove(pair[0]);
				}
				else {
					this.cookies.put(pair[0], pair[1]);
				}
			}
			return response;
		}

		private @Nullable String cookieHeader() {
			return this.cookies.isEmpty() ? null
					: this.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; "));
		}

	}

}
