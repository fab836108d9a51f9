package org.competencygraph.training;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.LearningCatalogueFixtures;
import org.competencygraph.ReadmeExamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * trainingPlan on the seed graph with the shipped example learning catalogue (examples/learning-catalogue.*,
 * imported through the learning-resource import), removed again afterwards.
 */
@IntegrationTest
class TrainingPlanExampleCatalogueIntegrationTests {

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@BeforeEach
	void importCatalogue() {
		LearningCatalogueFixtures.importCatalogue(GraphQlClients.admin(this.port));
	}

	@AfterEach
	void removeCatalogue() {
		LearningCatalogueFixtures.removeCatalogue(this.driver);
	}

	@Test
	void thePlanFromJuniorInfrastructureEngineerToLevel3TakesItilFoundationBeforeAnythingThatRequiresIt() {
		var plan = GraphQlClients.anonymous(this.port)
			.documentName("trainingPlan")
			.variable("from", Map.of("job", TrainingPlanIntegrationTests.JUNIOR))
			.variable("to", TrainingPlanIntegrationTests.LEVEL3)
			.execute();
		Map<String, Integer> stepOf = TrainingPlanIntegrationTests.stepOf(plan);
		List<Map<String, Object>> resources = TrainingPlanIntegrationTests.resources(plan);
		// The resource of the plan that closes the essential ITIL Foundation requirement (Level 2's criterion 3).
		List<String> foundation = resources.stream()
			.filter(r -> TrainingPlanIntegrationTests.closes(r).contains("certification/itil-foundation"))
			.map(r -> (String) r.get("id"))
			.toList();
		assertThat(foundation).hasSize(1);
		String itil = foundation.getFirst();
		// Every resource of the plan that requires ITIL Foundation, as a resource or as the capability, directly or
		// through another resource, comes in a later step.
		Set<String> requiring = new HashSet<>(this.driver.executableQuery("""
				MATCH (r:LearningResource)-[:PREREQUISITE*1..6]->(x)
				WHERE x.id = $itil OR x.id = 'certification/itil-foundation'
				RETURN DISTINCT r.id AS id
				""").withParameters(Map.of("itil", itil)).execute().records().stream()
			.map(r -> r.get("id").asString())
			.toList());
		List<String> inPlan = stepOf.keySet().stream().filter(requiring::contains).toList();
		assertThat(inPlan).as("resources of the plan requiring ITIL Foundation").isNotEmpty();
		assertThat(inPlan).allSatisfy(id -> assertThat(stepOf.get(id)).as(id).isGreaterThan(stepOf.get(itil)));
		// The example catalogue's ITIL ladder: Level 3's in-depth ICT best practice (level 5) is taught only by the
		// ITIL 4 Strategist, which requires the Specialist, which requires the Foundation, which requires the
		// introduction to IT service management.
		assertThat(itil).isEqualTo("cert/itil-4-foundation");
		assertThat(stepOf.get("course/it-service-management-intro")).isLessThan(stepOf.get(itil));
		assertThat(stepOf.get("cert/itil-4-specialist-cds")).isGreaterThan(stepOf.get(itil));
		assertThat(stepOf.get("cert/itil-4-strategist-dpi")).isGreaterThan(stepOf.get("cert/itil-4-specialist-cds"));
		assertThat(TrainingPlanIntegrationTests.closes(TrainingPlanIntegrationTests.resource(resources,
				"cert/itil-4-strategist-dpi"))).contains("knowledge/ict-best-practice-frameworks");
		// The example catalogue covers the seed roles' gaps: nothing left to learn without training.
		plan.path("trainingPlan.notCovered").entityList(Object.class).hasSize(0);
		plan.path("trainingPlan.optimal").entity(Boolean.class).isEqualTo(true);
	}

	/** The README's examples of the learning catalogue and of trainingPlan, run as written on the example catalogue. */
	@Test
	void theReadmeExamplesWorkAsWritten() {
		List<String> learning = ReadmeExamples.graphQl("## Learning resources");
		assertThat(learning).hasSize(1);
		GraphQlClients.anonymous(this.port).document(learning.getFirst()).execute()
			.path("capability.taughtBy[*].resource.title").entityList(String.class)
			.satisfies(titles -> assertThat(titles).contains("ITIL 4 Foundation (course and exam)"));
		List<String> plans = ReadmeExamples.graphQl("## Training plans");
		assertThat(plans).hasSize(1);
		GraphQlClients.anonymous(this.port).document(plans.getFirst()).execute()
			.path("trainingPlan.steps[*].resources[*].title").entityList(String.class)
			.satisfies(titles -> assertThat(titles).contains("ITIL 4 Foundation (course and exam)"));
	}

}
