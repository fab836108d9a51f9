package org.competencygraph.training;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.analysis.Format;
import org.competencygraph.training.GapNeeds.ConceptNeed;
import org.competencygraph.training.Instance.Demand;
import org.competencygraph.training.LearningCatalogue.ResourceRow;
import org.competencygraph.training.Optimizer.Solution;
import org.competencygraph.training.PlanProblem.Resource;
import org.competencygraph.training.TrainingPlan.PlanRequirement;
import org.competencygraph.training.TrainingPlan.PlannedResource;
import org.competencygraph.training.TrainingPlan.Step;
import org.competencygraph.training.TrainingPlan.Uncovered;

/**
 * Turns a solution into the steps of the answer: per resource, what it closes (each need credited to the earliest
 * chosen resource closing it), what it comes after and what comes after it, and why it was chosen; and per need no
 * resource can close, why not.
 */
final class PlanExplanations {

	/** Alternatives named per need in an explanation at most. */
	private static final int ALTERNATIVES = 3;

	private final Solution solution;

	private final Instance instance;

	private final List<ConceptNeed> needs;

	private final Map<String, ResourceRow> rows;

	private final Map<String, String> capabilityNames;

	PlanExplanations(Solution solution, List<ConceptNeed> needs, Map<String, ResourceRow> rows,
			Map<String, String> capabilityNames) {
		this.solution = solution;
		this.instance = solution.instance();
		this.needs = needs;
		this.rows = rows;
		this.capabilityNames = capabilityNames;
	}

	List<Step> steps() {
		int[] stepOf = new int[this.instance.n];
		for (int s = 0; s < this.solution.steps().size(); s++) {
			for (int r : this.solution.steps().get(s)) {
				stepOf[r] = s + 1;
			}
		}
		Map<Integer, List<Integer>> credited = new LinkedHashMap<>();
		for (int d = 0; d < this.instance.m; d++) {
			int first = -1;
			for (int r : this.instance.needProviders[d]) {
				if (this.solution.chosen().get(r) && (first < 0 || stepOf[r] < stepOf[first]
						|| (stepOf[r] == stepOf[first] && this.instance.value[r] < this.instance.value[first]))) {
					first = r;
				}
			}
			if (first >= 0) {
				credited.computeIfAbsent(first, r -> new ArrayList<>()).add(d);
			}
		}
		Map<Integer, Set<Integer>> after = new LinkedHashMap<>();
		Map<Integer, Set<Integer>> prerequisiteOf = new LinkedHashMap<>();
		BitSet chosen = this.solution.chosen();
		for (int r = chosen.nextSetBit(0); r >= 0; r = chosen.nextSetBit(r + 1)) {
			Set<Integer> own = after.computeIfAbsent(r, k -> new LinkedHashSet<>());
			for (int required : this.instance.requiredResources[r]) {
				own.add(required);
			}
			for (Demand demand : this.instance.demands[r]) {
				int provider = -1;
				for (int p : demand.providers()) {
					if (chosen.get(p) && stepOf[p] < stepOf[r] && (provider < 0 || stepOf[p] < stepOf[provider])) {
						provider = p;
					}
				}
				if (provider >= 0) {
					own.add(provider);
				}
			}
			for (int b : own) {
				prerequisiteOf.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(r);
			}
		}
		List<Step> steps = new ArrayList<>();
		for (int s = 0; s < this.solution.steps().size(); s++) {
			List<PlannedResource> resources = new ArrayList<>();
			for (int r : this.solution.steps().get(s)) {
				List<Integer> closes = credited.getOrDefault(r, List.of());
				resources.add(planned(r, closes, after.getOrDefault(r, Set.of()), prerequisiteOf.getOrDefault(r, Set.of())));
			}
			steps.add(new Step(s + 1, List.copyOf(resources)));
		}
		return List.copyOf(steps);
	}

	private PlannedResource planned(int r, List<Integer> closes, Set<Integer> after, Set<Integer> prerequisiteOf) {
		ResourceRow row = this.rows.get(this.instance.resource(r).id());
		List<PlanRequirement> requirements = closes.stream()
			.flatMap(d -> this.needs.get(d).requirements().stream())
			.toList();
		List<String> text = new ArrayList<>();
		if (!closes.isEmpty()) {
			text.add("Closes " + String.join(", ", closes.stream().map(this::needText).toList()) + ".");
		}
		if (!prerequisiteOf.isEmpty()) {
			text.add("Required first by " + String.join(", ", prerequisiteOf.stream().map(this::title).toList())
					+ ".");
		}
		if (!after.isEmpty()) {
			text.add("Comes after " + String.join(", ", after.stream().map(this::title).toList())
					+ ", which it requires.");
		}
		text.add(why(r, closes));
		return new PlannedResource(row.id(), row.title(), row.provider(), row.type(), row.hours(), row.cost(),
				row.currency(), row.url(), requirements, after.stream().map(a -> this.instance.resource(a).id()).toList(),
				prerequisiteOf.stream().map(p -> this.instance.resource(p).id()).toList(), String.join(" ", text));
	}

