package org.competencygraph.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.Holdings;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.RequirementStatus;
import org.competencygraph.job.Requirement.Priority;
import org.competencygraph.training.PlanProblem.CapabilityLevel;
import org.competencygraph.training.TrainingPlan.PlanRequirement;
import org.jspecify.annotations.Nullable;

/**
 * What a plan is to close, from the same computation as {@code skillGap} ({@link Holdings#match}): the target's
 * requirements whose status is not MET, the essential ones only unless all are asked for. Requirements on one
 * concept (a capability and those SAME_AS it) are one need, at the highest level any of them requires.
 * Capabilities are keyed by concept for the optimizer, so that a resource teaching a SAME_AS partner closes it.
 */
final class GapNeeds {

	/**
	 * The requirements on one concept that are not met.
	 *
	 * @param level the highest level they require, null when none requires a level
	 * @param learnFrom the level held directly (the capability or SAME_AS), below the required one; null otherwise
	 */
	record ConceptNeed(String key, int concept, List<PlanRequirement> requirements, @Nullable Double level,
			@Nullable Double learnFrom, boolean essential) {

		PlanRequirement first() {
			return this.requirements.getFirst();
		}

	}

	private GapNeeds() {
	}

	static String key(int concept) {
		return "concept:" + concept;
	}

	/** The key of a capability id: its concept's, or the id itself when the index does not know it. */
	static String key(RequirementIndex index, String capabilityId) {
		int capability = index.capabilityNumber(capabilityId);
		return capability < 0 ? "capability:" + capabilityId : key(index.conceptOf(capability));
	}

	static List<ConceptNeed> of(RequirementIndex index, Map<Integer, Holding> held, int target, boolean all) {
		Holdings holdings = new Holdings(index, held);
		Map<Integer, List<PlanRequirement>> byConcept = new LinkedHashMap<>();
		Map<Integer, Double> levels = new LinkedHashMap<>();
		Map<Integer, Double> learnFrom = new LinkedHashMap<>();
		List<JobRequirement> requirements = new ArrayList<>(List.of(index.requirements(target)));
		requirements.sort(java.util.Comparator.comparing((JobRequirement r) -> !r.essential())
			.thenComparing(r -> index.capability(r.capability()).name()));
		for (JobRequirement requirement : requirements) {
			Holdings.Match match = holdings.match(requirement);
			if (match.status() == RequirementStatus.MET || (!all && !requirement.essential())) {
				continue;
			}
			Double current = match.holding() == null ? null : match.holding().level();
			byConcept.computeIfAbsent(requirement.concept(), c -> new ArrayList<>())
				.add(new PlanRequirement(index.capability(requirement.capability()), requirement.priority(),
						match.status(), requirement.level(), current));
			if (requirement.level() != null) {
				levels.merge(requirement.concept(), requirement.level(), Math::max);
			}
			if (match.status() == RequirementStatus.BELOW_LEVEL && current != null) {
				learnFrom.merge(requirement.concept(), current, Math::min);
			}
		}
		List<ConceptNeed> needs = new ArrayList<>();
		byConcept.forEach((concept, rows) -> needs.add(new ConceptNeed(key(concept), concept, List.copyOf(rows),
				levels.get(concept), learnFrom.get(concept),
				rows.stream().anyMatch(r -> r.priority() == Priority.ESSENTIAL))));
		return List.copyOf(needs);
	}

	/** What is held, for prerequisites: the assured holdings by concept. */
	static List<CapabilityLevel> held(Map<Integer, Holding> held) {
		return held.values()
			.stream()
			.filter(Holding::assured)
			.map(h -> new CapabilityLevel(key(h.concept()), h.level()))
			.toList();
	}

}
