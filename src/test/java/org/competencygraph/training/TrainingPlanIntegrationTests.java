package org.competencygraph.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competencygraph.GraphQlErrorAssertions.assertError;

/**
 * trainingPlan over HTTP on the seed graph, with a small catalogue written in the test (the real qualifications
 * the UK documents name) and removed afterwards, so the seed graph is left as it was.
 * <pre>
 * itil-foundation     18 h,  400 GBP  teaches certification/itil-foundation, ict-best-practice-frameworks to 2
 * itil-specialist     30 h,  900 GBP  teaches ict-best-practice-frameworks to 5; requires itil-foundation (resource)
 * frameworks-bootcamp 80 h,  100 GBP  teaches ict-best-practice-frameworks to 5
 * infrastructure-deep 40 h, 1200 GBP  teaches it-infrastructure-systems to 5; requires ITIL Foundation (capability)
 * infrastructure-intro 10 h,  50 GBP  teaches it-infrastructure-systems to 3 (below Level 3's 5)
 * mentoring-a / -b     5 h each      teach skill/mentoring; each requires the other (a cycle)
 * </pre>
 */
@IntegrationTest
class TrainingPlanIntegrationTests {

	static final String T = "test-training/";

	static final String JUNIOR = "uk-council-a/junior-infrastructure-engineer";

	static final String LEVEL3 = "uk-council-b/infrastructure-engineer-l3";

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	List<String> seedBefore;

	@BeforeEach
	void createCatalogue() {
		this.graphQl = GraphQlClients.anonymous(this.port);
		this.seedBefore = GraphFixtures.fingerprint(this.driver);
		this.driver.executableQuery("""
				UNWIND $resources AS row
				CREATE (r:LearningResource {id: $p + row[0], title: row[1], type: row[2], hours: row[3], cost: row[4],
				        currency: 'GBP', provider: 'Test provider', source: 'test'})
				WITH r, row
				UNWIND row[5] AS taught
				MATCH (c:Capability {id: taught[0]})
				CREATE (r)-[:TEACHES {level: taught[1]}]->(c)
				""").withParameters(Map.of("p", T, "resources", List.of(
						List.of("itil-foundation", "ITIL 4 Foundation", "CERTIFICATION", 18, 400,
								List.of(List.of("certification/itil-foundation", 1),
										List.of("knowledge/ict-best-practice-frameworks", 2))),
						List.of("itil-specialist", "ITIL 4 Specialist: Create, Deliver and Support", "CERTIFICATION", 30,
								900, List.of(List.of("knowledge/ict-best-practice-frameworks", 5))),
						List.of("frameworks-bootcamp", "ICT Frameworks Bootcamp", "PROGRAMME", 80, 100,
								List.of(List.of("knowledge/ict-best-practice-frameworks", 5))),
						List.of("infrastructure-deep", "Enterprise Infrastructure in Depth", "COURSE", 40, 1200,
								List.of(List.of("knowledge/it-infrastructure-systems", 5))),
						List.of("infrastructure-intro", "Infrastructure Basics", "COURSE", 10, 50,
								List.of(List.of("knowledge/it-infrastructure-systems", 3))),
						List.of("mentoring-a", "Mentoring Circle A", "MENTORING", 5, 0,
								List.of(List.of("skill/mentoring", 4))),
						List.of("mentoring-b", "Mentoring Circle B", "MENTORING", 5, 0,
								List.of(List.of("skill/mentoring", 4))))))
			.execute();
		this.driver.executableQuery("""
				MATCH (specialist:LearningResource {id: $p + 'itil-specialist'}),
				      (foundation:LearningResource {id: $p + 'itil-foundation'}),
				      (deep:LearningResource {id: $p + 'infrastructure-deep'}),
				      (itil:Capability {id: 'certification/itil-foundation'}),
				      (a:LearningResource {id: $p + 'mentoring-a'}), (b:LearningResource {id: $p + 'mentoring-b'})
				CREATE (specialist)-[:PREREQUISITE]->(foundation)
				CREATE (deep)-[:PREREQUISITE]->(itil)
				CREATE (a)-[:PREREQUISITE]->(b)
				CREATE (b)-[:PREREQUISITE]->(a)
				""").withParameters(Map.of("p", T)).execute();
	}

