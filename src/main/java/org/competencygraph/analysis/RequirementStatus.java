package org.competencygraph.analysis;

/** How far a requirement is met. */
public enum RequirementStatus {

	/** Held (the capability or one SAME_AS it) at the required level or above, or no level is required. */
	MET,

	/** Held only through a narrower capability or a CLOSE_MATCH one: partial credit. */
	PARTLY_MET,

	/** Held, below the required level. */
	BELOW_LEVEL,

	/** Not held. */
	MISSING

}
