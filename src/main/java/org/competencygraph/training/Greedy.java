package org.competencygraph.training;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.competencygraph.training.Instance.Demand;
import org.jspecify.annotations.Nullable;

/**
 * The heuristic for large catalogues. Construction: while a need is open, take the package with the least cost per
 * need newly closed, a package being a resource with what it requires first (the resources it names, and for each
 * capability it requires and the plan does not hold, the cheapest package teaching it, a few levels deep).
 * Improvement, until nothing changes: drop every resource the plan is complete without (dearest first); then try
 * each resource out (dearest first): remove it, complete the plan again without it, drop what became redundant,
 * and keep the result when it costs less; when no single resource helps, the same with every pair (a cheap course
 * that needs a dear prerequisite is only replaced together with it). The swap step stops after {@link #ROUNDS}
 * improvements or at the caller's deadline.
 */
final class Greedy {

	/** How deep a package follows prerequisites of prerequisites. */
	private static final int DEPTH = 6;

	/** Rounds of the swap step at most (each round that improves starts again from the dearest resource). */
	private static final int ROUNDS = 50;

	/** Time the swap step takes at most when the caller sets no deadline: it keeps the best plan so far. */
	static final long IMPROVE_NANOS = 100_000_000L;

	private final Instance instance;

	private final BitSet coverable;

	private Greedy(Instance instance) {
		this.instance = instance;
		this.coverable = instance.coverable();
	}

	/** A complete plan: constructed, then improved for at most {@link #IMPROVE_NANOS}. */
	static BitSet plan(Instance instance, boolean improve) {
		return plan(instance, improve, System.nanoTime() + IMPROVE_NANOS);
	}

	/** A complete plan: constructed, then improved until the deadline ({@link System#nanoTime()}). */
	static BitSet plan(Instance instance, boolean improve, long deadline) {
		Greedy greedy = new Greedy(instance);
		BitSet plan = greedy.complete(new BitSet(instance.n), new BitSet(instance.n));
		if (plan == null) {
			// Every usable resource together is a plan (the order in which they became usable), only a dear one.
			plan = new BitSet(instance.n);
			for (int r = 0; r < instance.n; r++) {
				plan.set(r, instance.usable[r]);
			}
			plan = greedy.dropRedundant(plan);
		}
		return improve ? greedy.improve(plan, deadline) : plan;
	}

	/** The chosen resources plus what closes every open demand, or null when an open demand has no option left. */
	private @Nullable BitSet complete(BitSet start, BitSet excluded) {
		BitSet chosen = (BitSet) start.clone();
		while (true) {
			List<int[]> open = OpenDemands.of(this.instance, chosen, this.coverable);
			if (open.isEmpty()) {
				return chosen;
			}
			BitSet best = null;
			double bestRatio = Double.POSITIVE_INFINITY;
			BitSet tried = new BitSet(this.instance.n);
			Map<Integer, Optional<BitSet>> cache = new HashMap<>();
			for (int[] demand : open) {
				for (int r : demand) {
					if (chosen.get(r) || excluded.get(r) || tried.get(r)) {
						continue;
					}
					tried.set(r);
					BitSet pack = pack(r, chosen, excluded, DEPTH, cache);
					if (pack == null) {
						continue;
					}
					double ratio = this.instance.cost(pack) / satisfied(pack, open);
					if (ratio < bestRatio) {
						best = pack;
						bestRatio = ratio;
					}
				}
			}
			if (best == null) {
				return null;
			}
			chosen.or(best);
		}
	}

	/** How many of the open demands (needs and prerequisites) the package satisfies; at least 1. */
	private static int satisfied(BitSet pack, List<int[]> open) {
		int satisfied = 0;
		for (int[] demand : open) {
			if (Layering.anyIn(demand, pack)) {
				satisfied++;
			}
		}
		return Math.max(1, satisfied);
	}

	/**
	 * r with what it requires that the chosen resources do not give (for a required capability, the cheapest
	 * package of a resource teaching it); null when that cannot be had. Packages are computed once per resource
	 * while the chosen resources stay the same ({@code cache}); a resource whose package is being computed is not
	 * a provider (no cycles).
	 */
	private @Nullable BitSet pack(int r, BitSet chosen, BitSet excluded, int depth, Map<Integer, Optional<BitSet>> cache) {
		Optional<BitSet> cached = cache.get(r);
		if (cached != null) {
			return cached.orElse(null);
		}
		cache.put(r, Optional.empty());
		BitSet pack = OpenDemands.withRequired(this.instance, r, excluded);
		if (pack != null) {
			pack.andNot(chosen);
			pack = resolve(r, pack, chosen, excluded, depth, cache);
		}
		cache.put(r, Optional.ofNullable(pack));
		return pack;
	}

