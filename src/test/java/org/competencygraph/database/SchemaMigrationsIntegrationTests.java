package org.competencygraph.database;

import java.util.List;

import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@IntegrationTest
class SchemaMigrationsIntegrationTests {

	@Autowired
	Driver driver;

	@Autowired
	Sessions sessions;

	@Test
	void everyNodeTypeHasAUniqueIdAndJobsAndCapabilitiesAreSearchable() {
		List<String> constraints = this.driver.executableQuery("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
				+ "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] + '.' + properties[0] AS c")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("c").asString())
			.toList();
		assertThat(constraints).contains("Job.id", "Capability.id", "Skill.id", "Ability.id", "KnowledgeArea.id",
				"Competency.id", "Qualification.id", "Organization.id", "JobFamily.id", "SchemaMigration.version");
		List<String> fullText = this.driver.executableQuery("SHOW FULLTEXT INDEXES YIELD name, state RETURN name + ':' + state AS i")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("i").asString())
			.toList();
		assertThat(fullText).contains("job_text:ONLINE", "capability_text:ONLINE");
	}

	@Test
	void migrationsAreRecordedOnceAndApplyingAgainChangesNothing() {
		new SchemaMigrations(this.sessions, "classpath:cypher").apply();
		List<Integer> versions = this.driver.executableQuery("MATCH (m:SchemaMigration) RETURN m.version AS v ORDER BY v")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("v").asInt())
			.toList();
		assertThat(versions).startsWith(1, 2, 3).doesNotHaveDuplicates();
	}

	@Test
	void anEditedMigrationStopsTheStartWithAClearMessage() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SchemaMigrations(this.sessions, "classpath:test-migrations/tampered").apply())
			.withMessage("Schema migration V0001__constraints.cypher was changed after it was applied to this database. "
					+ "Applied migrations must never be edited: restore it and add a new migration file instead.");
	}

	@Test
	void aMigrationThatCreatesAConstraintWithoutIfNotExistsIsRefusedBeforeAnythingRuns() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SchemaMigrations(this.sessions, "classpath:test-migrations/without-if-not-exists")
				.apply())
			.withMessage("Migration V0001__probe.cypher creates a constraint or an index without IF NOT EXISTS: "
					+ "CREATE CONSTRAINT probe_id FOR (n:Probe) REQUIRE n.id IS UNIQUE");
		assertThat(this.driver.executableQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'probe_id' RETURN name")
			.execute()
			.records()).isEmpty();
	}

}
