package org.competencygraph.analysis;

import java.util.List;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How SAME_AS and BROADER links count, on a small graph written straight into the shared database (as another
 * tool would, outside the application) and removed afterwards; the seed graph is left as it was.
 * <pre>
 * test-analysis/framework-a  -SAME_AS->  test-analysis/a       (the same concept in another framework, test-framework)
 * test-analysis/narrow       -BROADER->  test-analysis/broad
 * test-analysis/target requires: framework-a (essential, level 3), broad (essential), c (desirable)
 * test-analysis/other  requires: a (essential, level 3), c (desirable), narrow (essential)
 * </pre>
 */
@IntegrationTest
class SameConceptIntegrationTests {

	static final String P = "test-analysis/";

	@Autowired
	Driver driver;

	@Autowired
	RequirementIndexes indexes;

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	List<String> seedBefore;

	@BeforeEach
	void createGraph() {
		this.graphQl = GraphQlClients.anonymous(this.port);
		this.seedBefore = GraphFixtures.fingerprint(this.driver);
		this.driver.executableQuery("""
				MERGE (o:Organization {id: 'test-analysis-org'}) SET o.name = 'Test Analysis Org'
				WITH o
				UNWIND ['a', 'framework-a', 'broad', 'narrow', 'c'] AS name
				MERGE (c:Capability:Skill {id: $p + name})
				SET c.kind = 'Skill', c.name = 'Test ' + name, c.aliases = [],
				    c.framework = CASE name WHEN 'framework-a' THEN 'test-framework' ELSE null END
				WITH o, collect(c) AS _
				MATCH (a:Capability {id: $p + 'a'}), (fa:Capability {id: $p + 'framework-a'}),
				      (b:Capability {id: $p + 'broad'}), (n:Capability {id: $p + 'narrow'}), (c:Capability {id: $p + 'c'})
				CREATE (fa)-[:SAME_AS {method: 'test', confidence: 1.0}]->(a)
				CREATE (n)-[:BROADER]->(b)
				CREATE (t:Job {id: $p + 'target', title: 'Test Target'})-[:IN_ORGANIZATION]->(o)
				CREATE (x:Job {id: $p + 'other', title: 'Test Other'})-[:IN_ORGANIZATION]->(o)
				CREATE (t)-[:REQUIRES {priority: 'essential', level: 3}]->(fa)
				CREATE (t)-[:REQUIRES {priority: 'essential'}]->(b)
				CREATE (t)-[:REQUIRES {priority: 'desirable'}]->(c)
				CREATE (x)-[:REQUIRES {priority: 'essential', level: 3}]->(a)
				CREATE (x)-[:REQUIRES {priority: 'desirable'}]->(c)
				CREATE (x)-[:REQUIRES {priority: 'essential'}]->(n)
				""").withParameters(Map.of("p", P)).execute();
		// An external write: picked up by the checks for changes once it has settled (here run at once instead of
		// waiting for them: the first sees the change, the second that nothing changed since).
		this.indexes.checkForChanges();
		this.indexes.checkForChanges();
		assertThat(this.indexes.current().jobNumber(P + "target")).isNotNegative();
	}

	@AfterEach
	void removeGraph() {
		this.driver.executableQuery("""
				MATCH (n) WHERE n.id STARTS WITH $p OR n.id = 'test-analysis-org' DETACH DELETE n
				""").withParameters(Map.of("p", P)).execute();
		this.indexes.rebuild("test graph removed");
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(this.seedBefore);
	}

	@Test
	void aCapabilitySameAsTheRequiredOneIsNotMissing() {
		var gap = this.graphQl.documentName("skillGap")
			.variable("from", Map.of("profile", List.of(Map.of("capability", P + "a", "level", 4))))
			.variable("to", P + "target")
			.execute();
		gap.path("skillGap.requirements[?(@.capability.id == '" + P + "framework-a')]")
			.entityList(Map.class)
			.satisfies(rows -> assertThat(rows).singleElement().satisfies(row -> assertThat(row)
				.containsEntry("status", "MET")
				.containsEntry("match", "SAME_AS")
				.containsEntry("heldAs", Map.of("id", P + "a", "name", "Test a"))
				.containsEntry("credit", 1.0)
				.containsEntry("explanation", "Held as 'Test a' (SAME_AS 'Test framework-a') at level 4; level 3 "
						+ "required, level share 1. Credit 1. Weight 1 (essential, no stated importance).")));
		gap.path("skillGap.extras").entityList(Object.class).hasSize(0);
	}

	@Test
	void aNarrowerCapabilityMeetsABroaderRequirementForHalfCredit() {
		var gap = this.graphQl.documentName("skillGap")
			.variable("from", Map.of("profile", List.of(Map.of("capability", P + "a", "level", 3),
					Map.of("capability", P + "narrow"))))
			.variable("to", P + "target")
			.execute();
		gap.path("skillGap.requirements[?(@.capability.id == '" + P + "broad')]")
			.entityList(Map.class)
			.satisfies(rows -> assertThat(rows).singleElement().satisfies(row -> assertThat(row)
				.containsEntry("status", "PARTLY_MET")
				.containsEntry("match", "NARROWER")
				.containsEntry("credit", 0.5)
				.containsEntry("weightedGap", 0.5)));
		// Essentials: framework-a met (1) and broad half met (0.5), out of 2.
		gap.path("skillGap.readiness").entity(Double.class).isEqualTo(0.75);
		gap.path("skillGap.essentialMissing").entity(Integer.class).isEqualTo(0);
		gap.path("skillGap.counts.partlyMet").entity(Integer.class).isEqualTo(1);
		// The other way round, holding the broader capability does not meet a requirement of the narrower one.
		this.graphQl.documentName("skillGap")
			.variable("from", Map.of("profile", List.of(Map.of("capability", P + "broad"))))
			.variable("to", P + "other")
			.execute()
			.path("skillGap.requirements[?(@.capability.id == '" + P + "narrow')].status")
			.entityList(String.class)
			.containsExactly("MISSING");
	}

