package org.competencygraph.similarity;

import java.util.List;

import org.competencygraph.analysis.BlendedSimilarity;
import org.competencygraph.analysis.MatchKind;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code similarJobs}.
 *
 * @param candidates jobs scoring above 0, before filters
 * @param results the best matches, highest score first
 */
record SimilarJobs(Job to, SimilarityMetric metric, String formula, int candidates, List<SimilarJob> results) {

	/**
	 * One similar job.
	 *
	 * @param computation the score's formula with its numbers
	 * @param parts the parts of the score (profile, duties, title for BLENDED; the profile alone otherwise)
	 * @param shared the capabilities both require, by their share of the (profile) score, largest first
	 * @param missing what the target requires and this job does not, by their value in the vector
	 * @param extraCount how many capabilities this job requires that the target's vector lacks
	 */
	record SimilarJob(Job job, double score, String computation, List<BlendedSimilarity.Part> parts,
			List<SharedCapability> shared, List<MissingCapability> missing, int extraCount) {
	}

	/**
	 * A capability both jobs require.
	 *
	 * @param capability as the target requires it (for a dimension the target has through CLOSE_MATCH: the
	 * target's capability that is CLOSE_MATCH it)
	 * @param otherCapability as the similar job requires it (another one when they are linked by SAME_AS or
	 * CLOSE_MATCH)
	 * @param match EXACT, SAME_AS, or CLOSE_MATCH when either side has the dimension only through a CLOSE_MATCH
	 * @param credit 1, or the CLOSE_MATCH link's credit
	 * @param targetValue the target's value in the metric's vector
	 * @param otherValue the same in the similar job's vector
	 * @param contribution share of the (profile) score's numerator, 0-1
	 */
	record SharedCapability(Capability capability, Capability otherCapability, MatchKind match, double credit,
			Priority targetPriority, Priority otherPriority, @Nullable Double targetLevel, @Nullable Double otherLevel,
			double targetValue, double otherValue, double contribution) {
	}

	/** A capability the target requires that the other job does not. */
	record MissingCapability(Capability capability, Priority priority, @Nullable Double level, double value) {
	}

}
