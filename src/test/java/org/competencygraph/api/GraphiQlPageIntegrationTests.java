package org.competencygraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphiQL page and everything it loads come from the application itself, over plain HTTP (the browser test,
 * org.competencygraph.browser.GraphiQlBrowserIntegrationTests, runs it in Chromium where one is installed).
 */
@IntegrationTest
class GraphiQlPageIntegrationTests {

	private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void thePageAndEveryScriptAndStylesheetItNamesAreServedByTheApplication() {
		WebTestClient http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.build();
		String page = http.get()
			.uri("/graphiql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("<div id=\"graphiql\">").doesNotContain("esm.sh", "unpkg", "jsdelivr", "<script>");
		List<String> references = new ArrayList<>();
		Matcher matcher = REFERENCE.matcher(page);
		while (matcher.find()) {
			references.add(matcher.group(1));
		}
		assertThat(references).hasSize(6).allSatisfy(reference -> assertThat(reference)
			.as("relative to the page, so that a context path is kept").doesNotContain(":").doesNotStartWith("/"));
		for (String reference : references) {
			// Relative to /graphiql, that is to the root.
			byte[] content = http.get()
				.uri("/" + reference)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(reference.endsWith(".css") ? MediaType.valueOf("text/css")
						: MediaType.valueOf("text/javascript"))
				.expectBody()
				.returnResult()
				.getResponseBody();
			assertThat(content).as(reference).isNotEmpty();
		}
	}

}
