package org.competencygraph.gap;

import java.util.List;

import org.competencygraph.analysis.MatchKind;
import org.competencygraph.analysis.RequirementStatus;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code skillGap}: every requirement of the target with how far the source meets it, essential
 * first, then by weighted gap.
 *
 * @param fromJob the source job, null when the source is a profile
 * @param profileSize number of entries of the source profile, 0 for a job
 * @param readiness sum(weight x credit) / sum(weight) over the target's essential requirements, 0-1 (see
 * {@link org.competencygraph.analysis.Readiness})
 * @param desirableCoverage the same over the desirable requirements, null when there are none
 * @param fit the same over all requirements
 * @param essentialMissing essential requirements with status MISSING
 * @param extras what the source holds that the target does not ask for (not even through SAME_AS or BROADER)
 * @param explanation the computation of readiness, desirable coverage and fit with their numbers
 */
public record SkillGap(@Nullable Job fromJob, int profileSize, Job to, double readiness, @Nullable Double desirableCoverage,
		double fit, int essentialMissing,
		Counts counts, List<GapRequirement> requirements, List<ExtraCapability> extras, String explanation) {

	record Counts(int total, int met, int partlyMet, int belowLevel, int missing) {
	}

	/**
	 * One requirement of the target job and how the source meets it.
	 *
	 * @param deficit levels short of the required level (required - current, current 0 when missing); 0 when met
	 * at an unstated level; null when the requirement states no level
	 * @param importance the stated importance, or the default of the priority when none is stated
	 * @param weight priority weight x importance, what readiness weighs the requirement by
	 * @param credit 0-1: match credit x level share
	 * @param gap 1 - credit
	 * @param weightedGap weight x gap, what orders the rows within a priority
	 * @param heldAs the capability of the source that meets it, null when missing
	 */
	record GapRequirement(Capability capability, RequirementStatus status, Priority priority,
			@Nullable Double requiredLevel, @Nullable Double currentLevel, @Nullable Double deficit, double importance,
			boolean importanceStated, double weight, double credit, double gap, double weightedGap,
			@Nullable Capability heldAs, @Nullable MatchKind match, @Nullable String inheritedFromId,
			String explanation) {
	}

	/** Something the source holds that the target does not ask for; priority is the source job's, null for a profile. */
	record ExtraCapability(Capability capability, @Nullable Double level, @Nullable Priority priority) {
	}

}
