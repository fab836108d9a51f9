package org.competencygraph.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.competencygraph.IntegrationTest;
import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.database.Sessions;
import org.competencygraph.database.StoreVersion;
import org.competencygraph.importer.ProficiencyScale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start on an unchanged embedded database takes the analysis index from the snapshot file saved at the previous
 * full read, and answers as the index read from the graph does; after a write, or without the embedded engine, or
 * with the snapshot turned off, the index is read from the graph as before. Each "start" here is a new
 * {@link RequirementIndexes} on the shared database, as a restarted server would make.
 */
@IntegrationTest
class IndexSnapshotIntegrationTests {

	static final String PREFIX = "test-snapshot/";

	@Autowired
	Driver driver;

	@Autowired
	Sessions sessions;

	@Autowired
	ProficiencyScale scale;

	@Autowired
	ObjectProvider<EmbeddedNeo4j> embedded;

	@Autowired
	RequirementIndexes indexes;

	RequirementIndexes restart(boolean snapshot, ObjectProvider<EmbeddedNeo4j> embedded) {
		return new RequirementIndexes(this.sessions, this.scale,
				new AnalysisProperties(Duration.ZERO, 0.5, 0, Duration.ofMinutes(5), snapshot), embedded);
	}

	RequirementIndexes restart() {
		return restart(true, this.embedded);
	}

	Path snapshotFile() {
		return this.embedded.getObject().home().resolve(IndexSnapshot.FILE_NAME);
	}

	@AfterEach
	void removeTestData() {
		this.driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n")
			.withParameters(java.util.Map.of("p", PREFIX))
			.execute();
		this.indexes.rebuild("test data removed");
	}

	@Test
	void aStartOnTheUnchangedStoreReadsTheSnapshotAndAnswersAsTheGraphDoes() throws Exception {
		RequirementIndex fromGraph = this.indexes.rebuild("test start");
		assertThat(fromGraph.fromSnapshot()).isFalse();
		assertThat(snapshotFile()).isRegularFile();
		StoreVersion saved = this.embedded.getObject().storeVersion();

		RequirementIndex fromSnapshot = restart().current();

		assertThat(this.embedded.getObject().storeVersion()).as("nothing wrote meanwhile").isEqualTo(saved);
		assertThat(fromSnapshot.fromSnapshot()).isTrue();
		assertThat(fromSnapshot.jobCount()).isPositive();
		IndexComparison.assertSameAnswers(fromSnapshot, fromGraph);
		// Writes after the start are seen as before: the index keeps this run's change marker.
		assertThat(fromSnapshot.marker()).isEqualTo(fromGraph.marker());
	}

	@Test
	void aWriteAfterTheSnapshotWasSavedMakesTheNextStartReadTheGraph() {
		this.indexes.rebuild("test start");
		int capabilities = this.indexes.current().capabilityCount();
		long savedAt = this.embedded.getObject().storeVersion().lastCommittedTransaction();
		this.driver.executableQuery("CREATE (:Capability {id: $id, kind: 'Skill', name: 'Snapshot probe'})")
			.withParameters(java.util.Map.of("id", PREFIX + "probe"))
			.execute();
		assertThat(this.embedded.getObject().storeVersion().lastCommittedTransaction()).isGreaterThan(savedAt);

		RequirementIndex index = restart().current();

		assertThat(index.fromSnapshot()).isFalse();
		assertThat(index.capabilityCount()).isEqualTo(capabilities + 1);
		assertThat(index.capabilityNumber(PREFIX + "probe")).isNotNegative();
		// ... and saved the snapshot again, so the start after it reads the file.
		assertThat(restart().current().fromSnapshot()).isTrue();
	}

	@Test
	void aDamagedSnapshotIsIgnoredAndReplacedByTheGraphsRows() throws Exception {
		RequirementIndex fromGraph = this.indexes.rebuild("test start");
		byte[] whole = Files.readAllBytes(snapshotFile());
		byte[] damaged = whole.clone();
		damaged[whole.length / 2] ^= 0x01;
		Files.write(snapshotFile(), damaged);

		RequirementIndex index = restart().current();

		assertThat(index.fromSnapshot()).isFalse();
		IndexComparison.assertSameAnswers(index, fromGraph);
		assertThat(restart().current().fromSnapshot()).as("saved again from the graph").isTrue();
	}

	@Test
	void withoutTheEmbeddedEngineOrWithTheSnapshotTurnedOffTheGraphIsRead() {
		this.indexes.rebuild("test start");
		ObjectProvider<EmbeddedNeo4j> external = new StaticListableBeanFactory().getBeanProvider(EmbeddedNeo4j.class);

		assertThat(restart(true, external).current().fromSnapshot()).isFalse();
		assertThat(restart(false, this.embedded).current().fromSnapshot()).isFalse();
		assertThat(restart(true, this.embedded).current().fromSnapshot()).as("the file is still there").isTrue();
	}

	@Test
	void theTrainingRunsReadBackFindsTheSnapshotOfTheCurrentStore() {
		this.indexes.rebuild("test start");
		RequirementIndex readBack = this.indexes.readSnapshot();
		assertThat(readBack).isNotNull();
		assertThat(readBack.fromSnapshot()).isTrue();
		assertThat(readBack.jobCount()).isEqualTo(this.indexes.current().jobCount());
	}

}
