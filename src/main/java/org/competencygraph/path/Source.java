package org.competencygraph.path;

import java.util.Map;

import org.competencygraph.analysis.Holdings;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;

/**
 * Where a move starts: a job (its holders hold what it requires, as skillGap takes it) or a person's holdings.
 *
 * @param job the job's number, -1 for a person
 */
record Source(int job, Map<Integer, Holding> held, Holdings holdings) {

	static Source job(RequirementIndex index, int job) {
		Map<Integer, Holding> held = index.holdingsOf(job);
		return new Source(job, held, new Holdings(index, held));
	}

	static Source profile(RequirementIndex index, Map<Integer, Holding> held) {
		return new Source(-1, held, new Holdings(index, held));
	}

	boolean isJob() {
		return this.job >= 0;
	}

}
