package org.competencygraph.analysis;

import java.util.Map;

import org.competencygraph.analysis.RequirementIndex.Holding;

/**
 * Where an analysis starts, resolved from {@code GapSourceInput}: a job (its holders hold what it requires) or a
 * profile (given, or a person's current holdings).
 *
 * @param job the job's number, -1 for a profile
 * @param held what the source holds, by concept
 * @param profileSize entries of the profile; 0 for a job
 */
public record GapSource(int job, Map<Integer, Holding> held, int profileSize) {

	public boolean isJob() {
		return this.job >= 0;
	}

}