	@AfterEach
	void removeCatalogue() {
		this.driver.executableQuery("MATCH (r:LearningResource) WHERE r.id STARTS WITH $p DETACH DELETE r")
			.withParameters(Map.of("p", T))
			.execute();
		this.driver.executableQuery("MATCH ()-[r:RELATED_TO {source: $p}]->() DELETE r")
			.withParameters(Map.of("p", T))
			.execute();
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(this.seedBefore);
	}

	GraphQlTester.Response plan(Object from, String to, @Nullable String objective, @Nullable String include) {
		return this.graphQl.documentName("trainingPlan")
			.variable("from", from)
			.variable("to", to)
			.variable("objective", objective)
			.variable("include", include)
			.execute();
	}

	@Test
	void theJuniorEngineersPlanToLevel3TakesItilFoundationBeforeEverythingThatRequiresIt() {
		var plan = plan(Map.of("job", JUNIOR), LEVEL3, "HOURS", "ESSENTIAL");
		List<Map<String, Object>> resources = resources(plan);
		Map<String, Integer> stepOf = stepOf(plan);
		assertThat(stepOf).containsOnlyKeys(T + "itil-foundation", T + "itil-specialist", T + "infrastructure-deep");
		// ITIL Foundation closes the essential certification itself and is required by the two others: by id
		// (the specialist certificate) and by the capability (the infrastructure course).
		assertThat(stepOf.get(T + "itil-foundation")).isEqualTo(1);
		assertThat(stepOf.get(T + "itil-specialist")).isGreaterThan(stepOf.get(T + "itil-foundation"));
		assertThat(stepOf.get(T + "infrastructure-deep")).isGreaterThan(stepOf.get(T + "itil-foundation"));
		Map<String, Object> foundation = resource(resources, T + "itil-foundation");
		assertThat(foundation.get("prerequisiteOf")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactlyInAnyOrder(T + "itil-specialist", T + "infrastructure-deep");
		assertThat(closes(foundation)).containsExactly("certification/itil-foundation");
		assertThat((String) foundation.get("explanation")).startsWith("Closes 'ITIL Foundation'.")
			.contains("Required first by 'ITIL 4 Specialist: Create, Deliver and Support'",
					"'Enterprise Infrastructure in Depth'", "(proven optimal)");
		Map<String, Object> specialist = resource(resources, T + "itil-specialist");
		assertThat(specialist.get("after")).isEqualTo(List.of(T + "itil-foundation"));
		assertThat(closes(specialist)).containsExactly("knowledge/ict-best-practice-frameworks");
		// 18 + 30 = 48 hours beat the 80-hour bootcamp, named as the alternative.
		assertThat((String) specialist.get("explanation"))
			.contains("other resources closing 'ICT Best Practice Frameworks and Methodologies' (level 5): "
					+ "'ICT Frameworks Bootcamp' (80 h)");
		plan.path("trainingPlan.totalHours").entity(Double.class).isEqualTo(88.0);
		plan.path("trainingPlan.totalCost").entity(Double.class).isEqualTo(2500.0);
		plan.path("trainingPlan.currency").entity(String.class).isEqualTo("GBP");
		plan.path("trainingPlan.optimal").entity(Boolean.class).isEqualTo(true);
		plan.path("trainingPlan.lowerBound").entity(Double.class).isEqualTo(88.0);
		plan.path("trainingPlan.gapToLowerBound").valueIsNull();
	}

	@Test
	void thePlanClosesExactlyWhatSkillGapReportsAsNotMetOrSaysWhyNot() {
		var plan = plan(Map.of("job", JUNIOR), LEVEL3, "HOURS", "ESSENTIAL");
		List<String> notMet = this.graphQl.documentName("skillGap")
			.variable("from", Map.of("job", JUNIOR))
			.variable("to", LEVEL3)
			.execute()
			.path("skillGap.requirements[?(@.priority == 'ESSENTIAL' && @.status != 'MET')].capability.id")
			.entityList(String.class)
			.get();
		Set<String> addressed = new LinkedHashSet<>();
		resources(plan).forEach(r -> addressed.addAll(closes(r)));
		List<Map<String, Object>> notCovered = plan.path("trainingPlan.notCovered").entityList(
				new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				}).get();
		notCovered.forEach(r -> addressed.add(id(r)));
		assertThat(addressed).containsExactlyInAnyOrderElementsOf(notMet);
		plan.path("trainingPlan.requirements").entity(Integer.class).isEqualTo(notMet.size());
		// Mentoring is taught only by two circles that require each other: reported, not used.
		plan.path("trainingPlan.prerequisiteCycles").entity(List.class)
			.isEqualTo(List.of(List.of(T + "mentoring-a", T + "mentoring-b")));
		assertThat(notCovered).filteredOn(r -> id(r).equals("skill/mentoring"))
			.singleElement()
			.satisfies(r -> assertThat((String) r.get("reason")).startsWith(
					"Taught only by resources that cannot be started: 'Mentoring Circle A' is in a prerequisite cycle"));
		assertThat(notCovered).filteredOn(r -> id(r).equals("skill/time-management"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("reason")).isEqualTo(
					"No learning resource teaches 'Time Management' or a capability SAME_AS it: not covered by training."));
		// Everything not covered is in the learning order.
		List<String> ordered = plan.path("trainingPlan.learningOrder[*].capability.id").entityList(String.class).get();
		assertThat(new LinkedHashSet<>(ordered)).containsExactlyInAnyOrderElementsOf(
				notCovered.stream().map(TrainingPlanIntegrationTests::id).toList());
	}

