package org.competencygraph.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competencygraph.GraphQlErrorAssertions.assertError;

/** transitions and careerPaths on the seed graph, over HTTP: the routes an employee or an L&D team relies on. */
@IntegrationTest
class PathIntegrationTests {

	static final String L = "uk-council-b/infrastructure-engineer-l";

	static final String HARVARD = "harvard/it-infrastructure-";

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		this.graphQl = GraphQlClients.anonymous(this.port);
	}

	GraphQlTester.Response paths(Object from, String to, Integer first, Integer maxSteps, String rankBy) {
		return this.graphQl.documentName("careerPaths").variable("from", from).variable("to", to)
			.variable("first", first).variable("maxSteps", maxSteps).variable("rankBy", rankBy).execute();
	}

	GraphQlTester.Response transitions(Object from, Integer first, Object filter) {
		return this.graphQl.documentName("transitions").variable("from", from).variable("first", first)
			.variable("filter", filter).execute();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(GraphQlTester.Response response, String path) {
		return (List<Map<String, Object>>) (List<?>) response.path(path).entityList(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	static String jobId(Map<String, Object> move) {
		return (String) ((Map<String, Object>) move.get("job")).get("id");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@Test
	void dump() {
		var t = transitions(Map.of("job", L + "1"), 10, null);
		System.out.println("DUMP transitions L1 " + list(t, "transitions.transitions").stream()
			.map(m -> jobId(m) + " " + m.get("similarity") + " " + m.get("transitionClass") + " " + m.get("levelChange")
					+ " " + m.get("familyChange") + " eff " + m.get("effort") + " " + m.get("readiness"))
			.toList());
		System.out.println("DUMP threshold " + t.path("transitions.threshold").entity(Map.class).get());
		for (String[] pair : new String[][] { { L + "1", L + "4" }, { HARVARD + "professional-ii", HARVARD + "mgt-iv" } }) {
			var p = paths(Map.of("job", pair[0]), pair[1], 5, 4, null);
			System.out.println("DUMP paths " + pair[0] + " examined " + p.path("careerPaths.examined").entity(Integer.class).get()
					+ " reason " + p.path("careerPaths.reason").valueIsNull());
			for (Map<String, Object> path : list(p, "careerPaths.paths")) {
				List<String> steps = new ArrayList<>();
				for (Object m : (List<?>) path.get("moves")) {
					steps.add(jobId(map(m)) + "(" + map(m).get("similarity") + "," + map(m).get("levelChange") + ","
							+ (map(m).get("ladder") != null) + "," + map(m).get("effort") + ")");
				}
				System.out.println("DUMP   " + path.get("totalEffort") + " " + steps);
			}
		}
	}

}
