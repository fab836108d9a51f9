package org.competencygraph.training;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.competencygraph.training.Instance.Demand;
import org.jspecify.annotations.Nullable;

/**
 * What a set of chosen resources still lacks, each as the resources that would satisfy it: every coverable need no
 * chosen resource closes, and every capability a chosen resource requires that no chosen resource teaches. When
 * nothing is lacking but the set cannot be ordered (chosen resources wait on each other), one more provider of
 * some stuck resource's capabilities is needed: that is one demand, the union of those providers. (Resources a
 * chosen resource requires by id are added with it, so they are never lacking.)
 */
final class OpenDemands {

	private OpenDemands() {
	}

	/** The open demands of {@code chosen}; empty when it is a complete plan. */
	static List<int[]> of(Instance instance, BitSet chosen, BitSet coverable) {
		List<int[]> open = new ArrayList<>();
		BitSet covered = new BitSet(instance.m);
		for (int r = chosen.nextSetBit(0); r >= 0; r = chosen.nextSetBit(r + 1)) {
			covered.or(instance.covers[r]);
		}
		for (int d = coverable.nextSetBit(0); d >= 0; d = coverable.nextSetBit(d + 1)) {
			if (!covered.get(d)) {
				open.add(instance.needProviders[d]);
			}
		}
		for (int r = chosen.nextSetBit(0); r >= 0; r = chosen.nextSetBit(r + 1)) {
			for (Demand demand : instance.demands[r]) {
				if (!Layering.anyIn(demand.providers(), chosen)) {
					open.add(demand.providers());
				}
			}
		}
		if (open.isEmpty()) {
			BitSet stuck = Layering.of(instance, chosen).stuck();
			if (!stuck.isEmpty()) {
				BitSet providers = new BitSet(instance.n);
				for (int r = stuck.nextSetBit(0); r >= 0; r = stuck.nextSetBit(r + 1)) {
					for (Demand demand : instance.demands[r]) {
						for (int p : demand.providers()) {
							providers.set(p);
						}
					}
				}
				providers.andNot(chosen);
				open.add(providers.stream().toArray());
			}
		}
		return open;
	}

	/** The resource with the resources it requires by id, transitively; null when one of them may not be taken. */
	static @Nullable BitSet withRequired(Instance instance, int r, BitSet excluded) {
		BitSet closure = new BitSet(instance.n);
		java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
		todo.push(r);
		while (!todo.isEmpty()) {
			int next = todo.pop();
			if (closure.get(next)) {
				continue;
			}
			if (next < 0 || excluded.get(next) || !instance.usable[next]) {
				return null;
			}
			closure.set(next);
			for (int required : instance.requiredResources[next]) {
				todo.push(required);
			}
		}
		return closure;
	}

}
