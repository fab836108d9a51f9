package org.competencygraph;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The shipped example learning catalogue on the shared test database: imported through the mutation, and removed
 * again so that the graph other test classes see is the seed graph (the catalogue is no part of it).
 */
public final class LearningCatalogueFixtures {

	public static final Path CSV = Path.of("examples/learning-catalogue.csv");

	public static final Path IN_HOUSE = Path.of("examples/learning-catalogue-inhouse.yaml");

	private LearningCatalogueFixtures() {
	}

	/** Imports both parts (the CSV first: the YAML requires some of its resources); idempotent. */
	public static GraphQlTester.Response importCatalogue(GraphQlTester admin) {
		GraphQlTester.Response response = admin.documentName("importLearningResources")
			.variable("input", Map.of("files", List.of(GraphFixtures.file("learning-catalogue.csv",
					GraphFixtures.read(CSV)), GraphFixtures.file("learning-catalogue-inhouse.yaml",
							GraphFixtures.read(IN_HOUSE)))))
			.execute();
		response.path("importLearningResources.errors").entityList(Object.class).hasSize(0);
		return response;
	}

	/** Deletes every learning resource and its relationships. */
	public static void removeCatalogue(Driver driver) {
		driver.executableQuery("MATCH (r:LearningResource) DETACH DELETE r").execute();
	}

}
