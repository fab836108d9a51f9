package org.competencygraph.training;

import java.util.List;

import org.competencygraph.analysis.RequirementStatus;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code trainingPlan}.
 *
 * @param requirements the requirements the plan addresses: those of the target not MET, essential only with
 * include ESSENTIAL
 * @param currency the currency of totalCost; null when no chosen resource states a cost or they state several
 * @param optimal true when no plan closing the same requirements has a smaller total of the objective
 * @param lowerBound no such plan has a total below this (the total itself when optimal)
 * @param gapToLowerBound (total - lowerBound) / lowerBound when not optimal, else null
 * @param prerequisiteCycles resources that require each other, by id; none of them is used
 * @param candidates learning resources considered
 * @param candidatesCapped true when more resources teach the requirements than are considered
 */
public record TrainingPlan(@Nullable Job fromJob, int profileSize, Job to, Objective objective, Scope include,
		int requirements, double totalHours, double totalCost, @Nullable String currency, boolean optimal,
		double lowerBound, @Nullable Double gapToLowerBound, List<Step> steps, List<Uncovered> notCovered,
		List<LearningStep> learningOrder, List<List<String>> prerequisiteCycles, int candidates,
		boolean candidatesCapped, String explanation) {

	/** Which requirements of the target a plan addresses. */
	public enum Scope {

		/** The essential requirements. */
		ESSENTIAL,

		/** Essential and desirable. */
		ALL

	}

	/** Resources taken together: each comes after what it requires, taken in earlier steps or held. */
	record Step(int step, List<PlannedResource> resources) {
	}

	/**
	 * A resource of the plan.
	 *
	 * @param closes the requirements it closes (each requirement is credited to the earliest resource closing it)
	 * @param after the resources of the plan it requires, by id or by what they teach
	 * @param prerequisiteOf the resources of the plan that require it
	 */
	record PlannedResource(String id, String title, @Nullable String provider, @Nullable String type,
			@Nullable Double hours, @Nullable Double cost, @Nullable String currency, @Nullable String url,
			List<PlanRequirement> closes, List<String> after, List<String> prerequisiteOf, String explanation) {
	}

	/** A requirement of the target as the gap reports it. */
	record PlanRequirement(Capability capability, Priority priority, RequirementStatus status,
			@Nullable Double requiredLevel, @Nullable Double currentLevel) {
	}

	/** A requirement no resource considered can close, and why. */
	record Uncovered(Capability capability, Priority priority, RequirementStatus status, @Nullable Double requiredLevel,
			@Nullable Double currentLevel, String reason) {
	}

	/** One level of one capability in the order to learn what no resource teaches. */
	record LearningStep(int step, Capability capability, @Nullable Double level, Priority priority,
			List<Capability> after, String explanation) {
	}

}
