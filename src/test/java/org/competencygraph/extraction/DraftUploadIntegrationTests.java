package org.competencygraph.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /job-descriptions/draft}: a job description uploaded as a file, the draft back as YAML. */
@IntegrationTest
class DraftUploadIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aPdfUploadGivesTheDraftAndNeedsTheAdmin() throws IOException {
		String text = new ClassPathResource("extraction/network-support-analyst.txt").getContentAsString(StandardCharsets.UTF_8);
		byte[] pdf = Documents.pdf(text);
		upload(pdf, "network-support-analyst.pdf", false).expectStatus().isUnauthorized();
		upload(pdf, "network-support-analyst.pdf", true).expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/yaml"))
			.expectBody(String.class)
			.value(yaml -> assertThat(yaml).contains("document: network-support-analyst.pdf", "code: NSA-204",
					"organization: Northbridge District Council"));
		upload("plain words".getBytes(StandardCharsets.UTF_8), "cv.pdf", true).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].message").value(message -> assertThat(message.toString())
				.startsWith("file: cv.pdf: cannot be read as pdf"));
	}

	private WebTestClient.ResponseSpec upload(byte[] content, String name, boolean admin) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content)).filename(name);
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			// The first draft of the test run loads the sentence model and computes the capabilities' vectors.
			.responseTimeout(Duration.ofSeconds(120))
			.build()
			.post()
			.uri("/job-descriptions/draft")
			.headers(headers -> {
				if (admin) {
					headers.setBasicAuth(IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD);
				}
			})
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange();
	}

}
