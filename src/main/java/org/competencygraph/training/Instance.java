package org.competencygraph.training;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.training.PlanProblem.CapabilityLevel;
import org.competencygraph.training.PlanProblem.Need;
import org.competencygraph.training.PlanProblem.Resource;

/**
 * A planning problem compiled for the search: resources and needs numbered, what each resource covers as bit sets,
 * its prerequisites resolved to the resources that can satisfy them. A resource is usable when its prerequisites
 * can be met at all: forward from what is held, adding every resource whose prerequisites are met, until nothing
 * changes; resources in a prerequisite cycle, or requiring what nothing teaches, never are.
 */
final class Instance {

	/**
	 * A capability a chosen resource requires and the learner does not hold.
	 *
	 * @param providers the usable resources that teach it at the level
	 */
	record Demand(CapabilityLevel capability, int[] providers) {
	}

	final PlanProblem problem;

	final Objective objective;

	final int n;

	final int m;

	final double[] value;

	/** Per resource, the needs it closes. */
	final BitSet[] covers;

	/** Per need, the usable resources closing it. */
	final int[][] needProviders;

	/** Per resource, the capabilities it requires that are not held, with their providers. */
	final Demand[][] demands;

	/** Per resource, the resources it requires that are to be taken (not already made up for by what is held). */
	final int[][] requiredResources;

	final boolean[] usable;

	final List<List<String>> cycles;

	private final Map<String, Integer> numbers = new HashMap<>();

	/** Per capability, the resources teaching it at some level. */
	private final Map<String, List<Integer>> teachers = new HashMap<>();

	private final Levels held;

	Instance(PlanProblem problem, Objective objective) {
		this.problem = problem;
		this.objective = objective;
		List<Resource> resources = problem.resources();
		this.n = resources.size();
		this.m = problem.needs().size();
		this.value = new double[this.n];
		for (int r = 0; r < this.n; r++) {
			this.numbers.putIfAbsent(resources.get(r).id(), r);
			this.value[r] = Math.max(0, resources.get(r).value(objective));
			for (CapabilityLevel taught : resources.get(r).teaches()) {
				List<Integer> teachers = this.teachers.computeIfAbsent(taught.capability(), c -> new ArrayList<>());
				if (teachers.isEmpty() || teachers.getLast() != r) {
					teachers.add(r);
				}
			}
		}
		this.held = new Levels(problem.held());
		this.covers = new BitSet[this.n];
		this.demands = new Demand[this.n][];
		this.requiredResources = new int[this.n][];
		this.cycles = PrerequisiteCycles.of(this);
		int[][] declared = declaredResourcePrerequisites();
		this.usable = usable(declared);
		for (int r = 0; r < this.n; r++) {
			this.covers[r] = new BitSet(this.m);
			List<Demand> unmet = new ArrayList<>();
			for (CapabilityLevel required : resources.get(r).requiresCapabilities()) {
				if (!held(required)) {
					unmet.add(new Demand(required, providers(required)));
				}
			}
			this.demands[r] = unmet.toArray(Demand[]::new);
			this.requiredResources[r] = declared[r];
		}
		this.needProviders = new int[this.m][];
		for (int d = 0; d < this.m; d++) {
			Need need = problem.needs().get(d);
			this.needProviders[d] = providers(new CapabilityLevel(need.capability(), need.level()));
			for (int r : this.needProviders[d]) {
				this.covers[r].set(d);
			}
		}
	}

	Resource resource(int r) {
		return this.problem.resources().get(r);
	}

	/** The resource's number, or -1 when it is not a candidate. */
	int number(String id) {
		return this.numbers.getOrDefault(id, -1);
	}

	boolean held(CapabilityLevel required) {
		return this.held.meets(required);
	}

	/**
	 * A required resource is made up for when the learner holds everything it teaches, at the levels it teaches:
	 * taking it would add nothing.
	 */
	boolean madeUpFor(Resource resource) {
		return !resource.teaches().isEmpty() && resource.teaches().stream().allMatch(this::held);
	}

	double cost(BitSet chosen) {
		double total = 0;
		for (int r = chosen.nextSetBit(0); r >= 0; r = chosen.nextSetBit(r + 1)) {
			total += this.value[r];
		}
		return total;
	}

