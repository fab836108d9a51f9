package org.competencygraph.training;

import java.util.BitSet;
import java.util.List;

/**
 * A lower bound on what it costs to satisfy a set of demands, each satisfied by any one of its resources: a
 * feasible solution of the dual of the linear relaxation of that set cover, so never above the optimum.
 * <ol>
 * <li>Cost sharing: each resource's cost is split evenly among the k demands it can satisfy, and each demand gets
 * the smallest share among its resources: y(d) = min over r in d of cost(r) / k(r). For any cover, what its
 * resources cost is at least the sum of these shares.</li>
 * <li>Dual ascent: then, demand by demand, y(d) is raised by what is left of the cheapest of its resources'
 * budgets (cost(r) minus the y of the demands r satisfies), which keeps the sum of y over every resource's demands
 * within its cost.</li>
 * </ol>
 * The bound is sum y(d). Resources required first (prerequisites) only add to a plan's cost, so the bound on the
 * needs alone bounds every plan.
 */
final class LowerBound {

	private LowerBound() {
	}

	/** The bound for the demands, each given by the resources that satisfy it. */
	static double of(Instance instance, List<int[]> demands) {
		int[] count = new int[instance.n];
		for (int[] demand : demands) {
			for (int r : demand) {
				count[r]++;
			}
		}
		double[] residual = new double[instance.n];
		double[] y = new double[demands.size()];
		for (int i = 0; i < demands.size(); i++) {
			double share = Double.POSITIVE_INFINITY;
			for (int r : demands.get(i)) {
				residual[r] = instance.value[r];
				share = Math.min(share, instance.value[r] / count[r]);
			}
			y[i] = demands.get(i).length == 0 ? 0 : share;
		}
		for (int i = 0; i < demands.size(); i++) {
			for (int r : demands.get(i)) {
				residual[r] -= y[i];
			}
		}
		double bound = 0;
		for (int i = 0; i < demands.size(); i++) {
			double raise = Double.POSITIVE_INFINITY;
			for (int r : demands.get(i)) {
				raise = Math.min(raise, residual[r]);
			}
			if (demands.get(i).length > 0 && raise > 0) {
				y[i] += raise;
				for (int r : demands.get(i)) {
					residual[r] -= raise;
				}
			}
			bound += y[i];
		}
		return bound;
	}

	/** The bound on the cost of closing every coverable need, prerequisites aside. */
	static double ofNeeds(Instance instance) {
		BitSet coverable = instance.coverable();
		List<int[]> demands = coverable.stream().mapToObj(d -> instance.needProviders[d]).toList();
		return of(instance, demands);
	}

}
