package org.competencygraph.comparison;

import java.util.List;

import org.competencygraph.analysis.BlendedSimilarity;
import org.competencygraph.analysis.MatchKind;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code compareJobs}.
 *
 * @param jobs in the order asked for; every row has one cell per job in this order
 * @param rows every capability any of the jobs requires: required by most jobs first, then by total value
 * @param pairs every pair of jobs (i before j in {@code jobs}), in that order
 */
record JobComparison(List<Job> jobs, SimilarityMetric metric, String formula, List<Row> rows, List<Pair> pairs) {

	/**
	 * One capability across the jobs.
	 *
	 * @param capability the capability (as the first job requiring it names it)
	 * @param requiredBy how many of the jobs require it
	 * @param cells one per job, null where the job requires neither it nor a capability CLOSE_MATCH it
	 */
	record Row(Capability capability, int requiredBy, List<@Nullable Cell> cells) {
	}

	/**
	 * How one job requires the row's capability.
	 *
	 * @param capability the job's own capability (another one than the row's when linked by SAME_AS or CLOSE_MATCH)
	 * @param match how the job's capability relates to the row's: EXACT, SAME_AS, or CLOSE_MATCH when the job
	 * does not require the row's capability but one nearly the same
	 * @param credit 1, or the CLOSE_MATCH link's credit
	 * @param value weight x level factor x credit: the job's vector value for the row's capability
	 */
	record Cell(Capability capability, MatchKind match, double credit, Priority priority, @Nullable Double level,
			@Nullable Double importance, double weight, double value) {
	}

	/** The similarity of two of the jobs, with its parts (profile, duties, title for BLENDED). */
	record Pair(Job a, Job b, double score, int sharedCount, String computation, List<BlendedSimilarity.Part> parts) {
	}

}
