package org.competencygraph.analysis;

/** How a requirement is met by something held. */
public enum MatchKind {

	/** The required capability itself (its aliases are names of the same node). */
	EXACT,

	/** A capability linked to the required one by SAME_AS, in either direction and through chains of links. */
	SAME_AS,

	/** A capability whose BROADER capability is the required one: partial credit only. */
	NARROWER,

	/**
	 * A capability linked to the required one by CLOSE_MATCH (nearly the same concept), in either direction:
	 * partial credit only, the link's credit (factor x score, see {@link SimilarityWeights}).
	 */
	CLOSE_MATCH

}
