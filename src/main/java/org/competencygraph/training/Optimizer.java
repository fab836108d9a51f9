package org.competencygraph.training;

import java.util.BitSet;
import java.util.List;

/**
 * Solves a planning problem: the heuristic ({@link Greedy}) first, then branch and bound ({@link ExactSearch})
 * from its plan within a budget of nodes and time (one time budget for both: the heuristic's improvement takes up to
 * half of it). When the search finishes the plan is optimal; when it does not,
 * the plan is the best found and the answer carries the lower bound ({@link LowerBound#ofNeeds}) and how far above
 * it the plan is.
 */
final class Optimizer {

	private Optimizer() {
	}

	/**
	 * How long planning may run: the heuristic's improvement takes up to half of maxNanos (at most
	 * {@link Greedy#IMPROVE_NANOS}), the exact search what is left.
	 *
	 * @param maxNodes nodes of the search tree at most; 0 for the heuristic alone (improved for
	 * {@link Greedy#IMPROVE_NANOS})
	 * @param maxNanos time at most, {@link Long#MAX_VALUE} for no limit
	 */
	record Budget(long maxNodes, long maxNanos) {

		static Budget heuristicOnly() {
			return new Budget(0, 0);
		}

		static Budget unlimited() {
			return new Budget(Long.MAX_VALUE, Long.MAX_VALUE);
		}

	}

	/**
	 * A solved problem.
	 *
	 * @param chosen the resources of the plan
	 * @param steps the chosen resources by step ({@link Layering})
	 * @param optimal true when the exact search finished: no plan costs less
	 * @param cost the plan's total of the objective
	 * @param heuristicCost what the heuristic's plan cost
	 * @param lowerBound no plan costs less than this
	 * @param nodes nodes the exact search visited
	 */
	record Solution(Instance instance, BitSet chosen, List<int[]> steps, boolean optimal, double cost,
			double heuristicCost, double lowerBound, long nodes) {

		/** How far above the lower bound the plan is, as a share of the bound; 0 when optimal or the bound is 0. */
		double gapToBound() {
			return this.optimal || this.lowerBound <= 0 ? 0 : Math.max(0, this.cost - this.lowerBound) / this.lowerBound;
		}

	}

	static Solution solve(PlanProblem problem, Objective objective, Budget budget) {
		long start = System.nanoTime();
		Instance instance = new Instance(problem, objective);
		long improveNanos = budget.maxNodes() == 0 ? Greedy.IMPROVE_NANOS
				: Math.min(Greedy.IMPROVE_NANOS, budget.maxNanos() / 2);
		BitSet heuristic = Greedy.plan(instance, true, start + improveNanos);
		double heuristicCost = instance.cost(heuristic);
		double bound = LowerBound.ofNeeds(instance);
		BitSet best = heuristic;
		boolean optimal = heuristicCost <= bound + 1e-9;
		long nodes = 0;
		if (!optimal && budget.maxNodes() > 0) {
			long left = budget.maxNanos() == Long.MAX_VALUE ? Long.MAX_VALUE
					: Math.max(0, start + budget.maxNanos() - System.nanoTime());
			ExactSearch.Result exact = ExactSearch.run(instance, heuristic, budget.maxNodes(), left);
			best = exact.best();
			optimal = exact.finished();
			nodes = exact.nodes();
		}
		double cost = instance.cost(best);
		return new Solution(instance, best, Layering.of(instance, best).steps(), optimal, cost, heuristicCost,
				optimal ? cost : Math.min(bound, cost), nodes);
	}

}
