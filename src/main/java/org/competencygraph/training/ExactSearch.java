package org.competencygraph.training;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Branch and bound for the cheapest complete plan. A node is a set of chosen resources and a set of excluded ones;
 * it branches on its open demand ({@link OpenDemands}) with the fewest options: option i is chosen (with the
 * resources it requires by id) and options 1..i-1 excluded, so every complete plan lies in exactly one branch.
 * A node is cut when its cost plus a lower bound on what its open demands still cost ({@link LowerBound#of}) is
 * not below the best plan found; the search starts from the heuristic's plan, with the resources another makes
 * unnecessary left out ({@link Instance#dominated}). It stops at a node or time budget,
 * and then says it did not finish: its plan is the best found, not proven optimal.
 */
final class ExactSearch {

	/**
	 * @param best the cheapest complete plan found (the incumbent given when none is cheaper)
	 * @param finished true when the whole tree was searched: best is optimal
	 * @param nodes the nodes visited
	 */
	record Result(BitSet best, double cost, boolean finished, long nodes) {
	}

	private static final double EPSILON = 1e-9;

	private final Instance instance;

	private final BitSet coverable;

	private final long maxNodes;

	private final long deadline;

	private BitSet best;

	private double bestCost;

	private long nodes;

	private boolean aborted;

	private ExactSearch(Instance instance, BitSet incumbent, long maxNodes, long maxNanos) {
		this.instance = instance;
		this.coverable = instance.coverable();
		this.maxNodes = maxNodes;
		this.deadline = maxNanos == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + maxNanos;
		this.best = incumbent;
		this.bestCost = instance.cost(incumbent);
	}

	/**
	 * Searches from a complete plan (the heuristic's).
	 * @param maxNodes nodes to visit at most
	 * @param maxNanos time to take at most, {@link Long#MAX_VALUE} for no limit
	 */
	static Result run(Instance instance, BitSet incumbent, long maxNodes, long maxNanos) {
		ExactSearch search = new ExactSearch(instance, incumbent, maxNodes, maxNanos);
		search.search(new BitSet(instance.n), instance.dominated(), 0);
		return new Result(search.best, search.bestCost, !search.aborted, search.nodes);
	}

	private void search(BitSet chosen, BitSet excluded, double cost) {
		if (this.aborted) {
			return;
		}
		if (++this.nodes > this.maxNodes || ((this.nodes & 15) == 0 && System.nanoTime() > this.deadline)) {
			this.aborted = true;
			return;
		}
		List<int[]> open = OpenDemands.of(this.instance, chosen, this.coverable);
		if (open.isEmpty()) {
			if (cost < this.bestCost - EPSILON) {
				this.best = (BitSet) chosen.clone();
				this.bestCost = cost;
			}
			return;
		}
		BitSet unavailable = (BitSet) chosen.clone();
		unavailable.or(excluded);
		List<int[]> options = new ArrayList<>(open.size());
		int[] branch = null;
		for (int[] demand : open) {
			int[] left = java.util.Arrays.stream(demand).filter(r -> !unavailable.get(r)).toArray();
			if (left.length == 0) {
				return;
			}
			options.add(left);
			if (branch == null || left.length < branch.length) {
				branch = left;
			}
		}
		if (cost + LowerBound.of(this.instance, options) >= this.bestCost - EPSILON) {
			return;
		}
		Integer[] order = java.util.Arrays.stream(branch).boxed().toArray(Integer[]::new);
		java.util.Arrays.sort(order, Comparator.comparingDouble((Integer r) -> this.instance.value[r])
			.thenComparing(r -> -this.instance.covers[r].cardinality())
			.thenComparingInt(r -> r));
		BitSet excludedHere = (BitSet) excluded.clone();
		for (int option : order) {
			BitSet added = OpenDemands.withRequired(this.instance, option, excludedHere);
			if (added != null) {
				added.andNot(chosen);
				double next = cost + this.instance.cost(added);
				if (next < this.bestCost - EPSILON) {
					BitSet child = (BitSet) chosen.clone();
					child.or(added);
					search(child, excludedHere, next);
				}
			}
			excludedHere.set(option);
			if (this.aborted) {
				return;
			}
		}
	}

}