	private String why(int r, List<Integer> closes) {
		String unit = this.instance.objective == Objective.COST ? "cost" : "hours";
		String how = this.solution.optimal() ? "Part of the plan with the least total " + unit + " (proven optimal)"
				: "Chosen by the heuristic (least " + unit + " per requirement closed, then improved)";
		List<String> alternatives = new ArrayList<>();
		for (int d : closes) {
			List<String> others = java.util.Arrays.stream(this.instance.needProviders[d])
				.filter(p -> p != r && !this.solution.chosen().get(p))
				.boxed()
				.sorted(java.util.Comparator.comparingDouble((Integer p) -> this.instance.value[p]))
				.limit(ALTERNATIVES)
				.map(p -> this.title(p) + " (" + value(p) + ")")
				.toList();
			alternatives.add(others.isEmpty() ? "the only resource considered that closes " + needText(d)
					: "other resources closing " + needText(d) + ": " + String.join(", ", others));
		}
		return how + ", " + value(r) + (alternatives.isEmpty() ? "." : "; " + String.join("; ", alternatives) + ".");
	}

	List<Uncovered> notCovered() {
		BitSet coverable = this.instance.coverable();
		List<Uncovered> uncovered = new ArrayList<>();
		for (int d = 0; d < this.instance.m; d++) {
			if (coverable.get(d)) {
				continue;
			}
			String reason = reason(d);
			for (PlanRequirement requirement : this.needs.get(d).requirements()) {
				uncovered.add(new Uncovered(requirement.capability(), requirement.priority(), requirement.status(),
						requirement.requiredLevel(), requirement.currentLevel(), reason));
			}
		}
		return List.copyOf(uncovered);
	}

	private String reason(int d) {
		ConceptNeed need = this.needs.get(d);
		List<Integer> teachAtLevel = new ArrayList<>();
		List<String> below = new ArrayList<>();
		for (int r = 0; r < this.instance.n; r++) {
			Resource resource = this.instance.resource(r);
			if (resource.teaches(need.key(), need.level())) {
				teachAtLevel.add(r);
			}
			else {
				resource.teaches()
					.stream()
					.filter(t -> t.capability().equals(need.key()))
					.forEach(t -> below.add(title(resource) + " (to level " + Format.number(t.level()) + ")"));
			}
		}
		if (!teachAtLevel.isEmpty()) {
			return "Taught only by resources that cannot be started: " + String.join("; ",
					teachAtLevel.stream().limit(ALTERNATIVES).map(this::unusable).toList()) + ".";
		}
		if (!below.isEmpty()) {
			return "Taught only below the level required (" + Format.number(need.level()) + "): "
					+ String.join(", ", below.stream().limit(ALTERNATIVES).toList()) + ".";
		}
		return "No learning resource teaches '" + need.first().capability().name()
				+ "' or a capability SAME_AS it: not covered by training.";
	}

	/** Why a resource cannot be started. */
	private String unusable(int r) {
		Resource resource = this.instance.resource(r);
		for (List<String> cycle : this.instance.cycles) {
			if (cycle.contains(resource.id())) {
				return title(resource) + " is in a prerequisite cycle (" + String.join(", ", cycle) + ")";
			}
		}
		for (String id : resource.requiresResources()) {
			int required = this.instance.number(id);
			if (required < 0) {
				return title(resource) + " requires '" + id + "', which is not in the catalogue considered";
			}
			if (!this.instance.usable[required]) {
				return title(resource) + " requires " + title(required) + ", which cannot be started either";
			}
		}
		for (PlanProblem.CapabilityLevel c : resource.requiresCapabilities()) {
			if (!this.instance.held(c)) {
				return title(resource) + " requires '" + this.capabilityNames.getOrDefault(c.capability(), c.capability())
						+ "'" + (c.level() == null ? "" : " at level " + Format.number(c.level()))
						+ ", which is neither held nor taught by a resource that can be started";
			}
		}
		return title(resource) + " cannot be started";
	}

	private String needText(int d) {
		ConceptNeed need = this.needs.get(d);
		return "'" + need.first().capability().name() + "'"
				+ (need.level() == null ? "" : " (level " + Format.number(need.level()) + ")");
	}

	private String title(int r) {
		return title(this.instance.resource(r));
	}

	private String title(Resource resource) {
		ResourceRow row = this.rows.get(resource.id());
		return "'" + (row == null ? resource.id() : row.title()) + "'";
	}

	private String value(int r) {
		Resource resource = this.instance.resource(r);
		if (this.instance.objective == Objective.COST) {
			ResourceRow row = this.rows.get(resource.id());
			String currency = row == null || row.currency() == null ? "" : " " + row.currency();
			return Format.number(resource.cost()) + currency;
		}
		return Format.number(resource.hours()) + " h";
	}

}
