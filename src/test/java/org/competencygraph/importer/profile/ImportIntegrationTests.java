package org.competencygraph.importer.profile;

import java.util.List;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	HttpGraphQlTester admin;

	@BeforeEach
	void importExamples() {
		this.admin = GraphQlClients.admin(this.port);
		GraphFixtures.importExamples(this.admin);
	}

	@Test
	void reimportingTheSameFilesChangesNothing() {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		var payload = this.admin.documentName("importJobProfiles")
			.variable("input", Map.of("files", List.of(GraphFixtures.file("service-desk.yaml",
					GraphFixtures.read(GraphFixtures.SERVICE_DESK)))))
			.execute();
		payload.path("importJobProfiles.imported[0].jobsCreated").entity(Integer.class).isEqualTo(0);
		payload.path("importJobProfiles.imported[0].jobsUpdated").entity(Integer.class).isEqualTo(2);
		payload.path("importJobProfiles.imported[0].capabilitiesCreated").entity(Integer.class).isEqualTo(0);
		payload.path("importJobProfiles.imported[0].requirements").entity(Integer.class).isEqualTo(7);
		payload.path("importJobProfiles.imported[0].careerLinks").entity(Integer.class).isEqualTo(1);
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void aBrokenFileIsRejectedWithItsProblemsAndTheGraphStaysAsItWas() {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		String broken = GraphFixtures.read(GraphFixtures.SERVICE_DESK)
			.replace("title: Senior Service Desk Analyst", "title: Changed Title")
			.replace("priority: desirable", "priority: optional");
		var payload = this.admin.documentName("importJobProfiles")
			.variable("input", Map.of("files", List.of(GraphFixtures.file("broken.yaml", broken))))
			.execute();
		payload.path("importJobProfiles.imported").entityList(Object.class).hasSize(0);
		payload.path("importJobProfiles.errors[0].name").entity(String.class).isEqualTo("broken.yaml");
		payload.path("importJobProfiles.errors[0].problems")
			.entityList(String.class)
			.containsExactly("jobs[0].requirements[2].priority: must be essential or desirable, was 'optional'");
		payload.path("importJobProfiles.errors[0].message").entity(String.class).satisfies(message -> assertThat(message)
			.startsWith("broken.yaml was not imported, nothing was changed: "));
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void aFileThatFailsAgainstTheGraphIsRolledBackAsAWhole() {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		// Valid on its own, but its first job changes a capability's kind and its second names a missing job:
		// the first job's writes must not survive.
		String content = """
				format: competency-graph/job-profile@1
				source: {document: doc.txt}
				jobs:
				  - id: example-org/rollback-probe
				    title: Rollback Probe
				    organization: Example Organization
				    requirements:
				      - capability: {id: skill/troubleshooting, kind: Ability, name: Troubleshooting}
				        priority: essential
				        provenance: {section: S, text: T}
				  - id: example-org/rollback-probe-2
				    title: Rollback Probe 2
				    organization: Example Organization
				    requirements:
				      - {capability: skill/not-in-the-graph, priority: essential, provenance: {section: S, text: T}}
				    progressesTo: [{job: example-org/no-such-job}]
				""";
		this.admin.documentName("importJobProfiles")
			.variable("input", Map.of("files", List.of(GraphFixtures.file("probe.yaml", content))))
			.execute()
			.path("importJobProfiles.errors[0].problems")
			.entityList(String.class)
			.contains(
					"capability 'skill/troubleshooting' is a Skill in the graph but a Ability in this file; a capability keeps its kind",
					"capability 'skill/not-in-the-graph' is neither defined in this file nor in the graph",
					"progressesTo names job 'example-org/no-such-job', which is neither defined in this file nor in the graph")
			.hasSize(3);
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	void aChangedFileUpdatesItsJobsAndReplacesTheirRequirements() {
		String changed = GraphFixtures.read(GraphFixtures.NETWORK_ENGINEER)
			.replace("\"title\": \"Network Engineer\"", "\"title\": \"Senior Network Engineer\"")
			.replace("\"levelText\": \"comprehensive\"", "\"levelText\": \"expert\"");
		try {
			var payload = this.admin.documentName("importJobProfiles")
				.variable("input", Map.of("files", List.of(GraphFixtures.file("network-engineer.json", changed))))
				.execute();
			payload.path("importJobProfiles.imported[0].jobsUpdated").entity(Integer.class).isEqualTo(1);
			var job = GraphQlClients.anonymous(this.port)
				.documentName("job")
				.variable("id", "example-org/network-engineer")
				.execute();
			job.path("job.title").entity(String.class).isEqualTo("Senior Network Engineer");
			job.path("job.requirements[*].level").entityList(Double.class).contains(6.0).doesNotContain(5.0);
			job.path("job.requirements").entityList(Object.class).hasSize(3);
		}
		finally {
			GraphFixtures.importExamples(this.admin);
		}
	}

	@Test
	void validFilesAreImportedWhenAnotherFileInTheSameCallIsRejected() {
		var payload = this.admin.documentName("importJobProfiles")
			.variable("input", Map.of("files", List.of(GraphFixtures.file("bad.yaml", "format: nonsense"),
					GraphFixtures.file("network-engineer.json", GraphFixtures.read(GraphFixtures.NETWORK_ENGINEER)))))
			.execute();
		payload.path("importJobProfiles.imported[*].name").entityList(String.class).containsExactly("network-engineer.json");
		payload.path("importJobProfiles.errors[*].name").entityList(String.class).containsExactly("bad.yaml");
	}

	@Test
	void anonymousAndWrongCredentialsCannotImport() {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		GraphQlClients.anonymous(this.port)
			.documentName("importJobProfiles")
			.variable("input", Map.of("files", List.of(GraphFixtures.file("x.yaml", "format: x"))))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
				assertThat(error.getMessage()).isEqualTo("importJobProfiles needs the admin credential (HTTP Basic).");
			}));
		GraphQlClients.client(this.port)
			.defaultHeaders(headers -> headers.setBasicAuth("admin", "wrong"))
			.build()
			.post()
			.bodyValue(Map.of("query", "{ jobs { totalCount } }"))
			.header("Content-Type", "application/json")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

}