	@Test
	void theObjectiveCostPrefersTheCheapBootcamp() {
		var plan = plan(Map.of("job", JUNIOR), LEVEL3, "COST", "ESSENTIAL");
		assertThat(stepOf(plan)).containsOnlyKeys(T + "itil-foundation", T + "frameworks-bootcamp",
				T + "infrastructure-deep");
		plan.path("trainingPlan.totalCost").entity(Double.class).isEqualTo(1700.0);
		plan.path("trainingPlan.objective").entity(String.class).isEqualTo("COST");
	}

	@Test
	void aCourseBelowTheRequiredLevelDoesNotCloseIt() {
		// A person holding ITIL Foundation but no infrastructure knowledge: the intro course teaches only to level 3.
		var plan = plan(Map.of("profile", List.of(Map.of("capability", "certification/itil-foundation"),
				Map.of("capability", "knowledge/ict-best-practice-frameworks", "level", 5))), LEVEL3, null, null);
		// Explicit nulls take the defaults.
		plan.path("trainingPlan.objective").entity(String.class).isEqualTo("HOURS");
		plan.path("trainingPlan.include").entity(String.class).isEqualTo("ESSENTIAL");
		Map<String, Integer> stepOf = stepOf(plan);
		assertThat(stepOf).containsOnlyKeys(T + "infrastructure-deep");
		assertThat(stepOf.get(T + "infrastructure-deep")).isEqualTo(1);
		plan.path("trainingPlan.profileSize").entity(Integer.class).isEqualTo(2);
		plan.path("trainingPlan.fromJob").valueIsNull();
	}

