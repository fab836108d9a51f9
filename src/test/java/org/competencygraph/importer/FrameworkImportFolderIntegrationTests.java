package org.competencygraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * importOnet and importEsco read only releases inside the import folder, and answer every other path the same
 * way, without the server's paths: what a caller could otherwise learn about the server's folders. Needs no
 * release: nothing here is imported.
 */
@IntegrationTest
class FrameworkImportFolderIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	FrameworkProperties properties;

	@Autowired
	Driver driver;

	@Test
	void pathsOutsideTheImportFolderAreAnsweredAsNotFoundWithoutTheServersPaths() throws IOException {
		Path importFolder = Files.createDirectories(this.properties.importFolder()).toRealPath();
		Path workingDirectory = Path.of("").toAbsolutePath();
		Files.createDirectories(importFolder.resolve("a-release"));
		Path linkOut = importFolder.resolve("linked-out");
		if (!Files.exists(linkOut, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			Files.createSymbolicLink(linkOut, workingDirectory.resolve("examples"));
		}
		// A release whose subfolder links to a folder inside the import folder, in which a file links out.
		Path shared = Files.createDirectories(importFolder.resolve("shared"));
		link(shared.resolve("Occupation Data.txt"), workingDirectory.resolve("pom.xml"));
		link(shared.resolve("occupations_en.csv"), workingDirectory.resolve("pom.xml"));
		Files.createDirectories(importFolder.resolve("with-a-linked-folder"));
		link(importFolder.resolve("with-a-linked-folder/relations"), shared);
		List<String> before = GraphFixtures.fingerprint(this.driver);
		for (String mutation : List.of("importOnet", "importEsco")) {
			for (String path : List.of(workingDirectory.toString(), workingDirectory.resolve("examples").toString(),
					"../", "../../src", "a-release/../../..", "/etc", "/", "no-such-release", "linked-out",
					"with-a-linked-folder",
					importFolder.resolve("missing").toString())) {
				// Refused when the import is asked for, or (a release whose files link out) by its job.
				assertThat(FrameworkCalls.importErrors(admin(), mutation, path)).as(path)
					.containsExactly("input.path: not found in the import folder");
			}
		}

		// A folder inside that is no release: the problems name files, never where the folder is.
		assertThat(FrameworkCalls.importErrors(admin(), "importOnet", "a-release"))
			.satisfies(errors -> assertThat(errors).isNotEmpty()
				.anySatisfy(error -> assertThat(error).startsWith("Occupation Data.txt: is required but not in the "
						+ "release folder a-release"))
				.allSatisfy(error -> assertThat(error).doesNotContain(importFolder.toString())
					.doesNotContain(workingDirectory.toString())));
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	private static void link(Path link, Path target) throws IOException {
		if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			Files.createSymbolicLink(link, target);
		}
	}

	private HttpGraphQlTester admin() {
		// The first requests after start-up are slow on a busy machine.
		return GraphQlClients.admin(this.port).mutate().responseTimeout(Duration.ofMinutes(1)).build();
	}

}
