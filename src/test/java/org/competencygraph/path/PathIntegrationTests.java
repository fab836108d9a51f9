package org.competencygraph.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.ReadmeExamples;
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
	void ukLevel1ToLevel4FollowsTheLadderWithItsConditions() {
		var answer = paths(Map.of("job", L + "1"), L + "4", 3, 3, null);
		answer.path("careerPaths.reason").valueIsNull();
		List<Map<String, Object>> paths = list(answer, "careerPaths.paths");
		assertThat(paths).isNotEmpty();
		Map<String, Object> best = paths.getFirst();
		assertThat(best).containsEntry("rank", 1).containsEntry("steps", 3);
		List<Map<String, Object>> moves = moves(best);
		assertThat(moves).extracting(PathIntegrationTests::jobId).containsExactly(L + "2", L + "3", L + "4");
		assertThat(moves).allSatisfy(move -> {
			assertThat(move.get("ladder")).isNotNull();
			assertThat(map(move.get("ladder"))).containsEntry("track", "technical");
			assertThat(move).containsEntry("transitionClass", "ADVANCEMENT").containsEntry("levelChange", 1)
				.containsEntry("familyChange", false).containsEntry("viable", true);
		});
		Map<String, Object> toLevel2 = map(moves.getFirst().get("ladder"));
		assertThat((String) toLevel2.get("conditions")).contains("Attainment of the ITIL Foundation qualification is essential");
		assertThat((List<Object>) toLevel2.get("requiredCapabilities")).containsExactly(Map.of("id", "certification/itil-foundation"));
		assertThat((String) map(moves.get(1).get("ladder")).get("conditions")).contains("Level 3 job duties");
		// The total is the sum of the steps' efforts, each as transitions reports it.
		double sum = moves.stream().mapToDouble(m -> ((Number) m.get("effort")).doubleValue()).sum();
		assertThat(((Number) best.get("totalEffort")).doubleValue()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-3));
		// Every other route costs at least as much, and none has more than 3 steps.
		assertThat(paths).allSatisfy(p -> assertThat(((Number) p.get("totalEffort")).doubleValue())
			.isGreaterThanOrEqualTo(((Number) best.get("totalEffort")).doubleValue()));
		assertThat(paths).allSatisfy(p -> assertThat((Integer) p.get("steps")).isLessThanOrEqualTo(3));
	}

	@Test
	void harvardProfessionalIIToManagementIVTakesViableStepsAtMostOneGradeUp() {
		var answer = paths(Map.of("job", HARVARD + "professional-ii"), HARVARD + "mgt-iv", 5, 3, null);
		List<Map<String, Object>> paths = list(answer, "careerPaths.paths");
		assertThat(paths).hasSizeGreaterThanOrEqualTo(3);
		for (Map<String, Object> path : paths) {
			List<Map<String, Object>> moves = moves(path);
			assertThat(jobId(moves.getLast())).isEqualTo(HARVARD + "mgt-iv");
			assertThat(moves).allSatisfy(move -> {
				assertThat(move).containsEntry("viable", true);
				assertThat((Integer) move.get("levelChange")).isLessThanOrEqualTo(1);
			});
			// Simple paths: no job twice, never back to the start.
			List<String> ids = moves.stream().map(PathIntegrationTests::jobId).toList();
			assertThat(ids).doesNotHaveDuplicates().doesNotContain(HARVARD + "professional-ii");
		}
		// Professional II is level 3, Management IV level 5: two levels up, so at least two steps.
		assertThat(paths).allSatisfy(p -> assertThat((Integer) p.get("steps")).isGreaterThanOrEqualTo(2));
		// The technical ladder then across to management at the same grade is among them, with its conditions.
		assertThat(paths).anySatisfy(p -> assertThat(moves(p)).extracting(PathIntegrationTests::jobId)
			.containsExactly(HARVARD + "professional-iii", HARVARD + "professional-iv", HARVARD + "mgt-iv"));
		Map<String, Object> across = paths.stream().map(PathIntegrationTests::moves)
			.filter(m -> jobId(m.getFirst()).equals(HARVARD + "professional-iii") && m.size() == 3)
			.findFirst().orElseThrow().getLast();
		assertThat((String) map(across.get("ladder")).get("conditions")).startsWith("Same grade level (58)");
		assertThat(across).containsEntry("transitionClass", "ADVANCEMENT").containsEntry("familyChange", true);
		// Ranked by effort: totals never decrease.
		List<Double> totals = paths.stream().map(p -> ((Number) p.get("totalEffort")).doubleValue()).toList();
		assertThat(totals).isSorted();
		// By steps: the two-step routes first.
		var bySteps = paths(Map.of("job", HARVARD + "professional-ii"), HARVARD + "mgt-iv", 5, 3, "STEPS");
		List<Integer> steps = list(bySteps, "careerPaths.paths").stream().map(p -> (Integer) p.get("steps")).toList();
		assertThat(steps).isSorted().startsWith(2);
	}

	@Test
	void fromAProfileThePathStartsWithTheJobsTheProfileIsReadyFor() {
		List<Map<String, Object>> profile = profileOf(L + "1");
		var answer = paths(Map.of("profile", profile), L + "3", 3, 3, null);
		List<Map<String, Object>> paths = list(answer, "careerPaths.paths");
		assertThat(paths).isNotEmpty();
		answer.path("careerPaths.from").valueIsNull();
		Map<String, Object> first = moves(paths.getFirst()).getFirst();
		assertThat(first.get("similarity")).isNull();
		assertThat(((Number) first.get("readiness")).doubleValue()).isGreaterThanOrEqualTo(0.5);
		assertThat(first).containsEntry("transitionClass", "UNKNOWN");
	}

	@Test
	void noPathIsAnEmptyListWithAReason() {
		var answer = paths(Map.of("job", L + "1"), L + "4", 3, 1, null);
		assertThat(list(answer, "careerPaths.paths")).isEmpty();
		answer.path("careerPaths.reason").entity(String.class).satisfies(reason -> assertThat(reason)
			.startsWith("No route of at most 1 step from 'Infrastructure Engineer Level 1' to 'Infrastructure "
					+ "Engineer Level 4'")
			.endsWith("more steps (maxSteps up to 4) may find one."));
	}

	@Test
	void transitionsFromLevel1AreTheLadderFirstThenViableMovesAtMostOneLevelUp() {
		var answer = transitions(Map.of("job", L + "1"), 10, null);
		List<Map<String, Object>> moves = list(answer, "transitions.transitions");
		Map<String, Object> ladder = moves.getFirst();
		assertThat(jobId(ladder)).isEqualTo(L + "2");
		assertThat(ladder).containsEntry("transitionClass", "ADVANCEMENT").containsEntry("levelChange", 1)
			.containsEntry("fromLevel", 1).containsEntry("toLevel", 2).containsEntry("levelScale", "responsibility level")
			.containsEntry("familyChange", false);
		assertThat((String) map(ladder.get("ladder")).get("conditions")).contains("ITIL Foundation");
		double threshold = answer.path("transitions.threshold.value").entity(Double.class).get();
		assertThat(moves).allSatisfy(m -> {
			assertThat((Integer) m.get("levelChange")).isLessThanOrEqualTo(1);
			assertThat(((Number) m.get("similarity")).doubleValue()).isGreaterThanOrEqualTo(threshold);
		});
		// Effort: Level 2 adds its own requirements to Level 1's; each missing essential one is weight x steps.
		List<Map<String, Object>> toLearn = (List<Map<String, Object>>) (List<?>) ladder.get("toLearn");
		assertThat(toLearn).isNotEmpty().allSatisfy(row -> assertThat(row.get("status")).isNotEqualTo("MET"));
		assertThat(toLearn.getFirst()).containsEntry("priority", "ESSENTIAL");
		// The same similarity as similarJobs (BLENDED, the default) gives for the pair.
		var similar = this.graphQl.documentName("similarJobs").variable("to", L + "2").variable("first", 20).execute();
		Map<String, Object> level1 = list(similar, "similarJobs.results").stream()
			.filter(r -> L.concat("1").equals(jobId(r))).findFirst().orElseThrow();
		assertThat(level1.get("score")).isEqualTo(ladder.get("similarity"));
		// And the same readiness as skillGap.
		var gap = this.graphQl.documentName("skillGap").variable("from", Map.of("job", L + "1")).variable("to", L + "2")
			.execute();
		gap.path("skillGap.readiness").entity(Double.class).isEqualTo(((Number) ladder.get("readiness")).doubleValue());
	}

	@Test
	void transitionsClassesAndFilters() {
		var down = transitions(Map.of("job", L + "4"), 50, Map.of("classes", List.of("STEP_DOWN")));
		List<Map<String, Object>> moves = list(down, "transitions.transitions");
		assertThat(moves).isNotEmpty().allSatisfy(m -> {
			assertThat(m).containsEntry("transitionClass", "STEP_DOWN");
			assertThat((Integer) m.get("levelChange")).isNegative();
		});
		assertThat(moves).extracting(PathIntegrationTests::jobId).contains(L + "3");
		// Level 1 -> Level 4 is three levels up: only shown with includeNotViable, then not viable.
		var all = transitions(Map.of("job", L + "1"), 50, Map.of("includeNotViable", true));
		Map<String, Object> level4 = list(all, "transitions.transitions").stream()
			.filter(m -> jobId(m).equals(L + "4")).findFirst().orElseThrow();
		assertThat(level4).containsEntry("viable", false).containsEntry("levelChange", 3)
			.containsEntry("transitionClass", "ADVANCEMENT");
		assertThat((String) level4.get("explanation")).contains("+3 (more than 1 up: not viable unless on a ladder)");
		var sameFamily = transitions(Map.of("job", HARVARD + "professional-iii"), 50, Map.of("familyChange", false));
		assertThat(list(sameFamily, "transitions.transitions")).isNotEmpty()
			.allSatisfy(m -> assertThat(m).containsEntry("familyChange", false));
	}

	@Test
	void badInputIsRefusedNamingTheArgument() {
		Map<String, String> from = Map.of("job", L + "1");
		assertError(paths(from, L + "4", 3, 0, null), "BAD_REQUEST", "maxSteps", "maxSteps: must be from 1 to 4, was 0");
		assertError(paths(from, L + "4", 3, 5, null), "BAD_REQUEST", "maxSteps", "maxSteps: must be from 1 to 4, was 5");
		assertError(paths(from, L + "4", 11, 3, null), "BAD_REQUEST", "first", "first: must be from 1 to 10, was 11");
		assertError(paths(from, L + "4", 0, 3, null), "BAD_REQUEST", "first", "first: must be from 1 to 10, was 0");
		assertError(paths(from, "no/such-job", 3, 3, null), "NOT_FOUND", "to", "to: there is no job with id 'no/such-job'");
		assertError(paths(Map.of("job", "no/such-job"), L + "4", 3, 3, null), "NOT_FOUND", "from.job",
				"from.job: there is no job with id 'no/such-job'");
		assertError(paths(from, L + "1", 3, 3, null), "BAD_REQUEST", "to", "to: must differ from from.job");
		assertError(paths(Map.of("profile", List.of()), L + "4", 3, 3, null), "BAD_REQUEST", "from.profile",
				"from.profile: must list at least one capability");
		assertError(paths(Map.of(), L + "4", 3, 3, null), "BAD_REQUEST", "from", "from: give exactly one of job, profile and person");
		assertError(transitions(from, 51, null), "BAD_REQUEST", "first", "first: must be from 1 to 50, was 51");
		assertError(transitions(Map.of("profile", List.of(Map.of("capability", "no/such"))), 5, null), "NOT_FOUND",
				"from.profile[0].capability", "from.profile[0].capability: there is no capability with id 'no/such'");
	}

	/** The README's examples of the four queries run as written, each with a non-empty answer. */
	@Test
	void theReadmeExamplesWorkAsWritten() {
		List<String> queries = ReadmeExamples.graphQl("## Career paths, transitions and what if");
		assertThat(queries).hasSize(4);
		this.graphQl.document(queries.get(0)).execute().path("transitions.transitions[0].ladder.conditions")
			.entity(String.class).satisfies(c -> assertThat(c).contains("ITIL Foundation"));
		this.graphQl.document(queries.get(1)).execute().path("careerPaths.paths").entityList(Object.class).hasSize(3);
		this.graphQl.document(queries.get(2)).execute().path("whatIf.changes").entityList(Object.class)
			.satisfies(changes -> assertThat(changes).isNotEmpty());
		this.graphQl.document(queries.get(3)).execute().path("bestNextSkills.skills").entityList(Object.class)
			.satisfies(skills -> assertThat(skills).isNotEmpty());
	}

	/** What a job requires, as a person's profile (its essential requirements at their levels). */
	List<Map<String, Object>> profileOf(String job) {
		var requirements = this.graphQl.documentName("skillGap").variable("from", Map.of("job", job)).variable("to", job)
			.execute();
		List<Map<String, Object>> profile = new ArrayList<>();
		for (Map<String, Object> row : list(requirements, "skillGap.requirements")) {
			if ("ESSENTIAL".equals(row.get("priority"))) {
				Map<String, Object> entry = new java.util.HashMap<>();
				entry.put("capability", map(row.get("capability")).get("id"));
				entry.put("level", row.get("requiredLevel"));
				profile.add(entry);
			}
		}
		return profile;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> moves(Map<String, Object> path) {
		return (List<Map<String, Object>>) path.get("moves");
	}

}
