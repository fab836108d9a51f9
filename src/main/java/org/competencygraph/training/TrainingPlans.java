package org.competencygraph.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.analysis.Format;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.training.CandidateResources.Candidates;
import org.competencygraph.training.GapNeeds.ConceptNeed;
import org.competencygraph.training.LearningCatalogue.Link;
import org.competencygraph.training.LearningCatalogue.ResourceRow;
import org.competencygraph.training.Optimizer.Budget;
import org.competencygraph.training.Optimizer.Solution;
import org.competencygraph.training.PlanProblem.CapabilityLevel;
import org.competencygraph.training.PlanProblem.Need;
import org.competencygraph.training.PlanProblem.Resource;
import org.competencygraph.training.TrainingPlan.Scope;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Plans training from a source (a job's holders or a person) to a target job: the gap's open requirements
 * ({@link GapNeeds}), the learning resources that may close them ({@link CandidateResources}), the cheapest set
 * in prerequisite order ({@link Optimizer}), explained ({@link PlanExplanations}), and the order to learn what no
 * resource teaches ({@link CapabilityOrder}).
 */
@Service
@EnableConfigurationProperties(TrainingProperties.class)
public class TrainingPlans {

	private final LearningCatalogue catalogue;

	private final CapabilityOrder order;

	private final TrainingProperties properties;

	TrainingPlans(LearningCatalogue catalogue, SkillRelations relations, TrainingProperties properties) {
		this.catalogue = catalogue;
		this.order = new CapabilityOrder(relations);
		this.properties = properties;
	}

	/**
	 * @param fromJob the source job's number, -1 for a profile
	 * @param held what the source holds, by concept
	 */
	public TrainingPlan plan(RequirementIndex index, int fromJob, Map<Integer, Holding> held, int profileSize, int to,
			Objective objective, Scope scope) {
		List<ConceptNeed> needs = GapNeeds.of(index, held, to, scope == Scope.ALL);
		List<CapabilityLevel> heldLevels = GapNeeds.held(held);
		Candidates candidates = CandidateResources.read(this.catalogue, index,
				needs.stream().map(ConceptNeed::concept).toList(), heldLevels, objective, this.properties);
		Map<String, String> names = new HashMap<>();
		List<Resource> resources = new ArrayList<>();
		for (ResourceRow row : candidates.rows().values()) {
			resources.add(new Resource(row.id(), row.hours() == null ? 0 : row.hours(),
					row.cost() == null ? 0 : row.cost(), keys(index, row.teaches(), names),
					keys(index, row.requiresCapabilities(), names), row.requiresResources()));
		}
		PlanProblem problem = new PlanProblem(needs.stream().map(n -> new Need(n.key(), n.level())).toList(),
				heldLevels, resources);
		Solution solution = Optimizer.solve(problem, objective,
				new Budget(this.properties.exactNodes(), this.properties.searchTime().toNanos()));
		PlanExplanations explanations = new PlanExplanations(solution, needs, candidates.rows(), names);
		List<ConceptNeed> uncovered = new ArrayList<>();
		java.util.BitSet coverable = solution.instance().coverable();
		for (int d = 0; d < needs.size(); d++) {
			if (!coverable.get(d)) {
				uncovered.add(needs.get(d));
			}
		}
		double hours = 0;
		double cost = 0;
		Set<String> currencies = new LinkedHashSet<>();
		for (int r = solution.chosen().nextSetBit(0); r >= 0; r = solution.chosen().nextSetBit(r + 1)) {
			Resource resource = solution.instance().resource(r);
			hours += resource.hours();
			cost += resource.cost();
			ResourceRow row = candidates.rows().get(resource.id());
			if (row.cost() != null && row.cost() > 0 && row.currency() != null) {
				currencies.add(row.currency());
			}
		}
		int requirements = needs.stream().mapToInt(n -> n.requirements().size()).sum();
		String explanation = explain(solution, needs.size(), requirements, uncovered.size(), hours, cost, currencies,
				candidates, scope);
		return new TrainingPlan(fromJob < 0 ? null : index.job(fromJob), profileSize, index.job(to), objective, scope,
				requirements, Format.round(hours), Format.round(cost),
				currencies.size() == 1 ? currencies.iterator().next() : null, solution.optimal(),
				Format.round(solution.lowerBound()),
				solution.optimal() ? null : Format.round(solution.gapToBound()), explanations.steps(),
				explanations.notCovered(), this.order.of(index, uncovered), solution.instance().cycles,
				candidates.rows().size(), candidates.capped(), explanation);
	}

	private static List<CapabilityLevel> keys(RequirementIndex index, List<Link> links, Map<String, String> names) {
		return links.stream().map(link -> {
			String key = GapNeeds.key(index, link.capability());
			int capability = index.capabilityNumber(link.capability());
			names.putIfAbsent(key, capability < 0 ? link.capability() : index.capability(capability).name());
			return new CapabilityLevel(key, link.level());
		}).toList();
	}

	private static String explain(Solution solution, int needs, int requirements, int uncovered, double hours,
			double cost, Set<String> currencies, Candidates candidates, Scope scope) {
		String unit = solution.instance().objective == Objective.COST ? "cost" : "hours";
		StringBuilder text = new StringBuilder();
		text.append(requirements).append(scope == Scope.ALL ? " requirements" : " essential requirements")
			.append(" of the target are not met (as skillGap reports them), on ").append(needs)
			.append(" capabilities; ").append(needs - uncovered).append(" can be closed by training, ")
			.append(uncovered).append(" not. ")
			.append(solution.chosen().cardinality()).append(" of ").append(candidates.rows().size())
			.append(" resources considered").append(candidates.capped() ? " (capped)" : "")
			.append(" close them in ").append(solution.steps().size()).append(" steps: ")
			.append(Format.number(hours)).append(" hours, cost ").append(Format.number(cost));
		if (currencies.size() == 1) {
			text.append(' ').append(currencies.iterator().next());
		}
		else if (currencies.size() > 1) {
			text.append(" (in several currencies, ").append(String.join(", ", currencies))
				.append(", added as stated)");
		}
		text.append(". ");
		if (solution.optimal()) {
			text.append("Optimal: no set of the resources considered closes them with less total ").append(unit)
				.append(solution.nodes() > 0 ? " (exact search, " + solution.nodes() + " nodes)" : " (the heuristic's plan meets the lower bound)")
				.append('.');
		}
		else {
			text.append("Heuristic plan: the exact search stopped at its budget after ").append(solution.nodes())
				.append(" nodes; the total is at most ").append(Format.number(solution.gapToBound() * 100))
				.append("% above the lower bound ").append(Format.number(solution.lowerBound())).append(" ")
				.append(unit).append(" (a dual bound of the set cover's linear relaxation).");
		}
		if (!solution.instance().cycles.isEmpty()) {
			text.append(" Prerequisite cycles, left out: ").append(solution.instance().cycles).append('.');
		}
		return text.toString();
	}

}
