package org.competencygraph.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml wires the application to the Neo4j service it starts; no Docker needed to check that. */
class DockerComposeTests {

	private final JsonNode compose = read("docker-compose.yml");

	private final JsonNode neo4j = this.compose.path("services").path("neo4j");

	private final JsonNode app = this.compose.path("services").path("app");

	@Test
	void runsTheApplicationAndTheOfficialNeo4jImageAtThePinnedVersion() throws IOException {
		assertThat(names(this.compose.path("services"))).containsExactlyInAnyOrder("neo4j", "app");
		String pom = Files.readString(Path.of("pom.xml"));
		Matcher version = Pattern.compile("<neo4j.version>(.+)</neo4j.version>").matcher(pom);
		assertThat(version.find()).isTrue();
		assertThat(this.neo4j.path("image").asString()).isEqualTo("neo4j:" + version.group(1) + "-community")
			.isEqualTo(Neo4jContainerIntegrationTests.IMAGE);
	}

	@Test
	void neo4jKeepsItsDataInANamedVolumeAndHasAHealthcheck() {
		List<String> volumes = texts(this.neo4j.path("volumes"));
		assertThat(volumes).singleElement().asString().endsWith(":/data");
		String volume = volumes.getFirst().split(":")[0];
		assertThat(names(this.compose.path("volumes"))).contains(volume);
		assertThat(texts(this.neo4j.path("healthcheck").path("test"))).anyMatch(t -> t.contains("cypher-shell"));
		assertThat(texts(this.neo4j.path("ports"))).contains("127.0.0.1:7687:7687");
	}

	@Test
	void theApplicationReachesNeo4jByServiceNameWithTheSameCredentials() {
		JsonNode environment = this.app.path("environment");
		assertThat(environment.path("NEO4J_URI").asString()).isEqualTo("neo4j://neo4j:7687");
		assertThat(environment.path("NEO4J_USERNAME").asString()).isEqualTo("neo4j");
		String auth = this.neo4j.path("environment").path("NEO4J_AUTH").asString();
		assertThat(auth).isEqualTo("neo4j/" + environment.path("NEO4J_PASSWORD").asString());
		assertThat(environment.path("COMPETENCY_GRAPH_ADMIN_PASSWORD").asString()).startsWith("${");
		assertThat(this.app.path("depends_on").path("neo4j").path("condition").asString()).isEqualTo("service_healthy");
	}

	@Test
	void theApplicationIsBuiltFromTheDockerfileAndPublishesItsPort() throws IOException {
		assertThat(this.app.path("build").asString()).isEqualTo(".");
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		assertThat(dockerfile).contains("EXPOSE 8080", "ENTRYPOINT");
		assertThat(texts(this.app.path("ports"))).contains("8080:8080");
	}

	private static JsonNode read(String file) {
		try {
			return YAMLMapper.builder().build().readTree(Files.readString(Path.of(file)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> names(JsonNode node) {
		return List.copyOf(node.propertyNames());
	}

	private static List<String> texts(JsonNode node) {
		return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asString).toList();
	}

}
