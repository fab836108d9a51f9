package org.competencygraph.semantic;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dot product of {@link VectorSnapshot#dot} in the processor's SIMD lanes (eight floats at once with AVX2):
 * twice as fast as the plain loop on 23,000 x 2 vectors (5 ms against 11 ms a query at load 8 on two cores).
 * Loaded only when the JVM has the incubating module {@code jdk.incubator.vector}, as the application's start
 * commands give it ({@code app.jvm.args}); a {@code java -jar} without it uses the plain loop.
 */
final class SimdDot {

	private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

	private SimdDot() {
	}

	static float dot(float[] all, int offset, float[] q) {
		int lanes = SPECIES.length();
		FloatVector a = FloatVector.zero(SPECIES);
		FloatVector b = FloatVector.zero(SPECIES);
		int i = 0;
		// Two sums, so that one multiply-add need not wait for the one before.
		for (; i + 2 * lanes <= q.length; i += 2 * lanes) {
			a = FloatVector.fromArray(SPECIES, all, offset + i).fma(FloatVector.fromArray(SPECIES, q, i), a);
			b = FloatVector.fromArray(SPECIES, all, offset + i + lanes)
				.fma(FloatVector.fromArray(SPECIES, q, i + lanes), b);
		}
		float sum = a.add(b).reduceLanes(VectorOperators.ADD);
		for (; i < q.length; i++) {
			sum += all[offset + i] * q[i];
		}
		return sum;
	}

}