	/**
	 * The usable resources another makes unnecessary: r is dominated by s when s costs no more, can start at once
	 * (requires nothing not held), teaches every capability r teaches at r's level or above, and no resource
	 * requires r by id; any plan with r stays a plan, no dearer, with s instead. Of two alike, the later is dropped.
	 */
	BitSet dominated() {
		boolean[] requiredById = new boolean[this.n];
		for (int[] required : this.requiredResources) {
			for (int r : required) {
				if (r >= 0) {
					requiredById[r] = true;
				}
			}
		}
		BitSet dominated = new BitSet(this.n);
		for (int r = 0; r < this.n; r++) {
			if (!this.usable[r] || requiredById[r] || resource(r).teaches().isEmpty()) {
				continue;
			}
			for (int s : this.teachers.getOrDefault(resource(r).teaches().getFirst().capability(), List.of())) {
				if (s != r && !dominated.get(s) && dominates(s, r)) {
					dominated.set(r);
					break;
				}
			}
		}
		return dominated;
	}

	private boolean dominates(int s, int r) {
		if (!this.usable[s] || this.value[s] > this.value[r] || this.demands[s].length > 0
				|| this.requiredResources[s].length > 0) {
			return false;
		}
		Resource strong = resource(s);
		for (CapabilityLevel taught : resource(r).teaches()) {
			if (!strong.teaches(taught.capability(), taught.level() == null ? Double.POSITIVE_INFINITY : taught.level())
					|| (taught.level() == null && strong.teaches().stream()
						.anyMatch(t -> t.capability().equals(taught.capability()) && t.level() != null))) {
				return false;
			}
		}
		// Alike both ways: keep the earlier.
		return this.value[s] < this.value[r] || s < r || !dominatesBack(r, s);
	}

	private boolean dominatesBack(int r, int s) {
		if (this.demands[r].length > 0 || this.requiredResources[r].length > 0) {
			return false;
		}
		for (CapabilityLevel taught : resource(s).teaches()) {
			if (!resource(r).teaches(taught.capability(), taught.level() == null ? Double.POSITIVE_INFINITY
					: taught.level())) {
				return false;
			}
		}
		return true;
	}

	/** The needs some usable resource closes. */
	BitSet coverable() {
		BitSet coverable = new BitSet(this.m);
		for (int d = 0; d < this.m; d++) {
			coverable.set(d, this.needProviders[d].length > 0);
		}
		return coverable;
	}

	/** Per resource, the resources it requires that are to be taken; -1 for one that is not a candidate. */
	private int[][] declaredResourcePrerequisites() {
		int[][] declared = new int[this.n][];
		for (int r = 0; r < this.n; r++) {
			declared[r] = resource(r).requiresResources()
				.stream()
				.distinct()
				.filter(id -> {
					int number = number(id);
					return number < 0 || !madeUpFor(resource(number));
				})
				.mapToInt(this::number)
				.toArray();
		}
		return declared;
	}

	private boolean[] usable(int[][] declared) {
		boolean[] usable = new boolean[this.n];
		Levels available = new Levels(this.problem.held());
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int r = 0; r < this.n; r++) {
				if (usable[r] || !prerequisitesMet(r, declared[r], usable, available)) {
					continue;
				}
				usable[r] = true;
				available.addAll(resource(r).teaches());
				changed = true;
			}
		}
		return usable;
	}

	private boolean prerequisitesMet(int r, int[] declared, boolean[] usable, Levels available) {
		for (int required : declared) {
			if (required < 0 || !usable[required]) {
				return false;
			}
		}
		for (CapabilityLevel required : resource(r).requiresCapabilities()) {
			if (!available.meets(required)) {
				return false;
			}
		}
		return true;
	}

	private int[] providers(CapabilityLevel required) {
		return this.teachers.getOrDefault(required.capability(), List.of())
			.stream()
			.mapToInt(Integer::intValue)
			.filter(r -> this.usable[r] && resource(r).teaches(required.capability(), required.level()))
			.toArray();
	}

	/** The highest level held or taught per capability; a null level counts as any level. */
	static final class Levels {

		private final Map<String, Double> levels = new HashMap<>();

		Levels(List<CapabilityLevel> held) {
			addAll(held);
		}

		void addAll(List<CapabilityLevel> capabilities) {
			for (CapabilityLevel c : capabilities) {
				double level = c.level() == null ? Double.POSITIVE_INFINITY : c.level();
				this.levels.merge(c.capability(), level, Math::max);
			}
		}

		boolean meets(CapabilityLevel required) {
			Double level = this.levels.get(required.capability());
			return level != null && (required.level() == null || level >= required.level());
		}

	}

}
