package org.competencygraph.semantic;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** Sentence vectors as the application holds them: float arrays, read from the graph and scaled to unit length. */
public final class Vectors {

	private Vectors() {
	}

	/** A stored vector (a LIST&lt;FLOAT&gt; property) as floats; null when absent or not a list of numbers. */
	public static float @Nullable [] of(Value value) {
		if (value.isNull()) {
			return null;
		}
		try {
			List<Object> numbers = value.asList();
			float[] vector = new float[numbers.size()];
			for (int i = 0; i < vector.length; i++) {
				vector[i] = ((Number) numbers.get(i)).floatValue();
			}
			return vector;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** Scales {@code vector} in place to unit length (a zero vector stays zero) and returns it. */
	public static float[] unit(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		if (norm > 0) {
			float scale = (float) (1 / Math.sqrt(norm));
			for (int i = 0; i < vector.length; i++) {
				vector[i] *= scale;
			}
		}
		return vector;
	}

}
