package org.competencygraph.similarity;

import java.util.List;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.semantic.TextEmbedder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * BLENDED similarity and CLOSE_MATCH partial credit over HTTP, on a small graph written straight into the shared
 * database (title and duty embeddings computed by the application's TextEmbedder, as the embedding job writes them)
 * and removed afterwards.
 * <pre>
 * test-blend/network (own skill)  -CLOSE_MATCH {score 0.8}->  test-blend/networking (O*NET skill)
 * engineer       "Network Engineer", requires network (essential, level 4), embedded
 * administrator  "Network Administrator", requires networking (essential, level 4), embedded
 * chef           "Pastry Chef", requires baking, embedded
 * technician     "Network Technician", requires network, not embedded yet
 * </pre>
 */
@IntegrationTest
class BlendedSimilarityIntegrationTests {

	static final String P = "test-blend/";

	@Autowired
	Driver driver;

	@Autowired
	RequirementIndexes indexes;

	@Autowired
	TextEmbedder embedder;

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	List<String> seedBefore;

	@BeforeEach
	void createGraph() {
		this.graphQl = GraphQlClients.anonymous(this.port);
		this.seedBefore = GraphFixtures.fingerprint(this.driver);
		List<String> titles = List.of("Network Engineer", "Network Administrator", "Pastry Chef");
		List<String> duties = List.of("Designs, installs and maintains computer networks; troubleshoots network faults.",
				"Maintains computer networks and network hardware; troubleshoots connectivity problems.",
				"Bakes bread, cakes and pastries and decorates desserts.");
		List<float[]> titleVectors = this.embedder.embedAll(titles);
		List<float[]> dutyVectors = this.embedder.embedAll(duties);
		this.driver.executableQuery("""
				MERGE (o:Organization {id: 'test-blend-org'}) SET o.name = 'Test Blend Org'
				CREATE (n:Capability:Skill {id: $p + 'network', kind: 'Skill', name: 'Test network', aliases: []})
				CREATE (w:Capability:Skill {id: $p + 'networking', kind: 'Skill', name: 'Test networking (O*NET)',
				        aliases: [], framework: 'test-onet', onetDomain: 'Skills'})
				CREATE (b:Capability:Skill {id: $p + 'baking', kind: 'Skill', name: 'Test baking', aliases: []})
				CREATE (n)-[:CLOSE_MATCH {score: 0.8, method: 'test', evidence: 'written by the test',
				        framework: 'test-onet', status: 'proposed'}]->(w)
				CREATE (e:Job {id: $p + 'engineer', title: 'Network Engineer', titleEmbedding: $titles[0],
				        dutyEmbedding: $duties[0]})-[:IN_ORGANIZATION]->(o)
				CREATE (a:Job {id: $p + 'administrator', title: 'Network Administrator', titleEmbedding: $titles[1],
				        dutyEmbedding: $duties[1]})-[:IN_ORGANIZATION]->(o)
				CREATE (c:Job {id: $p + 'chef', title: 'Pastry Chef', titleEmbedding: $titles[2],
				        dutyEmbedding: $duties[2]})-[:IN_ORGANIZATION]->(o)
				CREATE (t:Job {id: $p + 'technician', title: 'Network Technician'})-[:IN_ORGANIZATION]->(o)
				CREATE (e)-[:REQUIRES {priority: 'essential', level: 4}]->(n)
				CREATE (a)-[:REQUIRES {priority: 'essential', level: 4}]->(w)
				CREATE (c)-[:REQUIRES {priority: 'essential'}]->(b)
				CREATE (t)-[:REQUIRES {priority: 'essential'}]->(n)
				""").withParameters(Map.of("p", P, "titles", lists(titleVectors), "duties", lists(dutyVectors))).execute();
		this.indexes.rebuild("test graph written");
	}

	static List<List<Double>> lists(List<float[]> vectors) {
		return vectors.stream().map(v -> {
			Double[] values = new Double[v.length];
			for (int i = 0; i < v.length; i++) {
				values[i] = (double) v[i];
			}
			return List.of(values);
		}).toList();
	}

	@AfterEach
	void removeGraph() {
		this.driver.executableQuery("""
				MATCH (n) WHERE n.id STARTS WITH $p OR n.id = 'test-blend-org' DETACH DELETE n
				""").withParameters(Map.of("p", P)).execute();
		this.indexes.rebuild("test graph removed");
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(this.seedBefore);
	}

	@Test
	@SuppressWarnings("unchecked")
	void similarJobsBlendsProfileDutiesAndTitleByDefaultAndExplainsEachPart() {
		var answer = this.graphQl.documentName("similarJobs")
			.variable("to", P + "engineer")
			.variable("filter", Map.of("organization", "Test Blend Org"))
			.execute();
		answer.path("similarJobs.metric").entity(String.class).isEqualTo("BLENDED");
		List<String> ids = answer.path("similarJobs.results[*].job.id").entityList(String.class).get();
		// The technician, not embedded yet, is compared by its profile alone (the same requirement): 1.
		assertThat(ids).containsExactly(P + "technician", P + "administrator", P + "chef");
		answer.path("similarJobs.results[0].score").entity(Double.class).isEqualTo(1.0);
		answer.path("similarJobs.results[0].computation").entity(String.class).satisfies(c -> assertThat(c)
			.startsWith("(0.4 x profile 1) / (0.4) = 1 (weights renormalised over the parts both jobs have; duties "
					+ "left out: 'Network Technician' has no duty embedding yet; title left out: 'Network "
					+ "Technician' has no title embedding yet)"));
		// The administrator shares no capability, only a CLOSE_MATCH one (credit 0.5 x 0.8 = 0.4): profile
		// cosine of {network 1, networking 0.4} and {networking 1, network 0.4} = 0.8 / 1.16.
		List<Map<String, Object>> parts = answer.path("similarJobs.results[1].parts").entityList(Map.class).get()
			.stream().map(m -> (Map<String, Object>) m).toList();
		assertThat(parts).extracting(p -> p.get("name")).containsExactly("profile", "duties", "title");
		assertThat((Double) parts.get(0).get("score")).isCloseTo(0.8 / 1.16, within(1e-4));
		assertThat(parts).allSatisfy(p -> assertThat(p.get("leftOut")).isNull());
		double duties = (Double) parts.get(1).get("score");
		double title = (Double) parts.get(2).get("score");
		assertThat(duties).isGreaterThan(0.5);
		assertThat(title).isGreaterThan(0.5);
		answer.path("similarJobs.results[1].score").entity(Double.class).satisfies(score -> assertThat(score)
			.isCloseTo(0.4 * 0.8 / 1.16 + 0.35 * duties + 0.25 * title, within(1e-3)));
		answer.path("similarJobs.results[1].shared[*].match").entityList(String.class)
			.containsExactly("CLOSE_MATCH", "CLOSE_MATCH");
		answer.path("similarJobs.results[1].shared[0].credit").entity(Double.class).isEqualTo(0.4);
		answer.path("similarJobs.results[1].missingCount").entity(Integer.class).isEqualTo(0);
		// The chef shares nothing and is listed by its text alone, well below.
		answer.path("similarJobs.results[2].parts[0].score").entity(Double.class).isEqualTo(0.0);
		answer.path("similarJobs.results[2].score").entity(Double.class)
			.satisfies(score -> assertThat(score).isLessThan(0.4 * 0.8 / 1.16 + 0.35 * duties + 0.25 * title - 0.2));
		// The same pair in compareJobs, by BLENDED, gives the same score.
		double administrator = answer.path("similarJobs.results[1].score").entity(Double.class).get();
		this.graphQl.documentName("compareJobs")
			.variable("ids", List.of(P + "engineer", P + "administrator"))
			.variable("metric", "BLENDED")
			.execute()
			.path("compareJobs.pairs[0].score")
			.entity(Double.class)
			.isEqualTo(administrator);
	}

	@Test
	void theTitlePartComparesATitleWithItsOtherNames() {
		// Two bakers' jobs, one also known as "Network Administrator" (as an occupation's alternate titles name
		// what people call it): the title part finds that name, not only the title's words.
		List<float[]> vectors = this.embedder.embedAll(List.of("Pastry Chef", "Pastry Chef; Network Administrator",
				"Pastry Cook", "Pastry Cook"));
		this.driver.executableQuery("""
				MATCH (o:Organization {id: 'test-blend-org'})
				CREATE (a:Job {id: $p + 'chef-named', title: 'Pastry Chef', aliases: ['Network Administrator'],
				        titleEmbedding: $v[0], namesEmbedding: $v[1]})-[:IN_ORGANIZATION]->(o)
				CREATE (b:Job {id: $p + 'cook', title: 'Pastry Cook', aliases: [], titleEmbedding: $v[2],
				        namesEmbedding: $v[3]})-[:IN_ORGANIZATION]->(o)
				""").withParameters(Map.of("p", P, "v", lists(vectors))).execute();
		this.indexes.rebuild("test jobs with other names written");

		var answer = this.graphQl.documentName("similarJobs")
			.variable("to", P + "administrator")
			.variable("filter", Map.of("organization", "Test Blend Org"))
			.execute();
		double named = answer.path("similarJobs.results[?(@.job.id == '" + P + "chef-named')].parts[?(@.name == 'title')]"
				+ ".score").entityList(Double.class).get().getFirst();
		double unnamed = answer.path("similarJobs.results[?(@.job.id == '" + P + "cook')].parts[?(@.name == 'title')]"
				+ ".score").entityList(Double.class).get().getFirst();
		assertThat(named).isGreaterThan(unnamed + 0.2);
	}

	@Test
	void aCloseMatchMeetsARequirementPartlyInSkillGapJobsMatchingAndCompareJobs() {
		var gap = this.graphQl.documentName("skillGap")
			.variable("from", Map.of("profile", List.of(Map.of("capability", P + "networking", "level", 4))))
			.variable("to", P + "engineer")
			.execute();
		gap.path("skillGap.requirements[0]").entity(Map.class).satisfies(row -> assertThat(row)
			.containsEntry("status", "PARTLY_MET")
			.containsEntry("match", "CLOSE_MATCH")
			.containsEntry("credit", 0.4)
			.containsEntry("explanation", "Held only as the close match 'Test networking (O*NET)' (CLOSE_MATCH "
					+ "'Test network', link score 0.8): match credit 0.5 x 0.8 = 0.4 at level 4; level 4 required, "
					+ "level share 1. Credit 0.4. Weight 1 (essential, no stated importance)."));
		gap.path("skillGap.readiness").entity(Double.class).isEqualTo(0.4);
		gap.path("skillGap.extras").entityList(Object.class).hasSize(0);
		var matching = this.graphQl.documentName("jobsMatching")
			.variable("profile", List.of(Map.of("capability", P + "networking", "level", 4)))
			.execute();
		matching.path("jobsMatching.results[*].job.id").entityList(String.class)
			.containsExactly(P + "administrator", P + "engineer", P + "technician");
		matching.path("jobsMatching.results[*].readiness").entityList(Double.class).containsExactly(1.0, 0.4, 0.4);
		var comparison = this.graphQl.documentName("compareJobCells")
			.variable("ids", List.of(P + "engineer", P + "administrator"))
			.execute();
		comparison.path("compareJobs.rows[?(@.capability.id == '" + P + "network')].cells[1]")
			.entityList(Map.class)
			.satisfies(cells -> assertThat(cells).singleElement().satisfies(cell -> assertThat(cell)
				.containsEntry("match", "CLOSE_MATCH")
				.containsEntry("credit", 0.4)
				.containsEntry("capability", Map.of("id", P + "networking"))));
		comparison.path("compareJobs.rows[*].requiredBy").entityList(Integer.class).containsExactly(1, 1);
		comparison.path("compareJobs.pairs[0].score").entity(Double.class).satisfies(score -> assertThat(score)
			.isCloseTo(0.8 / 1.16, within(1e-4)));
	}

}
