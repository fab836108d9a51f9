package org.competencygraph.comparison;

import java.util.List;

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
	 * @param cells one per job, null where the job does not require it
	 */
	record Row(Capability capability, int requiredBy, List<@Nullable Cell> cells) {
	}

	/**
	 * How one job requires the row's capability.
	 *
	 * @param capability the job's own capability (another one than the row's when linked by SAME_AS)
	 * @param value weight x level factor: the job's vector value for the capability
	 */
	record Cell(Capability capability, Priority priority, @Nullable Double level, @Nullable Double importance,
			double weight, double value) {
	}

	/** The similarity of two of the jobs. */
	record Pair(Job a, Job b, double score, int sharedCount, String computation) {
	}

}
