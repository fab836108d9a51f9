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
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
	void dutiesAreWrittenInOrderAndReplacedOnReimport() {
		String file = """
				format: competency-graph/job-profile@1
				source: {document: duties-doc.txt}
				jobs:
				  - id: example-org/duty-probe
				    title: Duty Probe
				    organization: Example Organization
				    duties:
				      - Diagnose and resolve first-line faults.
				      - {text: Maintain the network., section: Key responsibilities}
				      - Keep records.
				""";
		var first = importFile("duty-probe.yaml", file);
		first.path("importJobProfiles.imported[0].duties").entity(Integer.class).isEqualTo(3);
		first.path("importJobProfiles.imported[0].dutiesRemoved").entity(Integer.class).isEqualTo(0);
		var job = GraphQlClients.anonymous(this.port).documentName("jobDuties")
			.variable("id", "example-org/duty-probe")
			.execute();
		job.path("job.dutyCount").entity(Integer.class).isEqualTo(3);
		job.path("job.duties[*].id").entityList(String.class).containsExactly("example-org/duty-probe/duty/1",
				"example-org/duty-probe/duty/2", "example-org/duty-probe/duty/3");
		job.path("job.duties[1].text").entity(String.class).isEqualTo("Maintain the network.");
		job.path("job.duties[1].section").entity(String.class).isEqualTo("Key responsibilities");
		job.path("job.duties[1].kind").entity(String.class).isEqualTo("duty");
		job.path("job.duties[0].core").valueIsNull();
		GraphQlClients.anonymous(this.port).documentName("jobDuties")
			.variable("id", "example-org/duty-probe").variable("first", 2)
			.execute()
			.path("job.duties[*].id").entityList(String.class).hasSize(2)
			.path("job.dutyCount").entity(Integer.class).isEqualTo(3);
		// A duty's embedding (written by another feature) stays while its text stays, and goes when the text changes.
		this.driver.executableQuery("MATCH (d:Duty) WHERE d.id STARTS WITH 'example-org/duty-probe/' SET d.embedding = [1.0]")
			.execute();

		var second = importFile("duty-probe.yaml", file.replace("      - Keep records.\n", "")
			.replace("Maintain the network.", "Maintain the wide area network."));
		second.path("importJobProfiles.imported[0].duties").entity(Integer.class).isEqualTo(2);
		second.path("importJobProfiles.imported[0].dutiesRemoved").entity(Integer.class).isEqualTo(1);
		var duties = this.driver.executableQuery("""
				MATCH (d:Duty) WHERE d.id STARTS WITH 'example-org/duty-probe/'
				OPTIONAL MATCH (j:Job)-[h:HAS_DUTY]->(d)
				RETURN d.id AS id, d.text AS text, d.embedding IS NOT NULL AS kept, j.id AS job, h.order AS order
				ORDER BY id
				""").execute().records();
		assertThat(duties).extracting(r -> r.get("id").asString(), r -> r.get("text").asString(),
				r -> r.get("kept").asBoolean(), r -> r.get("job").asString(null), r -> r.get("order").asInt(-1))
			.containsExactly(
					tuple("example-org/duty-probe/duty/1", "Diagnose and resolve first-line faults.", true,
							"example-org/duty-probe", 0),
					tuple("example-org/duty-probe/duty/2", "Maintain the wide area network.", false,
							"example-org/duty-probe", 1));

		// The same file again: nothing changes.
		List<String> before = GraphFixtures.fingerprint(this.driver);
		importFile("duty-probe.yaml", file.replace("      - Keep records.\n", "")
			.replace("Maintain the network.", "Maintain the wide area network."));
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
		this.driver.executableQuery("""
				MATCH (j:Job {id: 'example-org/duty-probe'}) OPTIONAL MATCH (j)-[:HAS_DUTY]->(d:Duty)
				DETACH DELETE j, d
				""").execute();
	}

	private GraphQlTester.Response importFile(String name, String content) {
		var response = this.admin.documentName("importJobProfiles")
			.variable("input", Map.of("files", List.of(GraphFixtures.file(name, content))))
			.execute();
		response.path("importJobProfiles.errors").entityList(Object.class).hasSize(0);
		return response;
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
				assertThat(error.getMessage()).isEqualTo("importJobProfiles needs a signed-in user whose role allows it (HTTP Basic, a session or a bearer token).");
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
