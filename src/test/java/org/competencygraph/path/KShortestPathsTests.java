package org.competencygraph.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Yen's k shortest simple paths with a hop limit, against the textbook example and brute force. */
class KShortestPathsTests {

	/** The example of Wikipedia's "Yen's algorithm" page: C=0, D=1, E=2, F=3, G=4, H=5. */
	@Test
	void yensTextbookExample() {
		KShortestPaths graph = new KShortestPaths(6);
		graph.edge(0, 1, 3);
		graph.edge(0, 2, 2);
		graph.edge(1, 3, 4);
		graph.edge(2, 1, 1);
		graph.edge(2, 3, 2);
		graph.edge(2, 4, 3);
		graph.edge(3, 4, 2);
		graph.edge(3, 5, 1);
		graph.edge(4, 5, 2);
		List<KShortestPaths.Path> paths = graph.best(0, 5, 3, 10);
		assertThat(paths).extracting(p -> Arrays.toString(p.nodes()))
			.containsExactly("[0, 2, 3, 5]", "[0, 2, 4, 5]", "[0, 1, 3, 5]");
		assertThat(paths).extracting(KShortestPaths.Path::cost).containsExactly(5.0, 7.0, 8.0);
	}

	@Test
	void theHopLimitLeavesOutLongerPathsEvenWhenCheaper() {
		KShortestPaths graph = new KShortestPaths(4);
		graph.edge(0, 1, 1);
		graph.edge(1, 2, 1);
		graph.edge(2, 3, 1);
		graph.edge(0, 3, 10);
		assertThat(graph.best(0, 3, 5, 3)).extracting(KShortestPaths.Path::cost).containsExactly(3.0, 10.0);
		assertThat(graph.best(0, 3, 5, 2)).extracting(KShortestPaths.Path::cost).containsExactly(10.0);
		assertThat(graph.best(0, 3, 5, 1)).extracting(p -> Arrays.toString(p.nodes())).containsExactly("[0, 3]");
		assertThat(graph.best(3, 0, 5, 3)).isEmpty();
		assertThat(graph.best(0, 0, 5, 3)).isEmpty();
	}

	@Test
	void costsMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new KShortestPaths(2).edge(0, 1, 0));
	}

	@Test
	void agreesWithBruteForceOnRandomGraphs() {
		Random random = new Random(7);
		for (int round = 0; round < 300; round++) {
			int n = 3 + random.nextInt(8);
			KShortestPaths graph = new KShortestPaths(n);
			double[][] cost = new double[n][n];
			for (int a = 0; a < n; a++) {
				for (int b = 0; b < n; b++) {
					if (a != b && random.nextDouble() < 0.4) {
						cost[a][b] = 1 + random.nextInt(9) + random.nextInt(4) * 0.25;
						graph.edge(a, b, cost[a][b]);
					}
				}
			}
			int k = 1 + random.nextInt(6);
			int hops = 1 + random.nextInt(4);
			List<Double> expected = brute(cost, 0, n - 1, hops).stream().sorted().limit(k).toList();
			List<KShortestPaths.Path> found = graph.best(0, n - 1, k, hops);
			assertThat(found).extracting(KShortestPaths.Path::cost).as("round %d", round).containsExactlyElementsOf(expected);
			assertThat(found).allSatisfy(p -> {
				assertThat(p.hops()).isLessThanOrEqualTo(hops);
				assertThat(Arrays.stream(p.nodes()).distinct().count()).isEqualTo(p.nodes().length);
			});
			assertThat(found).extracting(p -> Arrays.toString(p.nodes())).doesNotHaveDuplicates();
			assertThat(found).isSortedAccordingTo(Comparator.comparingDouble(KShortestPaths.Path::cost));
		}
	}

	/** Costs of every simple path of at most maxHops edges. */
	private static List<Double> brute(double[][] cost, int from, int to, int maxHops) {
		List<Double> costs = new ArrayList<>();
		walk(cost, from, to, maxHops, new boolean[cost.length], 0, costs);
		return costs;
	}

	private static void walk(double[][] cost, int at, int to, int hopsLeft, boolean[] visited, double sum,
			List<Double> costs) {
		if (at == to) {
			costs.add(sum);
			return;
		}
		if (hopsLeft == 0) {
			return;
		}
		visited[at] = true;
		for (int next = 0; next < cost.length; next++) {
			if (cost[at][next] > 0 && !visited[next]) {
				walk(cost, next, to, hopsLeft - 1, visited, sum + cost[at][next], costs);
			}
		}
		visited[at] = false;
	}

}
