package org.competencygraph.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.competencygraph.analysis.RequirementIndexBuilder.JobRow;
import org.competencygraph.capability.Capability;
import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.database.StoreVersion;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot file gives back exactly the rows it was written from, and only to a reader of the same store at
 * the same transaction, with the same settings, from a whole file.
 */
class IndexSnapshotTests {

	static final StoreVersion VERSION = new StoreVersion(UUID.fromString("6f1c2a52-7c1d-4e0b-9a53-3a9e0c0d5a11"), 42);

	static final String SETTINGS = "same-as-min-confidence 0.0; crosswalk-occupations 3";

	@TempDir
	Path folder;

	static RequirementIndexBuilder rows() {
		Capability full = new Capability("esco/skill/1", CapabilityKind.SKILL, "Repair pumps — Pumpen reparieren",
				List.of("fix pumps", "pump repair"), "A description with \"quotes\" and\nlines", "degree",
				List.of(new Capability.ExternalId("esco", "http://data.europa.eu/esco/skill/1")));
		Job detailed = new Job("org/engineer", "Engineer", List.of("Eng"), "E1", new Job.Organization("org", "Org"),
				"Works", "G7", new Job.JobFamily("family/eng", "Engineering"),
				new Job.ResponsibilityLevel(4, true, "title says senior"), "2026-01-01", "Builds things", true,
				new Job.Source("profiles/engineer.pdf", "Engineer profile", "https://example.org/engineer"));
		return RequirementIndex.builder(TestIndexes.SCORING)
			.capability(full, "esco", "esco/skill")
			.capability(TestIndexes.capability("b"))
			.capability(TestIndexes.capability("c"), "onet", "onet/work-styles")
			.job(detailed)
			.job(TestIndexes.job("plain"))
			.requirements("org/engineer", List.of(
					new RequirementIndexBuilder.RequirementRow("esco/skill/1", Priority.ESSENTIAL, 3.0, 0.75, null),
					new RequirementIndexBuilder.RequirementRow("b", Priority.DESIRABLE, null, null, "org/junior"),
					// Not among the capabilities: kept as read, the index leaves it out when it is built.
					new RequirementIndexBuilder.RequirementRow("unknown", Priority.ESSENTIAL, 1.0, null, null)))
			.requirements("plain", List.of(new RequirementIndexBuilder.RequirementRow("c", Priority.ESSENTIAL, null,
					2.5, null)))
			.embeddings("org/engineer", new float[] { 0.25f, -1.5f, 3f }, null)
			.embeddings("plain", new float[] { 1f, 0f, Float.MIN_VALUE }, new float[] { 0.5f, 0.5f, -0.5f })
			.closestOccupations("org/engineer", List.of("plain"))
			.sameAs("b", "c", 0.9)
			.closeMatch("esco/skill/1", "b", 0.6)
			.broader("c", "esco/skill/1");
	}

	IndexSnapshot snapshot() {
		return new IndexSnapshot(this.folder.resolve(IndexSnapshot.FILE_NAME), SETTINGS);
	}

	RequirementIndexBuilder empty() {
		return RequirementIndex.builder(TestIndexes.SCORING);
	}

	@Test
	void givesBackTheRowsItWasWrittenFrom() {
		RequirementIndexBuilder written = rows();
		snapshot().write(VERSION, written);
		RequirementIndexBuilder read = empty();

		assertThat(snapshot().read(VERSION, read)).isTrue();
		assertThat(read.capabilities).containsExactlyEntriesOf(written.capabilities);
		assertThat(read.jobs.keySet()).containsExactlyElementsOf(written.jobs.keySet());
		for (String id : written.jobs.keySet()) {
			JobRow expected = written.jobs.get(id);
			JobRow actual = read.jobs.get(id);
			assertThat(actual.job()).isEqualTo(expected.job());
			assertThat(actual.requirements()).containsExactlyElementsOf(expected.requirements());
			assertThat(actual.title()).isEqualTo(expected.title());
			assertThat(actual.duties()).isEqualTo(expected.duties());
			assertThat(actual.closest()).isEqualTo(expected.closest());
		}
		assertThat(read.sameAs).isEqualTo(written.sameAs);
		assertThat(read.closeMatches).isEqualTo(written.closeMatches);
		assertThat(read.broader).isEqualTo(written.broader);
	}

	@Test
	void isIgnoredForAnotherTransactionAnotherStoreOrOtherSettings() {
		snapshot().write(VERSION, rows());

		assertThat(snapshot().read(new StoreVersion(VERSION.storeId(), 43), empty())).isFalse();
		assertThat(snapshot().read(new StoreVersion(UUID.randomUUID(), 42), empty())).isFalse();
		assertThat(new IndexSnapshot(snapshot().file(), SETTINGS + "; other").read(VERSION, empty())).isFalse();
		assertThat(snapshot().read(VERSION, empty())).isTrue();
	}

	@Test
	void isIgnoredWhenDamagedTruncatedMissingOrNotASnapshot() throws IOException {
		Path file = snapshot().file();
		assertThat(snapshot().read(VERSION, empty())).as("missing").isFalse();
		snapshot().write(VERSION, rows());
		byte[] whole = Files.readAllBytes(file);

		for (int position : new int[] { 5, 40, whole.length / 2, whole.length - 12, whole.length - 1 }) {
			byte[] damaged = whole.clone();
			damaged[position] ^= 0x10;
			Files.write(file, damaged);
			assertThat(snapshot().read(VERSION, empty())).as("one bit changed at %d", position).isFalse();
		}
		for (int length : new int[] { 0, 10, 47, whole.length / 2, whole.length - 1 }) {
			Files.write(file, Arrays.copyOf(whole, length));
			assertThat(snapshot().read(VERSION, empty())).as("cut to %d bytes", length).isFalse();
		}
		Files.writeString(file, "not a snapshot at all, but long enough to have a header and a checksum");
		assertThat(snapshot().read(VERSION, empty())).isFalse();

		Files.write(file, whole);
		assertThat(snapshot().read(VERSION, empty())).as("restored").isTrue();
	}

	@Test
	void anIndexBuiltFromTheSnapshotEqualsOneBuiltFromTheRows() {
		RequirementIndexBuilder written = rows();
		snapshot().write(VERSION, written);
		RequirementIndexBuilder read = empty();
		assertThat(snapshot().read(VERSION, read)).isTrue();

		IndexComparison.assertSameAnswers(read.build(new ChangeMarker.Commits(1), true),
				written.build(new ChangeMarker.Commits(1)));
	}

	@Test
	void aFailedWriteLeavesNoFileBehind() throws IOException {
		Path blocked = this.folder.resolve("not-a-folder");
		Files.writeString(blocked, "a file where the snapshot's folder should be");
		new IndexSnapshot(blocked.resolve(IndexSnapshot.FILE_NAME), SETTINGS).write(VERSION, rows());
		assertThat(blocked).isRegularFile();
		try (var files = Files.list(this.folder)) {
			assertThat(files).containsExactly(blocked);
		}
	}

}
