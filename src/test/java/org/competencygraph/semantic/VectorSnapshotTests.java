package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The capabilities' nearest vectors in memory against a brute-force sort of all of them: the exact neighbours the
 * vector indexes missed (see {@link ConceptVectors}), with the framework filter, and capabilities that lack one
 * kind of vector.
 */
class VectorSnapshotTests {

	private static final int D = TextEmbedder.DIMENSIONS;

	private static final String[] FRAMEWORKS = { null, "onet", "esco" };

	private final Random random = new Random(11);

	/** 3,000 random capabilities, as read from the graph; every seventh without a description vector. */
	private final List<Row> rows = rows(3_000);

	private final VectorSnapshot snapshot = snapshot(this.rows);

	@Test
	void theNearestAreTheExactNearestBestFirst() {
		for (int trial = 0; trial < 20; trial++) {
			float[] query = unit(randomVector());
			for (int kind : new int[] { VectorSnapshot.NAME, VectorSnapshot.DESCRIPTION }) {
				List<VectorSnapshot.Hit> hits = this.snapshot.nearest(query, kind, null, 50);
				assertThat(hits).extracting(VectorSnapshot.Hit::id).containsExactlyElementsOf(bruteForce(query,
						kind, null, 50));
				Row best = this.rows.stream().filter(row -> row.id().equals(hits.getFirst().id())).findFirst().orElseThrow();
				assertThat(hits.getFirst().score()).isCloseTo((1 + TextEmbedder.cosine(query, best.vector(kind))) / 2,
						within(1e-5));
			}
		}
	}

	@Test
	void manyQueriesAtOnceGetEachTheirOwnExactNearestInTheirOrder() {
		List<float[]> queries = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			queries.add(unit(randomVector()));
		}
		for (String framework : new String[] { null, "esco" }) {
			List<List<VectorSnapshot.Hit>> hits = this.snapshot.nearest(queries, VectorSnapshot.DESCRIPTION,
					framework, 20);
			assertThat(hits).hasSize(queries.size());
			for (int i = 0; i < queries.size(); i++) {
				assertThat(hits.get(i)).extracting(VectorSnapshot.Hit::id)
					.containsExactlyElementsOf(bruteForce(queries.get(i), VectorSnapshot.DESCRIPTION, framework, 20));
				// The same hits as one query alone, scores to the float's last digits: the Vector API's sum of lanes
				// may add in another order once compiled than when interpreted.
				List<VectorSnapshot.Hit> alone = this.snapshot.nearest(queries.get(i), VectorSnapshot.DESCRIPTION,
						framework, 20);
				assertThat(hits.get(i)).extracting(VectorSnapshot.Hit::id)
					.containsExactlyElementsOf(alone.stream().map(VectorSnapshot.Hit::id).toList());
				for (int h = 0; h < alone.size(); h++) {
					assertThat(hits.get(i).get(h).score()).isCloseTo(alone.get(h).score(), within(1e-6));
				}
			}
		}
		assertThat(this.snapshot.nearest(queries, VectorSnapshot.NAME, "isco", 10)).hasSize(9).allMatch(List::isEmpty);
	}

	@Test
	void aCapabilitysOwnVectorIsItsNearestWithScoreOne() {
		Row row = this.rows.get(1_234);
		List<VectorSnapshot.Hit> hits = this.snapshot.nearest(row.name().clone(), VectorSnapshot.NAME, null, 5);
		assertThat(hits.getFirst().id()).isEqualTo(row.id());
		assertThat(hits.getFirst().score()).isCloseTo(1.0, within(1e-5));
	}

	@Test
	void theFrameworkFilterIsAppliedBeforeChoosingTheNearest() {
		float[] query = unit(randomVector());
		for (String framework : new String[] { "onet", "esco", "none" }) {
			List<VectorSnapshot.Hit> hits = this.snapshot.nearest(query, VectorSnapshot.DESCRIPTION,
					framework, 50);
			assertThat(hits).hasSize(50);
			assertThat(hits).extracting(VectorSnapshot.Hit::id)
				.containsExactlyElementsOf(bruteForce(query, VectorSnapshot.DESCRIPTION, framework, 50));
		}
		assertThat(this.snapshot.nearest(query, VectorSnapshot.NAME, "isco", 10)).isEmpty();
	}

	@Test
	void capabilitiesWithoutADescriptionAreNotFoundByDescription() {
		float[] query = unit(randomVector());
		List<String> ids = this.snapshot.nearest(query, VectorSnapshot.DESCRIPTION, null, this.rows.size())
			.stream().map(VectorSnapshot.Hit::id).toList();
		assertThat(ids).hasSize((int) this.rows.stream().filter(row -> row.description() != null).count());
		assertThat(this.snapshot.size()).isEqualTo(this.rows.size());
	}

	@Test
	void theVectorLanesAndThePlainLoopAgree() {
		float[] query = unit(randomVector());
		Row row = this.rows.get(42);
		float[] all = row.name();
		assertThat(SimdDot.dot(all, 0, query)).isCloseTo(VectorSnapshot.plainDot(all, 0, query), within(1e-5f));
		assertThat((double) SimdDot.dot(all, 0, query)).isCloseTo(TextEmbedder.cosine(all, query), within(1e-5));
	}

	@Test
	void moreCapabilitiesThanCountedAreKept() {
		VectorSnapshot.Builder builder = new VectorSnapshot.Builder(1, 2, 0);
		this.rows.subList(0, 40).forEach(row -> builder.add(row.id(), row.framework(),
				Arrays.asList(list(row.name()), list(row.description()))));
		VectorSnapshot grown = builder.build();
		assertThat(grown.size()).isEqualTo(40);
		assertThat(grown.nearest(this.rows.get(39).name(), VectorSnapshot.NAME, null, 1).getFirst().id())
			.isEqualTo(this.rows.get(39).id());
	}

	@Test
	void aNodesVectorsAreGivenAsStoredAndNoneWhereItHasNone() {
		Row described = this.rows.get(1);
		assertThat(this.snapshot.vector(described.id(), VectorSnapshot.NAME)).containsExactly(described.name());
		assertThat(this.snapshot.vector(described.id(), VectorSnapshot.DESCRIPTION))
			.containsExactly(described.description());
		assertThat(this.snapshot.vector(this.rows.get(7).id(), VectorSnapshot.DESCRIPTION)).isNull();
		assertThat(this.snapshot.vector("capability/unknown", VectorSnapshot.NAME)).isNull();
	}

	@Test
	void jobsHoldOneKindOfVectorTheirTitles() {
		VectorSnapshot.Builder builder = new VectorSnapshot.Builder(this.rows.size(), 1, 0);
		this.rows.forEach(row -> builder.add(row.id(), row.framework(), Arrays.asList(list(row.name()))));
		VectorSnapshot jobs = builder.build();
		float[] query = unit(randomVector());
		assertThat(jobs.nearest(query, VectorSnapshot.TITLE, "onet", 10)).extracting(VectorSnapshot.Hit::id)
			.containsExactlyElementsOf(bruteForce(query, VectorSnapshot.NAME, "onet", 10));
		assertThat(jobs.bytes()).isGreaterThan(4L * D * this.rows.size()).isLessThan(this.snapshot.bytes());
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

	private static VectorSnapshot snapshot(List<Row> rows) {
		VectorSnapshot.Builder builder = new VectorSnapshot.Builder(rows.size(), 2, 0);
		rows.forEach(row -> builder.add(row.id(), row.framework(),
				Arrays.asList(list(row.name()), list(row.description()))));
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
			return kind == VectorSnapshot.NAME ? this.name : this.description;
		}

	}

}
