package org.competencygraph.importer.learning;

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

/** Catalogue files the import refuses: each names the file and where in it, and nothing of the file is written. */
@IntegrationTest
class LearningImportIntegrationTests {

	private static final String HEADER = "id,title,provider,type,hours,cost,currency,teaches,prerequisites\n";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	Embeddings embeddings;

	HttpGraphQlTester admin;

	@BeforeEach
	void admin() {
		// The import computes missing sentence vectors itself; done here first, so that no request waits for it.
		this.embeddings.refresh(JobProgress.NONE);
		this.admin = GraphQlClients.admin(this.port);
		LearningCatalogueFixtures.removeCatalogue(this.driver);
	}

	@AfterEach
	void removeCatalogue() {
		LearningCatalogueFixtures.removeCatalogue(this.driver);
	}

	@Test
	void aFileWithABadRowWritesNothingAndNamesTheLineAndField() {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		String broken = GraphFixtures.read(LearningCatalogueFixtures.CSV)
			.replace("cert/prince2-practitioner,PRINCE2 Practitioner (course and exam),PeopleCert accredited training "
					+ "partner,CERTIFICATION,18,", "cert/prince2-practitioner,PRINCE2 Practitioner (course and exam),"
							+ "PeopleCert accredited training partner,CERTIFICATION,eighteen,");
		List<String> problems = rejected("broken.csv", broken);
		assertThat(problems).containsExactly(
				"broken.csv: line 12, field 'hours': must be a number (e.g. 21 or 21.5), was 'eighteen'");
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void aSkillThatMatchesNothingIsAnErrorListingTheClosestCapabilities() {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		List<String> problems = rejected("unmatched.csv", HEADER
				+ "course/a,Troubleshooting Basics,Example,COURSE,7,0,GBP,Troubleshooting:3,\n"
				// Words of no vocabulary: other test classes may have imported ESCO and O*NET into the shared database,
				// whose 14,000 skills have a near match for most real phrases ("perform basket weaving").
				+ "course/b,Glimmerwok,Example,COURSE,7,0,GBP,Xqzv plorbing of glimmerwoks:3; Time Management:2,\n");
		assertThat(problems).singleElement().asString()
			.startsWith("unmatched.csv: line 3, field 'teaches': 'Xqzv plorbing of glimmerwoks' matches no capability "
					+ "closely enough (a match by meaning needs a score of 0.72); give the capability's id or name; "
					+ "closest: '")
			.matches(".*closest: '[^']+' \\([a-z]+[/:][a-z0-9.:/-]+, 0\\.\\d\\d\\).*");
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void aPrerequisiteCycleIsRejectedWithTheCycleNamed() {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		List<String> problems = rejected("cycle.yaml", """
				format: competency-graph/learning-catalogue@1
				resources:
				  - id: course/a
				    title: A
				    type: COURSE
				    teaches: [{capability: Troubleshooting, level: 3}]
				    prerequisites: [{resource: course/b}]
				  - id: course/b
				    title: B
				    type: COURSE
				    teaches: [{capability: Time Management, level: 3}]
				    prerequisites: [{resource: course/c}]
				  - id: course/c
				    title: C
				    type: COURSE
				    teaches: [{capability: Backup and Restore, level: 3}]
				    prerequisites: [{capability: Troubleshooting, level: 3}]
				""");
		assertThat(problems).containsExactly("cycle.yaml: prerequisite cycle, no order of learning can satisfy it: "
				+ "course/a -> course/b (course/a requires resource course/b) -> course/c (course/b requires resource "
				+ "course/c) -> course/a (course/c requires capability skill/troubleshooting at level 3, which only "
				+ "course/a teaches)");
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void aCycleThroughResourcesAlreadyInTheGraphIsRejectedToo() {
		LearningCatalogueFixtures.importCatalogue(this.admin);
		List<String> before = GraphFixtures.fingerprint(this.driver);
		// PRINCE2 Foundation made to require the assignment that requires PRINCE2 Practitioner, which requires it.
		String changed = GraphFixtures.read(LearningCatalogueFixtures.CSV)
			.replace("ICT Best Practice Frameworks and Methodologies:2,,example",
					"ICT Best Practice Frameworks and Methodologies:2,assignment/lead-small-project,example");
		assertThat(rejected("learning-catalogue.csv", changed)).singleElement().asString()
			.contains("prerequisite cycle")
			.contains("cert/prince2-foundation requires resource assignment/lead-small-project")
			.contains("assignment/lead-small-project requires resource cert/prince2-practitioner")
			.contains("cert/prince2-practitioner requires resource cert/prince2-foundation");
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void unknownResourcesAndStructuralProblemsAreNamedByFieldPath() {
		List<String> problems = rejected("learning.yaml", """
				format: competency-graph/learning-catalogue@1
				resources:
				  - id: course/a
				    title: A
				    type: COURSE
				    teaches: [{capability: Troubleshooting, level: 3}]
				    prerequisites: [{resource: course/missing}]
				""");
		assertThat(problems).containsExactly("learning.yaml: resources[0].prerequisites[0].resource: resource "
				+ "'course/missing' is neither defined in this file nor in the graph");
		assertThat(rejected("learning.yaml", """
				format: competency-graph/learning-catalogue@1
				resources:
				  - id: course/a
				    title: A
				    type: WEBINAR
				    houres: 3
				    teaches: [{capability: Troubleshooting, level: 9}]
				""")).contains(
				"learning.yaml: resources[0].type: must be one of COURSE, CERTIFICATION, PROGRAMME, ASSIGNMENT, "
						+ "MENTORING, was 'WEBINAR'",
				"learning.yaml: resources[0].teaches[0].level: must be from 0 to 7 on the proficiency scale, was 9");
		assertThat(rejected("catalogue.txt", "anything")).containsExactly("catalogue.txt: the name must end with .csv "
				+ "(CSV), .yaml, .yml or .json (the catalogue format), which says how to read it");
	}

	private List<String> rejected(String name, String content) {
		GraphQlTester.Response response = this.admin.documentName("importLearningResources")
			.variable("input", Map.of("files", List.of(GraphFixtures.file(name, content))))
			.execute();
		response.path("importLearningResources.imported").entityList(Object.class).hasSize(0);
		response.path("importLearningResources.errors[0].name").entity(String.class).isEqualTo(name);
		return response.path("importLearningResources.errors[0].problems").entityList(String.class).get();
	}

}
