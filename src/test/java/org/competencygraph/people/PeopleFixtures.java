package org.competencygraph.people;

import java.nio.file.Path;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The example people (examples/people) and the test users linked to them (src/test/resources/config). */
public final class PeopleFixtures {

	static final Path FOLDER = Path.of("examples/people");

	static final String HARVARD = "team-harvard-infrastructure";

	static final String HOUSTON = "team-houston-infrastructure";

	static final String CHICAGO = "team-chicago-operations";

	/** Mara Manager, who manages the Harvard team. */
	static final String MARA = "p-101";

	/** Eli Employee, in the Harvard team, reports to Mara. */
	static final String ELI = "p-102";

	/** Otto Othermanager, who manages the Houston team. */
	static final String OTTO = "p-201";

	/** Kilo Fictitious, an employee in the Chicago team of four (below the minimum group size). */
	static final String KILO = "p-302";

	/** A test user: name, password and the person they are. */
	enum Caller {

		ANONYMOUS(null, null), EMPLOYEE("eli.employee", "employee-secret"), MANAGER("mara.manager", "manager-secret"),
		OTHER_MANAGER("otto.othermanager", "other-secret"), PLANNER("pat.planner", "planner-secret"),
		ADMIN("admin", "test-admin-secret");

		final String username;

		final String password;

		Caller(String username, String password) {
			this.username = username;
			this.password = password;
		}

		HttpGraphQlTester client(int port) {
			return this == ANONYMOUS ? GraphQlClients.anonymous(port) : as(port, this.username, this.password);
		}

	}

	private PeopleFixtures() {
	}

	static HttpGraphQlTester as(int port, String username, String password) {
		return HttpGraphQlTester.create(GraphQlClients.client(port)
			.defaultHeaders(headers -> headers.setBasicAuth(username, password))
			.build());
	}

	/** Imports examples/people through importPeople as the admin; idempotent, so every test class may call it. */
	public static void importExamples(GraphQlTester admin) {
		admin.documentName("importPeople")
			.variable("input", Map.of("teams", GraphFixtures.read(FOLDER.resolve("teams.csv")), "people",
					GraphFixtures.read(FOLDER.resolve("people.csv")), "holdings",
					GraphFixtures.read(FOLDER.resolve("holdings.csv"))))
			.execute()
			.path("importPeople.errors")
			.entityList(String.class)
			.hasSize(0);
	}

}
