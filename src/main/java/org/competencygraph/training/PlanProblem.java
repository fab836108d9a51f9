package org.competencygraph.training;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A planning problem, free of the graph: what is to be learned, what is held already and the resources that may be
 * chosen. Capabilities are opaque keys (the service uses concepts, so that capabilities linked by SAME_AS are one).
 *
 * @param needs what the plan must close, one per capability
 * @param held what the learner holds already, for prerequisites; a null level meets any level
 * @param resources the candidate resources
 */
record PlanProblem(List<Need> needs, List<CapabilityLevel> held, List<Resource> resources) {

	/** A capability at a level: taught, required first or held. A null level means any level. */
	record CapabilityLevel(String capability, @Nullable Double level) {

		/** Whether this (taught or held) meets {@code required}: same capability, level at least the required one. */
		boolean meets(String requiredCapability, @Nullable Double requiredLevel) {
			return this.capability.equals(requiredCapability)
					&& (this.level == null || requiredLevel == null || this.level >= requiredLevel);
		}

	}

	/**
	 * A requirement to close.
	 *
	 * @param level the level to reach; null when any level does
	 */
	record Need(String capability, @Nullable Double level) {
	}

	/**
	 * A learning resource as the optimizer sees it.
	 *
	 * @param hours the learning time; 0 when not stated
	 * @param cost the price; 0 when not stated
	 * @param teaches capabilities and the level each is taught up to (null: to any level)
	 * @param requiresCapabilities capabilities to hold, at a level, before starting
	 * @param requiresResources resources to complete before starting, by id
	 */
	record Resource(String id, double hours, double cost, List<CapabilityLevel> teaches,
			List<CapabilityLevel> requiresCapabilities, List<String> requiresResources) {

		double value(Objective objective) {
			return objective == Objective.COST ? this.cost : this.hours;
		}

		boolean teaches(String capability, @Nullable Double level) {
			return this.teaches.stream().anyMatch(t -> t.meets(capability, level));
		}

	}

}
