package org.competencygraph.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.database.Sessions;
import org.competencygraph.importer.ProficiencyScale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/** The analysis index follows the application's own writes at once, re-reading only the jobs a write touched. */
@IntegrationTest
class RequirementIndexesIntegrationTests {

	static final String JOB = "test-index/probe-engineer";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	RequirementIndexes indexes;

	static String profile(String priority, int level) {
		return """
				format: competency-graph/job-profile@1
				source: {document: test-index.txt}
				jobs:
				  - id: %s
				    title: Probe Engineer
				    organization: Test Index Org
				    requirements:
				      - capability: skill/troubleshooting
				        priority: %s
				        level: %d
				        provenance: {section: S, text: T}
				      - capability: {id: test-index/probing, kind: Skill, name: Probing}
				        priority: essential
				        provenance: {section: S, text: T}
				""".formatted(JOB, priority, level);
	}

	void importProfile(String content) {
		GraphQlClients.admin(this.port)
			.documentName("importJobProfiles")
			.variable("input", Map.of("files", List.of(GraphFixtures.file("test-index.yaml", content))))
			.execute()
			.path("importJobProfiles.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@AfterEach
	void removeProbe() {
		this.driver.executableQuery("""
				MATCH (n) WHERE n.id STARTS WITH 'test-index' DETACH DELETE n
				""").execute();
		this.indexes.rebuild("test data removed");
	}

	@Test
	void aServerWhoseGraphCannotBeReadAtStartStillStartsAndTheFirstAnalysisTriesAgain(
			@Autowired ProficiencyScale scale, @Autowired ObjectProvider<EmbeddedNeo4j> embedded) {
		// A database that cannot be read (here: one that does not exist; on a busy machine, a read over the time
		// limit) must not stop the web server from starting, and must not leave an empty index behind.
		Sessions unreadable = new Sessions(this.driver, () -> DatabaseSelection.byName("no-such-database"));
		RequirementIndexes indexes = new RequirementIndexes(unreadable, scale,
				new AnalysisProperties(Duration.ZERO, 0.5, 0, Duration.ofMinutes(1), true), embedded);

		assertThatNoException().isThrownBy(() -> indexes.onWebServerStarted(null));
		assertThatRuntimeException().isThrownBy(indexes::current).withMessageContaining("no-such-database");
	}

	@Test
	void changesMadeElsewhereAreCheckedForOnSpringsSchedulerEveryRefreshInterval(@Autowired ScheduledTaskHolder tasks,
			@Autowired AnalysisProperties properties) {
		assertThat(tasks.getScheduledTasks()).map(ScheduledTask::getTask)
			.filteredOn(FixedDelayTask.class::isInstance)
			.map(FixedDelayTask.class::cast)
			.singleElement()
			.satisfies(check -> {
				assertThat(check.getIntervalDuration()).isEqualTo(properties.refreshInterval()).isPositive();
				assertThat(check.getInitialDelayDuration()).isEqualTo(properties.refreshInterval());
			});
	}

	@Test
	void anImportIsAnsweredByTheNextQueryAndReadsOnlyItsJobs() {
		// Other test classes write to the shared database directly; start from a snapshot that has seen them.
		this.indexes.rebuild("test start");
		importProfile(profile("essential", 4));
		RequirementIndex index = this.indexes.current();
		assertThat(index.jobNumber(JOB)).isNotNegative();
		// Exactly the import's transaction committed since the previous snapshot: the marker stays exact.
		assertThat(index.marker()).isInstanceOf(ChangeMarker.Commits.class);
		var gap = GraphQlClients.anonymous(this.port)
			.documentName("skillGap")
			.variable("from", Map.of("profile", List.of(Map.of("capability", "skill/troubleshooting", "level", 2))))
			.variable("to", JOB)
			.execute();
		gap.path("skillGap.requirements[*].capability.id").entityList(String.class)
			.containsExactly("test-index/probing", "skill/troubleshooting"); // by weighted gap: 1, then 0.5
		gap.path("skillGap.requirements[?(@.capability.id == 'skill/troubleshooting')].status").entityList(String.class)
			.containsExactly("BELOW_LEVEL");
		gap.path("skillGap.readiness").entity(Double.class).isEqualTo(0.25);

		// A changed file replaces the job's requirements.
		importProfile(profile("desirable", 2));
		GraphQlClients.anonymous(this.port)
			.documentName("skillGap")
			.variable("from", Map.of("profile", List.of(Map.of("capability", "skill/troubleshooting", "level", 2))))
			.variable("to", JOB)
			.execute()
			.path("skillGap.requirements[?(@.capability.id == 'skill/troubleshooting')]")
			.entityList(Map.class)
			.satisfies(rows -> assertThat(rows).singleElement().satisfies(row -> assertThat(row)
				.containsEntry("status", "MET")
				.containsEntry("priority", "DESIRABLE")));
		// The rest of the index is as a full rebuild reads it.
		RequirementIndex updated = this.indexes.current();
		RequirementIndex rebuilt = this.indexes.rebuild("comparison");
		assertThat(updated.jobCount()).isEqualTo(rebuilt.jobCount());
		assertThat(updated.capabilityCount()).isEqualTo(rebuilt.capabilityCount());
		assertThat(updated.requirementCount()).isEqualTo(rebuilt.requirementCount());
		assertThat(updated.vector(updated.jobNumber(JOB)).values())
			.containsExactly(rebuilt.vector(rebuilt.jobNumber(JOB)).values());
	}

}
