package org.competencygraph.training;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.competencygraph.training.PlanProblem.CapabilityLevel;
import org.competencygraph.training.PlanProblem.Need;
import org.competencygraph.training.PlanProblem.Resource;

/**
 * The optimum by trying every subset of the catalogue, written from the rules alone (not from the optimizer's
 * classes): a subset is a plan when its resources can be taken one by one, each after what it requires is held or
 * taken (a required resource also counts as taken when everything it teaches is held); the plan must close every
 * need that any plan closes (the needs the union of all plans closes); the optimum is the cheapest such plan.
 */
final class BruteForce {

	private BruteForce() {
	}

	/** The least total of the objective, and the needs a plan closes; -1 when nothing needs closing. */
	static double optimum(PlanProblem problem, Objective objective) {
		int n = problem.resources().size();
		BitSet closable = new BitSet();
		List<Integer> plans = new ArrayList<>();
		List<BitSet> closes = new ArrayList<>();
		for (int subset = 0; subset < (1 << n); subset++) {
			if (orderable(problem, subset)) {
				BitSet closed = closed(problem, subset);
				closable.or(closed);
				plans.add(subset);
				closes.add(closed);
			}
		}
		double best = Double.POSITIVE_INFINITY;
		for (int i = 0; i < plans.size(); i++) {
			if (closes.get(i).equals(closable)) {
				double total = 0;
				for (int r = 0; r < n; r++) {
					if ((plans.get(i) & (1 << r)) != 0) {
						total += problem.resources().get(r).value(objective);
					}
				}
				best = Math.min(best, total);
			}
		}
		return best;
	}

	static BitSet closed(PlanProblem problem, int subset) {
		BitSet closed = new BitSet();
		for (int d = 0; d < problem.needs().size(); d++) {
			Need need = problem.needs().get(d);
			for (int r = 0; r < problem.resources().size(); r++) {
				if ((subset & (1 << r)) != 0 && problem.resources().get(r).teaches().stream()
					.anyMatch(t -> t.capability().equals(need.capability())
							&& (t.level() == null || need.level() == null || t.level() >= need.level()))) {
					closed.set(d);
				}
			}
		}
		return closed;
	}

	static boolean orderable(PlanProblem problem, int subset) {
		List<CapabilityLevel> available = new ArrayList<>(problem.held());
		int taken = 0;
		boolean progress = true;
		while (progress) {
			progress = false;
			for (int r = 0; r < problem.resources().size(); r++) {
				int bit = 1 << r;
				if ((subset & bit) == 0 || (taken & bit) != 0) {
					continue;
				}
				Resource resource = problem.resources().get(r);
				int done = taken;
				if (resource.requiresCapabilities().stream().allMatch(c -> has(available, c))
						&& resource.requiresResources().stream().allMatch(id -> takenOrHeld(problem, done, id))) {
					taken |= bit;
					available.addAll(resource.teaches());
					progress = true;
				}
			}
		}
		return taken == subset;
	}

	private static boolean takenOrHeld(PlanProblem problem, int taken, String id) {
		for (int r = 0; r < problem.resources().size(); r++) {
			Resource resource = problem.resources().get(r);
			if (resource.id().equals(id)) {
				return (taken & (1 << r)) != 0 || (!resource.teaches().isEmpty()
						&& resource.teaches().stream().allMatch(t -> has(problem.held(), t)));
			}
		}
		return false;
	}

	private static boolean has(List<CapabilityLevel> available, CapabilityLevel required) {
		return available.stream().anyMatch(a -> a.capability().equals(required.capability())
				&& (a.level() == null || required.level() == null || a.level() >= required.level()));
	}

}
