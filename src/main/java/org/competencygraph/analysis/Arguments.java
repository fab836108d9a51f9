package org.competencygraph.analysis;

import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.api.NotFoundException;

/** Checks of the job ids the analyses take, with errors naming the argument. */
public final class Arguments {

	private Arguments() {
	}

	/** The job's number in the index; BAD_REQUEST when blank, NOT_FOUND when there is no such job. */
	public static int job(RequirementIndex index, String argument, String id) {
		if (id.isBlank()) {
			throw new InvalidArgumentException(argument, "must not be blank");
		}
		int job = index.jobNumber(id);
		if (job < 0) {
			throw new NotFoundException(argument, "there is no job with id '" + id + "'");
		}
		return job;
	}

}