	@Test
	void similarityAndComparisonTreatSameAsCapabilitiesAsOneAndBroaderAsDifferent() {
		var similar = this.graphQl.documentName("similarJobs")
			.variable("to", P + "target")
			.variable("filter", Map.of("organization", "Test Analysis Org"))
			.execute();
		similar.path("similarJobs.results[0].job.id").entity(String.class).isEqualTo(P + "other");
		similar.path("similarJobs.results[0].sharedCount").entity(Integer.class).isEqualTo(2);
		similar.path("similarJobs.results[0].shared[*].otherCapability.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(P + "a", P + "c"));
		similar.path("similarJobs.results[0].missing[*].capability.id").entityList(String.class)
			.containsExactly(P + "broad");
		var comparison = this.graphQl.documentName("compareJobs")
			.variable("ids", List.of(P + "target", P + "other"))
			.execute();
		comparison.path("compareJobs.rows").entityList(Object.class).hasSize(4);
		comparison.path("compareJobs.rows[0].cells[*].capability.id").entityList(String.class)
			.containsExactly(P + "framework-a", P + "a");
	}

	@Test
	void jobsMatchingCountsSameAsAndNarrowerAsSkillGapDoes() {
		var answer = this.graphQl.documentName("jobsMatching")
			.variable("profile", List.of(Map.of("capability", P + "framework-a", "level", 3),
					Map.of("capability", P + "narrow")))
			.execute();
		answer.path("jobsMatching.results[*].job.id").entityList(String.class)
			.containsExactly(P + "other", P + "target");
		// other: a met through SAME_AS, narrow met; target: framework-a met, broad half met through narrow.
		answer.path("jobsMatching.results[0].readiness").entity(Double.class).isEqualTo(1.0);
		answer.path("jobsMatching.results[1].readiness").entity(Double.class).isEqualTo(0.75);
		answer.path("jobsMatching.results[1].essentialMet").entity(Integer.class).isEqualTo(1);
		answer.path("jobsMatching.results[1].essentialCoverage").entity(Double.class).isEqualTo(0.5);
	}

	@Test
	void theCheckForChangesSeesAWriteThatOnlyChangesAProperty() {
		// The embedded engine counts every committed write, so even a change of one property is seen.
		assertThat(this.indexes.current().marker()).isInstanceOf(ChangeMarker.Commits.class);
		this.driver.executableQuery("""
				MATCH (:Job {id: $p + 'target'})-[r:REQUIRES]->(:Capability {id: $p + 'framework-a'}) SET r.level = 6
				""").withParameters(Map.of("p", P)).execute();
		this.indexes.checkForChanges();
		this.indexes.checkForChanges();
		this.graphQl.documentName("skillGap")
			.variable("from", Map.of("profile", List.of(Map.of("capability", P + "a", "level", 4))))
			.variable("to", P + "target")
			.execute()
			.path("skillGap.requirements[?(@.capability.id == '" + P + "framework-a')].status")
			.entityList(String.class)
			.containsExactly("BELOW_LEVEL");
	}

	@Test
	void readsDoNotCountAsChanges() {
		RequirementIndex before = this.indexes.current();
		this.graphQl.documentName("job").variable("id", P + "target").execute().path("job.title").entity(String.class)
			.isEqualTo("Test Target");
		this.indexes.checkForChanges();
		this.indexes.checkForChanges();
		assertThat(this.indexes.current()).isSameAs(before);
	}

	@Test
	void theAdminRefreshPicksUpAnExternalWriteAtOnce() {
		this.driver.executableQuery("""
				MATCH (t:Job {id: $p + 'target'}), (c:Capability {id: $p + 'c'})
				MATCH (t)-[r:REQUIRES]->(c) SET r.priority = 'essential'
				""").withParameters(Map.of("p", P)).execute();
		GraphQlClients.admin(this.port)
			.documentName("refreshAnalysisIndex")
			.execute()
			.path("refreshAnalysisIndex.jobs")
			.entity(Integer.class)
			.satisfies(jobs -> assertThat(jobs).isGreaterThanOrEqualTo(23));
		this.graphQl.documentName("skillGap")
			.variable("from", Map.of("job", P + "other"))
			.variable("to", P + "target")
			.execute()
			.path("skillGap.requirements[?(@.capability.id == '" + P + "c')].status")
			.entityList(String.class)
			.containsExactly("MISSING"); // essential now, and the other job asks for it only as desirable
		GraphQlClients.anonymous(this.port)
			.documentName("refreshAnalysisIndex")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

}
