package org.competencygraph.semantic;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The k best of a scan against a full sort, with the ties that equal labels' vectors give. */
class TopKTests {

	@Test
	void keepsTheBestBestFirstAndOfEqualScoresTheFirstOffered() {
		Random random = new Random(3);
		for (int trial = 0; trial < 50; trial++) {
			// Few distinct scores: many ties, also at the k-th place.
			double[] scores = random.doubles(500).map(d -> Math.floor(d * 40) / 40).toArray();
			int k = 1 + random.nextInt(60);
			TopK best = new TopK(k);
			for (int row = 0; row < scores.length; row++) {
				best.offer(row, scores[row]);
			}
			int[] expected = IntStream.range(0, scores.length)
				.boxed()
				.sorted(Comparator.comparingDouble((Integer row) -> scores[row]).reversed()
					.thenComparing(Comparator.naturalOrder()))
				.limit(k)
				.mapToInt(Integer::intValue)
				.toArray();
			assertThat(best.rows()).containsExactly(expected);
			assertThat(best.scores()).containsExactly(IntStream.of(expected).mapToDouble(row -> scores[row]).toArray());
		}
	}

	@Test
	void fewerOffersThanKAreAllKeptAndNoneWithKZero() {
		TopK best = new TopK(10);
		best.offer(0, 0.2);
		best.offer(1, 0.9);
		assertThat(best.rows()).containsExactly(1, 0);
		TopK none = new TopK(0);
		none.offer(0, 1.0);
		assertThat(none.size()).isZero();
		assertThat(none.rows()).isEmpty();
	}

}
