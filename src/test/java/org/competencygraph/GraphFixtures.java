package org.competencygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import org.springframework.graphql.test.tester.GraphQlTester;

/** Shared helpers for tests on the shared database: the shipped example profiles and a graph fingerprint. */
public final class GraphFixtures {

	public static final Path SERVICE_DESK = Path.of("examples/service-desk.yaml");

	public static final Path NETWORK_ENGINEER = Path.of("examples/network-engineer.json");

	private GraphFixtures() {
	}

	public static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Map<String, Object> file(String name, String content) {
		return Map.of("name", name, "content", content);
	}

	/** Imports the shipped examples through the GraphQL mutation; idempotent, so every test may call it. */
	public static void importExamples(GraphQlTester admin) {
		admin.documentName("importJobProfiles")
			.variable("input", Map.of("files", List.of(file("service-desk.yaml", read(SERVICE_DESK)),
					file("network-engineer.json", read(NETWORK_ENGINEER)))))
			.execute()
			.path("importJobProfiles.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	/**
	 * Every node with its labels and properties and every relationship with its ends, type and properties, as
	 * sorted text: equal fingerprints mean the graph's content did not change. Labels and property keys are sorted,
	 * so the order in which a write set them does not matter. (Built in Java: Cypher's toString() takes no lists.)
	 */
	public static List<String> fingerprint(Driver driver) {
		java.util.stream.Stream<String> nodes = driver.executableQuery("""
				MATCH (n) WHERE NOT n:SchemaMigration
				RETURN labels(n) AS labels, properties(n) AS properties
				""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("labels").asList(org.neo4j.driver.Value::asString).stream().sorted()
				.map(l -> ":" + l).collect(java.util.stream.Collectors.joining()) + " "
					+ new java.util.TreeMap<>(r.get("properties").asMap()));
		java.util.stream.Stream<String> relationships = driver.executableQuery("""
				MATCH (a)-[r]->(b)
				RETURN coalesce(a.id, a.version, '') AS a, type(r) AS type, coalesce(b.id, '') AS b,
				       properties(r) AS properties
				""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("a").asObject() + " -" + r.get("type").asString() + "-> " + r.get("b").asString() + " "
					+ new java.util.TreeMap<>(r.get("properties").asMap()));
		return java.util.stream.Stream.concat(nodes, relationships).sorted().toList();
	}

}
