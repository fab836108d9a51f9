package org.competencygraph.training;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.competencygraph.training.Optimizer.Budget;
import org.competencygraph.training.Optimizer.Solution;

/**
 * Runs the optimizer on random problems for the benchmark (in another package): the problems are made up front, so
 * that a timed call is planning alone.
 */
public final class TrainingPlanCalls {

	/** What one call gave. */
	public record Outcome(double cost, boolean optimal, double lowerBound, long nodes) {
	}

	private final List<PlanProblem> problems = new ArrayList<>();

	/**
	 * @param capabilities the capability pool of each problem
	 * @param minNeeds fewest needs, drawn uniformly up to maxNeeds
	 * @param resources catalogue size
	 */
	public TrainingPlanCalls(long seed, int count, int capabilities, int minNeeds, int maxNeeds, int minResources,
			int maxResources) {
		RandomProblems random = new RandomProblems(seed);
		java.util.Random sizes = new java.util.Random(seed + 1);
		for (int i = 0; i < count; i++) {
			int needs = minNeeds + sizes.nextInt(maxNeeds - minNeeds + 1);
			int resources = minResources + sizes.nextInt(maxResources - minResources + 1);
			this.problems.add(random.problem(Math.max(capabilities, needs + 5), needs, resources, 0.1));
		}
	}

	PlanProblem problem(int i) {
		return this.problems.get(i);
	}

	public int size() {
		return this.problems.size();
	}

	public int resources(int i) {
		return this.problems.get(i).resources().size();
	}

	/** The optimum: branch and bound without limits. */
	public Outcome exact(int i) {
		return outcome(Optimizer.solve(this.problems.get(i), Objective.HOURS, Budget.unlimited()));
	}

	/** The heuristic alone: greedy construction and local improvement. */
	public Outcome heuristic(int i) {
		return outcome(Optimizer.solve(this.problems.get(i), Objective.HOURS, Budget.heuristicOnly()));
	}

	/** As the query plans: the heuristic, then the exact search within the budget. */
	public Outcome planned(int i, long maxNodes, long maxNanos) {
		return outcome(Optimizer.solve(this.problems.get(i), Objective.HOURS, new Budget(maxNodes, maxNanos)));
	}

	/** The naive baseline: greedy construction only, no improvement, no bound. */
	public Outcome naiveGreedy(int i) {
		Instance instance = new Instance(this.problems.get(i), Objective.HOURS);
		BitSet plan = Greedy.plan(instance, false);
		return new Outcome(instance.cost(plan), false, 0, 0);
	}

	private static Outcome outcome(Solution solution) {
		return new Outcome(solution.cost(), solution.optimal(), solution.lowerBound(), solution.nodes());
	}

}