	private @Nullable BitSet resolve(int r, BitSet pack, BitSet chosen, BitSet excluded, int depth,
			Map<Integer, Optional<BitSet>> cache) {
		BitSet members = (BitSet) pack.clone();
		for (int member = members.nextSetBit(0); member >= 0; member = members.nextSetBit(member + 1)) {
			for (Demand demand : this.instance.demands[member]) {
				if (Layering.anyIn(demand.providers(), chosen) || Layering.anyIn(demand.providers(), pack)) {
					continue;
				}
				if (depth == 0) {
					return null;
				}
				BitSet cheapest = null;
				double cheapestCost = Double.POSITIVE_INFINITY;
				for (int provider : demand.providers()) {
					if (excluded.get(provider) || provider == r) {
						continue;
					}
					BitSet sub = pack(provider, chosen, excluded, depth - 1, cache);
					if (sub != null && !sub.get(r)) {
						double cost = this.instance.cost(sub);
						if (cost < cheapestCost) {
							cheapest = sub;
							cheapestCost = cost;
						}
					}
				}
				if (cheapest == null) {
					return null;
				}
				pack.or(cheapest);
			}
		}
		return pack;
	}

	private BitSet improve(BitSet plan, long deadline) {
		BitSet current = dropRedundant(plan);
		for (int round = 0; round < ROUNDS && System.nanoTime() < deadline; round++) {
			BitSet better = swap(current, 1, deadline);
			if (better == null) {
				better = swap(current, 2, deadline);
			}
			if (better == null) {
				return current;
			}
			current = better;
		}
		return current;
	}

	/**
	 * The first cheaper plan found by taking out one resource (size 1) or two (size 2), dearest first, and
	 * completing the plan without them; null when there is none (or time is up).
	 */
	private @Nullable BitSet swap(BitSet current, int size, long deadline) {
		List<Integer> order = dearestFirst(current);
		double cost = this.instance.cost(current);
		for (int i = 0; i < order.size(); i++) {
			for (int j = size == 1 ? i : i + 1; j < order.size(); j++) {
				if (System.nanoTime() > deadline) {
					return null;
				}
				BitSet excluded = new BitSet(this.instance.n);
				excluded.set(order.get(i));
				excluded.set(order.get(j));
				BitSet without = (BitSet) current.clone();
				without.andNot(excluded);
				BitSet completed = complete(removeDependents(without), excluded);
				if (completed != null) {
					completed = dropRedundant(completed);
					if (this.instance.cost(completed) < cost - 1e-9) {
						return completed;
					}
				}
				if (size == 1) {
					break;
				}
			}
		}
		return null;
	}

	/** Without the resources that require, by id, one that is not chosen. */
	private BitSet removeDependents(BitSet chosen) {
		BitSet result = (BitSet) chosen.clone();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int r = result.nextSetBit(0); r >= 0; r = result.nextSetBit(r + 1)) {
				for (int required : this.instance.requiredResources[r]) {
					if (required < 0 || !result.get(required)) {
						result.clear(r);
						changed = true;
						break;
					}
				}
			}
		}
		return result;
	}

	/** Without every resource the plan is complete without, dearest first, again until none goes (chains). */
	BitSet dropRedundant(BitSet plan) {
		BitSet current = (BitSet) plan.clone();
		boolean dropped = true;
		while (dropped) {
			dropped = false;
			for (int r : dearestFirst(current)) {
				current.clear(r);
				if (Layering.feasible(this.instance, current, this.coverable)) {
					dropped = true;
				}
				else {
					current.set(r);
				}
			}
		}
		return current;
	}

	private List<Integer> dearestFirst(BitSet chosen) {
		List<Integer> order = new ArrayList<>(chosen.stream().boxed().toList());
		order.sort(Comparator.comparingDouble((Integer r) -> -this.instance.value[r]).thenComparing(r -> r));
		return order;
	}

}
