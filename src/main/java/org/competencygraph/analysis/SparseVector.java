package org.competencygraph.analysis;

import java.util.Arrays;

/**
 * A job's requirement profile as a vector over concepts (a capability and everything SAME_AS it): the concepts in
 * ascending order and their values, with the Euclidean norm and the plain sum precomputed. Shared, read-only.
 */
public record SparseVector(int[] concepts, double[] values, double norm, double sum) {

	static SparseVector of(int[] concepts, double[] values) {
		double squares = 0;
		double sum = 0;
		for (double value : values) {
			squares += value * value;
			sum += value;
		}
		return new SparseVector(concepts, values, Math.sqrt(squares), sum);
	}

	/** The value for {@code concept}, 0 when the job does not require it. */
	public double value(int concept) {
		int at = Arrays.binarySearch(this.concepts, concept);
		return at < 0 ? 0 : this.values[at];
	}

	public int size() {
		return this.concepts.length;
	}

}
