package org.competencygraph.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.competencygraph.BackgroundJobCalls;
import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.background.BackgroundJob;
import org.competencygraph.background.BackgroundJobs;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long work over the API as a client sees it: a mutation answers at once with a background job, the job is
 * followed by id to its end, a second start while one runs is refused, only the admin sees jobs, and a release can
 * be uploaded as a ZIP instead of copied to the server. Nothing here changes the graph: the releases it imports
 * are rejected (the fixture import tests import the real ones).
 */
@IntegrationTest
class BackgroundImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	BackgroundJobs jobs;

	@Autowired
	Driver driver;

	@Autowired
	FrameworkProperties properties;

	@Test
	void anImportAnswersAtOnceWithAJobThatEndsWithItsProblems() throws IOException {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		Path release = this.properties.importFolder().resolve("background-incomplete-onet");
		Files.createDirectories(release);
		Files.writeString(release.resolve("Skills.txt"), "O*NET-SOC Code\tElement ID\n");
		HttpGraphQlTester admin = GraphQlClients.admin(this.port);

		GraphQlTester.Response started = admin.documentName("importOnet")
			.variable("input", Map.of("path", "background-incomplete-onet"))
			.execute();
		started.path("importOnet.errors").entityList(String.class).hasSize(0);
		started.path("importOnet.job.kind").entity(String.class).isEqualTo("import-onet");
		started.path("importOnet.job.state").entity(String.class)
			.satisfies(state -> assertThat(state).isIn("QUEUED", "RUNNING", "FAILED"));
		String id = started.path("importOnet.job.id").entity(String.class).get();

		GraphQlTester.Response ended = BackgroundJobCalls.awaitEnd(admin, "frameworkImportJob", id);
		ended.path("backgroundJob.state").entity(String.class).isEqualTo("FAILED");
		ended.path("backgroundJob.description").entity(String.class)
			.isEqualTo("import of O*NET from background-incomplete-onet");
		ended.path("backgroundJob.errors").entityList(String.class)
			.satisfies(errors -> assertThat(errors).anySatisfy(error -> assertThat(error)
				.startsWith("Occupation Data.txt: is required but not in the release folder background-incomplete-onet")));
		ended.path("backgroundJob.frameworkImport").valueIsNull();
		admin.documentName("backgroundJobs").variable("first", 100).execute()
			.path("backgroundJobs[?(@.id == '" + id + "')].startedBy").entityList(String.class)
			.containsExactly(IntegrationTest.ADMIN_USERNAME);
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void aSecondStartWhileAJobRunsIsRefusedNamingIt() throws InterruptedException, IOException {
		Files.createDirectories(this.properties.importFolder().resolve("background-busy"));
		CountDownLatch release = new CountDownLatch(1);
		BackgroundJob running = this.jobs.start("test", "a long test job", "test", progress -> {
			release.await(1, TimeUnit.MINUTES);
			return "done";
		});
		try {
			HttpGraphQlTester admin = GraphQlClients.admin(this.port);
			for (String mutation : List.of("importOnet", "importEsco")) {
				admin.documentName(mutation).variable("input", Map.of("path", "background-busy")).execute()
					.path(mutation + ".job").valueIsNull()
					.path(mutation + ".errors").entityList(String.class)
					.satisfies(errors -> assertThat(errors).singleElement().asString()
						.contains("Another background job is running: a long test job", running.id()));
			}
			admin.documentName("linkFrameworks").variable("input", Map.of()).execute()
				.path("linkFrameworks.job").valueIsNull()
				.path("linkFrameworks.errors").entityList(String.class)
				.satisfies(errors -> assertThat(errors).singleElement().asString()
					.contains("Another background job is running: a long test job", running.id()));
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void onlyTheAdminSeesJobs() {
		HttpGraphQlTester anonymous = GraphQlClients.anonymous(this.port);
		anonymous.documentName("backgroundJobs").execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		anonymous.documentName("frameworkImportJob").variable("id", "any").execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		GraphQlClients.admin(this.port).documentName("frameworkImportJob").variable("id", "no-such-job").execute()
			.path("backgroundJob").valueIsNull();
	}

	@Test
	void anUploadedReleaseIsUnpackedIntoTheImportFolderForTheImport() throws IOException {
		byte[] zip = zip("onet/Skills.txt", "O*NET-SOC Code\tElement ID\n");
		String path = upload(zip, true).expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("path").toString();
		assertThat(path).startsWith("uploads/");
		assertThat(this.properties.importFolder().resolve(path).resolve("onet/Skills.txt")).exists();

		HttpGraphQlTester admin = GraphQlClients.admin(this.port);
		assertThat(FrameworkCalls.importErrors(admin, "importOnet", path))
			.anySatisfy(error -> assertThat(error).startsWith("Occupation Data.txt: is required"));
	}

	@Test
	void uploadsNeedTheAdminAndAReleaseThatStaysInItsFolder() throws IOException {
		upload(zip("Skills.txt", "x\n"), false).expectStatus().isUnauthorized();
		upload(zip("../../escaped.txt", "evil"), true).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].message").value(message -> assertThat(message.toString())
				.contains("leads out of its folder"));
		assertThat(this.properties.importFolder().getParent().resolve("escaped.txt")).doesNotExist();
		upload("not a zip".getBytes(StandardCharsets.UTF_8), true).expectStatus().isBadRequest();
	}

	private WebTestClient.ResponseSpec upload(byte[] content, boolean admin) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content)).filename("release.zip");
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		return client.post()
			.uri("/releases")
			.headers(headers -> {
				if (admin) {
					headers.setBasicAuth(IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD);
				}
			})
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange();
	}

	private static byte[] zip(String name, String content) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
