package org.competencygraph.analysis;

import java.util.Arrays;

/**
 * The concepts nearly the same as one concept ({@code CLOSE_MATCH} in either direction), ascending, with the credit
 * of each link: {@code closeMatch.factor} of analysis/similarity.yaml x the link's score. Shared, read-only.
 */
public record CloseMatches(int[] concepts, double[] credits) {

	/** The credit of the link to {@code concept}, 0 when there is none. */
	public double creditOf(int concept) {
		int at = Arrays.binarySearch(this.concepts, concept);
		return at < 0 ? 0 : this.credits[at];
	}

	public int size() {
		return this.concepts.length;
	}

}
