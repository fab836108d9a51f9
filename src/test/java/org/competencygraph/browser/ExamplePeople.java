package org.competencygraph.browser;

import java.nio.file.Path;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;

/** The example people (examples/people), whom the test users of src/test/resources/config are. */
final class ExamplePeople {

	private static final Path FOLDER = Path.of("examples/people");

	private ExamplePeople() {
	}

	/** Imports them through importPeople as the admin; idempotent, so each test may do it. */
	static void importThem(int port) {
		GraphQlClients.admin(port)
			.documentName("importPeople")
			.variable("input", Map.of("teams", GraphFixtures.read(FOLDER.resolve("teams.csv")), "people",
					GraphFixtures.read(FOLDER.resolve("people.csv")), "holdings",
					GraphFixtures.read(FOLDER.resolve("holdings.csv"))))
			.execute()
			.path("importPeople.errors")
			.entityList(String.class)
			.hasSize(0);
	}

}
