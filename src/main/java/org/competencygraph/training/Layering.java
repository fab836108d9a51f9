package org.competencygraph.training;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.competencygraph.training.Instance.Demand;

/**
 * Orders chosen resources into steps: step 1 holds the resources whose prerequisites are met by what is held, step
 * k those whose prerequisites are met by what is held or taught in steps 1..k-1 (every resource as early as it can
 * go). What cannot be placed is stuck: it waits, directly or through others, on itself.
 */
final class Layering {

	/**
	 * @param steps resource numbers per step, ascending within a step
	 * @param stuck chosen resources that cannot be placed
	 */
	record Result(List<int[]> steps, BitSet stuck) {

		boolean complete() {
			return this.stuck.isEmpty();
		}

	}

	private Layering() {
	}

	static Result of(Instance instance, BitSet chosen) {
		BitSet placed = new BitSet(instance.n);
		BitSet left = (BitSet) chosen.clone();
		List<int[]> steps = new ArrayList<>();
		while (!left.isEmpty()) {
			BitSet step = new BitSet(instance.n);
			for (int r = left.nextSetBit(0); r >= 0; r = left.nextSetBit(r + 1)) {
				if (ready(instance, r, placed)) {
					step.set(r);
				}
			}
			if (step.isEmpty()) {
				break;
			}
			placed.or(step);
			left.andNot(step);
			steps.add(step.stream().toArray());
		}
		return new Result(List.copyOf(steps), left);
	}

	/** Whether every prerequisite of r is held or among the placed resources. */
	static boolean ready(Instance instance, int r, BitSet placed) {
		for (int required : instance.requiredResources[r]) {
			if (required < 0 || !placed.get(required)) {
				return false;
			}
		}
		for (Demand demand : instance.demands[r]) {
			if (!anyIn(demand.providers(), placed)) {
				return false;
			}
		}
		return true;
	}

	static boolean anyIn(int[] resources, BitSet set) {
		for (int r : resources) {
			if (set.get(r)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the chosen resources close every coverable need and can all be placed. */
	static boolean feasible(Instance instance, BitSet chosen, BitSet coverable) {
		BitSet covered = new BitSet(instance.m);
		for (int r = chosen.nextSetBit(0); r >= 0; r = chosen.nextSetBit(r + 1)) {
			covered.or(instance.covers[r]);
		}
		BitSet missing = (BitSet) coverable.clone();
		missing.andNot(covered);
		return missing.isEmpty() && of(instance, chosen).complete();
	}

}
