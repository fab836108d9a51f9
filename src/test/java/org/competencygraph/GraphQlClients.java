package org.competencygraph;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GraphQL clients that talk to the running test server over HTTP, anonymously or as the admin. */
public final class GraphQlClients {

	private GraphQlClients() {
	}

	public static HttpGraphQlTester anonymous(int port) {
		return HttpGraphQlTester.create(client(port).build());
	}

	public static HttpGraphQlTester admin(int port) {
		return HttpGraphQlTester.create(client(port)
			.defaultHeaders(headers -> headers.setBasicAuth(IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD))
			.build());
	}

	public static WebTestClient.Builder client(int port) {
		// The server's own limits (10 s per query) decide how long a request may take; the client's default of 5 s
		// failed imports and first requests on a loaded two-core machine.
		return WebTestClient.bindToServer()
			.responseTimeout(Duration.ofSeconds(30))
			.baseUrl("http://localhost:" + port + "/graphql")
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024));
	}

}
