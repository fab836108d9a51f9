package org.competencygraph.similarity;

import java.util.List;

import org.competencygraph.analysis.MatchKind;
import org.competencygraph.analysis.RequirementStatus;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code jobsMatching}.
 *
 * @param candidates jobs with at least one requirement the profile meets at least partly
 * @param results the best matches, highest readiness first, then highest fit
 */
record JobsMatching(int profileSize, int candidates, List<JobMatch> results) {

	/**
	 * A job the profile fits.
	 *
	 * @param readiness the same number skillGap gives for this profile and job (over essential requirements)
	 * @param fit the same over all requirements, as in skillGap
	 * @param essentialMet essential requirements the profile fully meets (status MET)
	 * @param essentialCoverage essentialMet / essentialTotal, null when the job has no essential requirement
	 * @param matched the requirements the profile meets at least partly, heaviest first
	 * @param missingEssentials essential requirements not fully met, heaviest first
	 */
	record JobMatch(Job job, double readiness, double fit, int requirementCount, int essentialTotal, int essentialMet,
			@Nullable Double essentialCoverage, List<MatchedRequirement> matched,
			List<MatchedRequirement> missingEssentials, String explanation) {
	}

	/** A requirement of the job and how the profile meets it. */
	record MatchedRequirement(Capability capability, Priority priority, @Nullable Double requiredLevel,
			RequirementStatus status, @Nullable Capability heldAs, @Nullable MatchKind match,
			@Nullable Double currentLevel, double weight, double credit) {
	}

}
