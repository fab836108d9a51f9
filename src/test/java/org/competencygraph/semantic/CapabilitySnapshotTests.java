package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The capabilities' nearest vectors in memory against a brute-force sort of all of them: the exact neighbours the
 * vector indexes missed (see {@link CapabilityVectors}), with the framework filter, and capabilities that lack one
 * kind of vector.
 */
class CapabilitySnapshotTests {

	private static final int D = TextEmbedder.DIMENSIONS;

	private static final String[] FRAMEWORKS = { null, "onet", "esco" };

	private final Random random = new Random(11);

	/** 3,000 random capabilities, as read from the graph; every seventh without a description vector. */
	private final List<Row> rows = rows(3_000);

	private final CapabilitySnapshot snapshot = snapshot(this.rows);

	@Test
	void theNearestAreTheExactNearestBestFirst() {
		for (int trial = 0; trial < 20; trial++) {
			float[] query = unit(randomVector());
			for (int kind : new int[] { CapabilitySnapshot.NAME, CapabilitySnapshot.DESCRIPTION }) {
				List<CapabilitySnapshot.Hit> hits = this.snapshot.nearest(query, kind, null, 50);
				assertThat(hits).extracting(CapabilitySnapshot.Hit::id).containsExactlyElementsOf(bruteForce(query,
						kind, null, 50));
				Row best = this.rows.stream().filter(row -> row.id().equals(hits.getFirst().id())).findFirst().orElseThrow();
				assertThat(hits.getFirst().score()).isCloseTo((1 + TextEmbedder.cosine(query, best.vector(kind))) / 2,
						within(1e-5));
			}
		}
	}

	@Test
	void aCapabilitysOwnVectorIsItsNearestWithScoreOne() {
		Row row = this.rows.get(1_234);
		List<CapabilitySnapshot.Hit> hits = this.snapshot.nearest(row.name().clone(), CapabilitySnapshot.NAME, null, 5);
		assertThat(hits.getFirst().id()).isEqualTo(row.id());
		assertThat(hits.getFirst().score()).isCloseTo(1.0, within(1e-5));
	}

	@Test
	void theFrameworkFilterIsAppliedBeforeChoosingTheNearest() {
		float[] query = unit(randomVector());
		for (String framework : new String[] { "onet", "esco", "none" }) {
			List<CapabilitySnapshot.Hit> hits = this.snapshot.nearest(query, CapabilitySnapshot.DESCRIPTION,
					framework, 50);
			assertThat(hits).hasSize(50);
			assertThat(hits).extracting(CapabilitySnapshot.Hit::id)
				.containsExactlyElementsOf(bruteForce(query, CapabilitySnapshot.DESCRIPTION, framework, 50));
		}
		assertThat(this.snapshot.nearest(query, CapabilitySnapshot.NAME, "isco", 10)).isEmpty();
	}

	@Test
	void capabilitiesWithoutADescriptionAreNotFoundByDescription() {
		float[] query = unit(randomVector());
		List<String> ids = this.snapshot.nearest(query, CapabilitySnapshot.DESCRIPTION, null, this.rows.size())
			.stream().map(CapabilitySnapshot.Hit::id).toList();
		assertThat(ids).hasSize((int) this.rows.stream().filter(row -> row.description() != null).count());
		assertThat(this.snapshot.size()).isEqualTo(this.rows.size());
	}

	@Test
	void theVectorLanesAndThePlainLoopAgree() {
		float[] query = unit(randomVector());
		Row row = this.rows.get(42);
		float[] all = row.name();
		assertThat(SimdDot.dot(all, 0, query)).isCloseTo(CapabilitySnapshot.plainDot(all, 0, query), within(1e-5f));
		assertThat((double) SimdDot.dot(all, 0, query)).isCloseTo(TextEmbedder.cosine(all, query), within(1e-5));
	}

	@Test
	void moreCapabilitiesThanCountedAreKept() {
		CapabilitySnapshot.Builder builder = new CapabilitySnapshot.Builder(1, 0);
		this.rows.subList(0, 40).forEach(row -> builder.add(row.id(), row.framework(), list(row.name()),
				list(row.description())));
		CapabilitySnapshot grown = builder.build();
		assertThat(grown.size()).isEqualTo(40);
		assertThat(grown.nearest(this.rows.get(39).name(), CapabilitySnapshot.NAME, null, 1).getFirst().id())
			.isEqualTo(this.rows.get(39).id());
	}

	private List<String> bruteForce(float[] query, int kind, @Nullable String framework, int k) {
		return this.rows.stream()
			.filter(row -> row.vector(kind) != null)
			.filter(row -> framework == null || framework.equals(row.framework() == null ? "none" : row.framework()))
			.sorted(Comparator.comparingDouble((Row row) -> TextEmbedder.cosine(query, row.vector(kind))).reversed())
			.limit(k)
			.map(Row::id)
			.toList();
	}

	private List<Row> rows(int count) {
		List<Row> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(new Row("capability/" + i, FRAMEWORKS[i % 3], unit(randomVector()),
					i % 7 == 0 ? null : unit(randomVector())));
		}
		return rows;
	}

	private static CapabilitySnapshot snapshot(List<Row> rows) {
		CapabilitySnapshot.Builder builder = new CapabilitySnapshot.Builder(rows.size(), 0);
		rows.forEach(row -> builder.add(row.id(), row.framework(), list(row.name()), list(row.description())));
		return builder.build();
	}

	/** A vector as the driver reads a stored one: a list of doubles. */
	private static @Nullable List<Object> list(float @Nullable [] vector) {
		if (vector == null) {
			return null;
		}
		List<Object> list = new ArrayList<>(vector.length);
		for (float v : vector) {
			list.add((double) v);
		}
		return list;
	}

	private float[] randomVector() {
		float[] vector = new float[D];
		for (int i = 0; i < D; i++) {
			vector[i] = (float) this.random.nextGaussian();
		}
		return vector;
	}

	private static float[] unit(float[] vector) {
		return Vectors.unit(vector);
	}

	private record Row(String id, @Nullable String framework, float[] name, float @Nullable [] description) {

		float @Nullable [] vector(int kind) {
			return kind == CapabilitySnapshot.NAME ? this.name : this.description;
		}

	}

}
