package org.competencygraph.similarity;

import java.util.List;

import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code similarJobs}.
 *
 * @param candidates jobs sharing at least one capability with the target, before filters
 * @param results the best matches, highest score first
 */
record SimilarJobs(Job to, SimilarityMetric metric, String formula, int candidates, List<SimilarJob> results) {

	/**
	 * One similar job.
	 *
	 * @param computation the score's formula with its numbers
	 * @param shared the capabilities both require, by their share of the score, largest first
	 * @param missing what the target requires and this job does not, by weight x level factor
	 * @param extraCount how many capabilities this job requires that the target does not
	 */
	record SimilarJob(Job job, double score, String computation, List<SharedCapability> shared,
			List<MissingCapability> missing, int extraCount) {
	}

	/**
	 * A capability both jobs require.
	 *
	 * @param capability as the target requires it
	 * @param otherCapability as the similar job requires it (another one when they are linked by SAME_AS)
	 * @param targetValue weight x level factor in the target's vector
	 * @param otherValue the same in the similar job's vector
	 * @param contribution share of the score's numerator, 0-1
	 */
	record SharedCapability(Capability capability, Capability otherCapability, Priority targetPriority,
			Priority otherPriority, @Nullable Double targetLevel, @Nullable Double otherLevel, double targetValue,
			double otherValue, double contribution) {
	}

	/** A capability the target requires that the other job does not. */
	record MissingCapability(Capability capability, Priority priority, @Nullable Double level, double value) {
	}

}
