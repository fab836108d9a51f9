package org.competencygraph.learning;

import java.util.List;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.LearningCatalogueFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.competencygraph.background.JobProgress;
import org.competencygraph.semantic.Embeddings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example learning catalogue imported through the mutation, and read back: each test starts from the seed graph
 * with the catalogue imported, and leaves the seed graph without it.
 */
@IntegrationTest
class LearningResourcesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	Embeddings embeddings;

	HttpGraphQlTester admin;

	GraphQlTester.Response imported;

	@BeforeEach
	void importCatalogue() {
		// The import computes missing sentence vectors itself; done here first, so that no request waits for it.
		this.embeddings.refresh(JobProgress.NONE);
		LearningCatalogueFixtures.removeCatalogue(this.driver);
		this.admin = GraphQlClients.admin(this.port);
		this.imported = LearningCatalogueFixtures.importCatalogue(this.admin);
	}

	@AfterEach
	void removeCatalogue() {
		LearningCatalogueFixtures.removeCatalogue(this.driver);
	}

	@Test
	void theExampleCatalogueIsImportedWithEverySkillMatched() {
		this.imported.path("importLearningResources.imported[*].name")
			.entityList(String.class)
			.containsExactly("learning-catalogue.csv", "learning-catalogue-inhouse.yaml");
		this.imported.path("importLearningResources.imported[0].resourcesCreated").entity(Integer.class).isEqualTo(37);
		this.imported.path("importLearningResources.imported[1].resourcesCreated").entity(Integer.class).isEqualTo(13);
		// Paraphrases are matched by meaning and listed for review; names and aliases are matched exactly.
		this.imported.path("importLearningResources.imported[0].semanticMatches")
			.entityList(String.class)
			.satisfies(matches -> assertThat(String.join("\n", matches)).contains(
					"'restoring data from backups' -> skill/backup-and-restore",
					"'prioritising and scheduling your own work' -> skill/time-management",
					"'monitoring IT systems and reporting on their performance' -> skill/system-monitoring"));
		long example = this.driver.executableQuery(
				"MATCH (r:LearningResource) WHERE r.source = 'example' RETURN count(r) AS n")
			.execute().records().getFirst().get("n").asLong();
		assertThat(example).isEqualTo(50);
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		var again = LearningCatalogueFixtures.importCatalogue(this.admin);
		again.path("importLearningResources.imported[0].resourcesCreated").entity(Integer.class).isEqualTo(0);
		again.path("importLearningResources.imported[0].resourcesUnchanged").entity(Integer.class).isEqualTo(37);
		again.path("importLearningResources.imported[1].resourcesUnchanged").entity(Integer.class).isEqualTo(13);
		again.path("importLearningResources.imported[0].teaches")
			.entity(Integer.class)
			.isEqualTo(this.imported.path("importLearningResources.imported[0].teaches").entity(Integer.class).get());
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void aResourceAnswersWithWhatItTeachesAndRequires() {
		var practitioner = GraphQlClients.anonymous(this.port)
			.documentName("learningResource")
			.variable("id", "cert/prince2-practitioner")
			.execute();
		practitioner.path("learningResource.type").entity(String.class).isEqualTo("CERTIFICATION");
		practitioner.path("learningResource.source").entity(String.class).isEqualTo("example");
		practitioner.path("learningResource.prerequisites[0].resource.id").entity(String.class)
			.isEqualTo("cert/prince2-foundation");
		practitioner.path("learningResource.teaches[0].capability.id").entity(String.class)
			.isEqualTo("skill/project-management");
		practitioner.path("learningResource.teaches[0].level").entity(Integer.class).isEqualTo(4);
		practitioner.path("learningResource.teaches[0].method").entity(String.class).isEqualTo("name");
		var programme = GraphQlClients.anonymous(this.port)
			.documentName("learningResource")
			.variable("id", "programme/infrastructure-technician-l3")
			.execute();
		programme.path("learningResource.prerequisites[0].capability.id").entity(String.class)
			.isEqualTo("qualification/it-qualification-nqf-level-2");
		GraphQlClients.anonymous(this.port)
			.documentName("learningResource")
			.variable("id", "course/no-such-course")
			.execute()
			.path("learningResource")
			.valueIsNull();
	}

	@Test
	void capabilitiesAnswerWhichResourcesTeachThemHighestLevelFirst() {
		var itil = GraphQlClients.anonymous(this.port)
			.documentName("taughtBy")
			.variable("id", "certification/itil-foundation")
			.execute();
		itil.path("capability.taughtBy[*].resource.id").entityList(String.class).containsExactly("cert/itil-4-foundation");
		itil.path("capability.taughtBy[0].method").entity(String.class).isEqualTo("name");
		var frameworks = GraphQlClients.anonymous(this.port)
			.documentName("taughtBy")
			.variable("id", "knowledge/ict-best-practice-frameworks")
			.variable("first", 2)
			.execute();
		frameworks.path("capability.taughtBy[*].resource.id").entityList(String.class)
			.containsExactly("cert/itil-4-strategist-dpi", "cert/itil-4-specialist-cds");
		frameworks.path("capability.taughtBy[*].level").entityList(Integer.class).containsExactly(5, 4);
	}

	@Test
	void resourcesArePagedAndFiltered() {
		var first = GraphQlClients.anonymous(this.port)
			.documentName("learningResources")
			.variable("filter", Map.of("type", "CERTIFICATION"))
			.variable("first", 5)
			.execute();
		int total = first.path("learningResources.totalCount").entity(Integer.class).get();
		assertThat(total).isEqualTo(13);
		first.path("learningResources.edges").entityList(Object.class).hasSize(5);
		String cursor = first.path("learningResources.pageInfo.endCursor").entity(String.class).get();
		var next = GraphQlClients.anonymous(this.port)
			.documentName("learningResources")
			.variable("filter", Map.of("type", "CERTIFICATION"))
			.variable("first", 100)
			.variable("after", cursor)
			.execute();
		next.path("learningResources.edges").entityList(Object.class).hasSize(total - 5);
		GraphQlClients.anonymous(this.port)
			.documentName("learningResources")
			.variable("filter", Map.of("teaches", "skill/project-management", "text", "prince2"))
			.execute()
			.path("learningResources.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("cert/prince2-foundation", "cert/prince2-practitioner");
		GraphQlClients.anonymous(this.port)
			.documentName("learningResources")
			.variable("first", 101)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("first");
			}));
	}

}
