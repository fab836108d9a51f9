package org.competencygraph;

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
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024));
	}

}
