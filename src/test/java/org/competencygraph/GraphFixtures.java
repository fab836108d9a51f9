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

	/** The properties holding stored sentence vectors (semantic/EmbeddedText, JobDuties). */
	public static final List<String> VECTOR_PROPERTIES = List.of("embedding", "descriptionEmbedding", "titleEmbedding",
			"namesEmbedding", "dutyEmbedding");

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
	 * sorted text: equal fingerprints mean the graph's content did not change.
	 */
	public static List<String> fingerprint(Driver driver) {
		// The stored sentence vectors (384 numbers each, 80,000 of them with O*NET and ESCO) are left out: their keys,
		// which hash the text and name the model, stay, so a changed vector still changes the fingerprint.
		List<String> nodes = driver.executableQuery("""
				MATCH (n) WHERE NOT n:SchemaMigration
				RETURN labels(n) AS labels,
				       [key IN keys(n) WHERE NOT key IN $vectors | [key, n[key]]] AS properties
				""")
			.withParameters(Map.of("vectors", VECTOR_PROPERTIES))
			.execute()
			.records()
			.stream()
			.map(r -> new java.util.TreeSet<>(r.get("labels").asList(v -> v.asString())) + " "
					+ new java.util.TreeMap<>(r.get("properties").asList(p -> p).stream()
						.collect(java.util.stream.Collectors.toMap(p -> p.get(0).asString(), p -> p.get(1).asObject()))))
			.toList();
		List<String> relationships = driver.executableQuery("""
				MATCH (a)-[r]->(b)
				RETURN coalesce(a.id, toString(a.version)) AS from, type(r) AS type, coalesce(b.id, '') AS to,
				       properties(r) AS properties
				""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("from").asString() + " -" + r.get("type").asString() + "-> " + r.get("to").asString() + " "
					+ new java.util.TreeMap<>(r.get("properties").asMap()))
			.toList();
		return java.util.stream.Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
	}

}
