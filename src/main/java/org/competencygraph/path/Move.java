package org.competencygraph.path;

import java.util.List;

import org.competencygraph.analysis.RequirementStatus;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/**
 * A move from a job or a person to a job: one transition, or one step of a career path.
 *
 * @param similarity BLENDED similarity of the two jobs (as similarJobs gives it), null from a profile
 * @param readiness skillGap's readiness of the source for the job
 * @param viable similarity at least the threshold (readiness at least the profile threshold from a profile) and at
 * most one level up; a ladder link is a transition whatever its similarity
 * @param levelChange levels up (negative: down) on the scale both jobs share, null when they share none
 * @param familyChange whether the occupation group (SOC broad group, ISCO unit group, job family) changes, null
 * when either has none
 * @param ladder the {@code PROGRESSES_TO} link the move follows, null when it is not a ladder move
 * @param effort weighted level steps to learn (see analysis/paths.yaml)
 * @param toLearn what is not fully met, essential first, then by effort (at most learnRows of them)
 * @param toLearnCount all requirements not fully met
 */
record Move(Job job, @Nullable Double similarity, double readiness, boolean viable, TransitionClass transitionClass,
		@Nullable Integer fromLevel, @Nullable Integer toLevel, @Nullable String levelScale,
		@Nullable Integer levelChange, @Nullable Boolean familyChange, @Nullable LadderLink ladder, double effort,
		double effortHours, int essentialMissing, int essentialBelowTarget, List<ToLearn> toLearn, int toLearnCount,
		String explanation) {

	/** Advancement (a level up), lateral, step down, or unknown when the two jobs have no level on a shared scale. */
	enum TransitionClass {

		ADVANCEMENT, LATERAL, STEP_DOWN, UNKNOWN

	}

	/** A ladder link: its track, the conditions its source document states, the capabilities it names. */
	record LadderLink(@Nullable String track, @Nullable String conditions, List<Capability> requiredCapabilities) {
	}

	/**
	 * A requirement of the job not fully met by the source.
	 *
	 * @param credit skillGap's credit, 0-1
	 * @param effort weight x (1 - credit) x level steps
	 */
	record ToLearn(Capability capability, Priority priority, RequirementStatus status, @Nullable Double requiredLevel,
			@Nullable Double currentLevel, double credit, double effort) {
	}

}
