package org.competencygraph.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The k cheapest simple paths of at most {@code maxHops} edges between two nodes of a small directed graph with
 * positive edge costs: Yen's algorithm, whose shortest-path step is a hop-limited Bellman-Ford (cost of the
 * cheapest walk of at most h edges, h = 0..maxHops). With positive costs the cheapest walk within a hop budget is
 * a simple path (a cycle could be cut out for less), so every spur path is simple. Ties are broken by fewer hops,
 * then by the node sequence, so the answer is deterministic.
 */
final class KShortestPaths {

	/** A path: its nodes from source to target and its total cost. */
	record Path(int[] nodes, double cost) {

		int hops() {
			return this.nodes.length - 1;
		}

	}

	private static final Comparator<Path> ORDER = Comparator.comparingDouble(Path::cost)
		.thenComparingInt(Path::hops)
		.thenComparing(Path::nodes, Arrays::compare);

	private final int nodes;

	private final List<List<double[]>> edges = new ArrayList<>();

	KShortestPaths(int nodes) {
		this.nodes = nodes;
		for (int i = 0; i < nodes; i++) {
			this.edges.add(new ArrayList<>());
		}
	}

	/** Adds the edge from {@code from} to {@code to}; the cost must be positive. */
	void edge(int from, int to, double cost) {
		if (!(cost > 0)) {
			throw new IllegalArgumentException("edge costs must be positive, was " + cost);
		}
		this.edges.get(from).add(new double[] { to, cost });
	}

	/** Up to {@code k} cheapest simple paths of 1 to {@code maxHops} edges, cheapest first. */
	List<Path> best(int source, int target, int k, int maxHops) {
		List<Path> found = new ArrayList<>();
		if (source == target || k <= 0 || maxHops <= 0) {
			return found;
		}
		Path first = shortest(source, target, maxHops, Set.of(), Set.of());
		if (first == null) {
			return found;
		}
		found.add(first);
		PriorityQueue<Path> candidates = new PriorityQueue<>(ORDER);
		Set<String> seen = new HashSet<>();
		seen.add(Arrays.toString(first.nodes()));
		while (found.size() < k) {
			Path previous = found.getLast();
			for (int i = 0; i < previous.hops(); i++) {
				int spur = previous.nodes()[i];
				int[] root = Arrays.copyOf(previous.nodes(), i + 1);
				Set<Long> removedEdges = new HashSet<>();
				for (Path path : found) {
					if (path.nodes().length > i + 1 && Arrays.equals(root, Arrays.copyOf(path.nodes(), i + 1))) {
						removedEdges.add(key(path.nodes()[i], path.nodes()[i + 1]));
					}
				}
				Set<Integer> removedNodes = new HashSet<>();
				for (int n = 0; n < i; n++) {
					removedNodes.add(root[n]);
				}
				Path spurPath = shortest(spur, target, maxHops - i, removedNodes, removedEdges);
				if (spurPath == null) {
					continue;
				}
				int[] nodes = new int[i + spurPath.nodes().length];
				System.arraycopy(root, 0, nodes, 0, i);
				System.arraycopy(spurPath.nodes(), 0, nodes, i, spurPath.nodes().length);
				if (seen.add(Arrays.toString(nodes))) {
					candidates.add(new Path(nodes, cost(nodes)));
				}
			}
			Path next = candidates.poll();
			if (next == null) {
				break;
			}
			found.add(next);
		}
		return found;
	}

	/** The cost of a path of this graph: the sum of its edges' costs (the cheapest edge where there are several). */
	double cost(int[] path) {
		double cost = 0;
		for (int i = 0; i + 1 < path.length; i++) {
			cost += edgeCost(path[i], path[i + 1]);
		}
		return cost;
	}

	private double edgeCost(int from, int to) {
		double best = Double.POSITIVE_INFINITY;
		for (double[] edge : this.edges.get(from)) {
			if ((int) edge[0] == to) {
				best = Math.min(best, edge[1]);
			}
		}
		return best;
	}

	/** The cheapest path of at most maxHops edges avoiding the given nodes and edges, or null. */
	private @Nullable Path shortest(int source, int target, int maxHops, Set<Integer> removedNodes,
			Set<Long> removedEdges) {
		double[][] cost = new double[maxHops + 1][this.nodes];
		int[][] parent = new int[maxHops + 1][this.nodes];
		for (double[] row : cost) {
			Arrays.fill(row, Double.POSITIVE_INFINITY);
		}
		cost[0][source] = 0;
		for (int h = 1; h <= maxHops; h++) {
			System.arraycopy(cost[h - 1], 0, cost[h], 0, this.nodes);
			System.arraycopy(parent[h - 1], 0, parent[h], 0, this.nodes);
			int[] layer = parent[h];
			// -1: reached with fewer hops, its parent is in an earlier layer.
			Arrays.fill(layer, -1);
			for (int from = 0; from < this.nodes; from++) {
				double base = cost[h - 1][from];
				if (base == Double.POSITIVE_INFINITY || removedNodes.contains(from) || (from == target)) {
					continue;
				}
				for (double[] edge : this.edges.get(from)) {
					int to = (int) edge[0];
					if (to == source || removedNodes.contains(to) || removedEdges.contains(key(from, to))) {
						continue;
					}
					double through = base + edge[1];
					if (through < cost[h][to]) {
						cost[h][to] = through;
						layer[to] = from;
					}
				}
			}
		}
		if (cost[maxHops][target] == Double.POSITIVE_INFINITY) {
			return null;
		}
		List<Integer> reversed = new ArrayList<>();
		int node = target;
		int h = maxHops;
		while (node != source) {
			while (parent[h][node] == -1) {
				h--;
			}
			reversed.add(node);
			node = parent[h][node];
			h--;
		}
		reversed.add(source);
		int[] nodes = new int[reversed.size()];
		for (int i = 0; i < nodes.length; i++) {
			nodes[i] = reversed.get(nodes.length - 1 - i);
		}
		return new Path(nodes, cost[maxHops][target]);
	}

	private static long key(int from, int to) {
		return ((long) from << 32) | (to & 0xffffffffL);
	}

}
