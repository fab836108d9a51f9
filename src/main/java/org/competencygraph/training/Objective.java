package org.competencygraph.training;

/** What a training plan keeps as small as it can. */
public enum Objective {

	/** Total learning hours; a resource without stated hours counts 0. */
	HOURS,

	/** Total cost as stated (no currency conversion); a resource without a stated cost counts as free. */
	COST

}