	@Test
	void withoutResourcesTheCapabilitiesAreOrderedByEssentialRelationsAndALevelAtATime() {
		// ESCO-style: stakeholder relationship management is essential for translating between technical and
		// business concepts.
		this.driver.executableQuery("""
				MATCH (a:Capability {id: 'competency/business-technical-translation'}),
				      (b:Capability {id: 'competency/stakeholder-relationship-management'})
				CREATE (a)-[:RELATED_TO {relationType: 'essential', source: $p}]->(b)
				""").withParameters(Map.of("p", T)).execute();
		var plan = plan(Map.of("profile", List.of(Map.of("capability", "knowledge/specialist-technology", "level", 3))),
				LEVEL3, "HOURS", "ALL");
		List<Map<String, Object>> order = plan.path("trainingPlan.learningOrder").entityList(
				new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				}).get();
		Map<String, Object> translation = step(order, "competency/business-technical-translation", null);
		Map<String, Object> stakeholders = step(order, "competency/stakeholder-relationship-management", null);
		assertThat((Integer) translation.get("step")).isGreaterThan((Integer) stakeholders.get("step"));
		assertThat(translation.get("after")).isEqualTo(List.of(Map.of("id", "competency/stakeholder-relationship-management")));
		assertThat((String) translation.get("explanation")).contains("'Stakeholder Relationship Management' first (ESCO: "
				+ "essential for 'Translating Between Technical and Business Concepts')");
		// Held at 3, required at 5 (desirable): level 4, then level 5.
		Map<String, Object> four = step(order, "knowledge/specialist-technology", 4.0);
		Map<String, Object> five = step(order, "knowledge/specialist-technology", 5.0);
		assertThat((Integer) five.get("step")).isGreaterThan((Integer) four.get("step"));
		assertThat(order).noneMatch(s -> "knowledge/specialist-technology".equals(id(s)) && Double.valueOf(3.0).equals(s.get("level")));
	}

	@Test
	void badInputIsRejectedAsSkillGapRejectsIt() {
		assertError(plan(Map.of("job", "no-such-job"), LEVEL3, "HOURS", "ESSENTIAL"), "NOT_FOUND", "from.job",
				"from.job: there is no job with id 'no-such-job'");
		assertError(plan(Map.of("job", JUNIOR), "no-such-job", "HOURS", "ESSENTIAL"), "NOT_FOUND", "to",
				"to: there is no job with id 'no-such-job'");
		assertError(plan(Map.of("profile", List.of()), LEVEL3, "HOURS", "ESSENTIAL"), "BAD_REQUEST", "from.profile",
				"from.profile: must list at least one capability");
		assertError(plan(Map.of(), LEVEL3, "HOURS", "ESSENTIAL"), "BAD_REQUEST", "from",
				"from: give exactly one of job, profile and person");
	}

	static Map<String, Object> step(List<Map<String, Object>> order, String capability, Double level) {
		return order.stream()
			.filter(s -> capability.equals(id(s)) && java.util.Objects.equals(level, s.get("level")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no step for " + capability + " at " + level + " in " + order));
	}

	@SuppressWarnings("unchecked")
	static String id(Map<String, Object> row) {
		return (String) ((Map<String, Object>) row.get("capability")).get("id");
	}

	@SuppressWarnings("unchecked")
	static List<String> closes(Map<String, Object> resource) {
		return ((List<Map<String, Object>>) resource.get("closes")).stream().map(TrainingPlanIntegrationTests::id).toList();
	}

	static Map<String, Object> resource(List<Map<String, Object>> resources, String id) {
		return resources.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
	}

	static List<Map<String, Object>> resources(GraphQlTester.Response plan) {
		return plan.path("trainingPlan.steps[*].resources[*]")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Integer> stepOf(GraphQlTester.Response plan) {
		Map<String, Integer> stepOf = new java.util.LinkedHashMap<>();
		List<Map<String, Object>> steps = plan.path("trainingPlan.steps")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		for (Map<String, Object> step : steps) {
			for (Map<String, Object> resource : (List<Map<String, Object>>) step.get("resources")) {
				stepOf.put((String) resource.get("id"), (Integer) step.get("step"));
			}
		}
		return stepOf;
	}

	static List<String> ids(List<Map<String, Object>> rows) {
		List<String> ids = new ArrayList<>();
		rows.forEach(r -> ids.add(id(r)));
		return ids;
	}

}
