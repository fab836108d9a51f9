package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The capabilities' name and description vectors as read at one time, immutable: per kind one float array of all
 * vectors end to end (384 floats each, about 1.5 KB a capability and kind, no object per vector), with each
 * capability's id and framework. {@link #nearest} compares a text's vector with every one of them.
 */
public final class CapabilitySnapshot {

	/** The kinds of vector, in the order of {@link ConceptTarget#vectorSearches()}: name, then description. */
	static final int NAME = 0;

	static final int DESCRIPTION = 1;

	private static final int D = TextEmbedder.DIMENSIONS;

	/** The framework of capabilities of none, as the matcher's filter names it. */
	private static final String OWN = "none";

	private final long change;

	private final boolean tooLarge;

	private final String[] ids;

	/** Per capability, the index of its framework in {@link #frameworks} ({@code none} for the own ones). */
	private final byte[] framework;

	private final List<String> frameworks;

	/** Per kind, every vector end to end; a capability without one has zeros and is left out by {@link #has}. */
	private final float[][] vectors;

	private final boolean[][] has;

	private CapabilitySnapshot(long change, boolean tooLarge, String[] ids, byte[] framework, List<String> frameworks,
			float[][] vectors, boolean[][] has) {
		this.change = change;
		this.tooLarge = tooLarge;
		this.ids = ids;
		this.framework = framework;
		this.frameworks = frameworks;
		this.vectors = vectors;
		this.has = has;
	}

	/** Marks a graph with more capabilities than are held in memory. */
	static CapabilitySnapshot tooLarge(long change) {
		return new CapabilitySnapshot(change, true, new String[0], new byte[0], List.of(), new float[2][0],
				new boolean[2][0]);
	}

	/** How many capabilities it holds; -1 when there were too many to hold. */
	public int size() {
		return this.tooLarge ? -1 : this.ids.length;
	}

	long change() {
		return this.change;
	}

	/** The memory its arrays take, roughly. */
	long bytes() {
		return 4L * (this.vectors[NAME].length + this.vectors[DESCRIPTION].length) + 3L * this.ids.length
				+ 56L * this.ids.length;
	}

	/** A capability found near a text: its id and Neo4j's vector.similarity.cosine, (1 + cos) / 2. */
	public record Hit(String id, double score) {
	}

	/**
	 * The {@code k} capabilities whose vector of {@code kind} is closest to {@code query} (unit length), best first,
	 * among those of {@code framework} ({@code none}: the project's own; null: all), every one compared.
	 */
	public List<Hit> nearest(float[] query, int kind, @Nullable String framework, int k) {
		int only = -1;
		if (framework != null) {
			only = this.frameworks.indexOf(framework);
			if (only < 0) {
				return List.of();
			}
		}
		float[] all = this.vectors[kind];
		boolean[] present = this.has[kind];
		// A min-heap of the k best so far, in two primitive arrays: no object per comparison.
		float[] heapScore = new float[Math.max(1, k)];
		int[] heapRow = new int[heapScore.length];
		int size = 0;
		for (int row = 0; row < this.ids.length; row++) {
			if (!present[row] || (only >= 0 && this.framework[row] != only)) {
				continue;
			}
			float dot = dot(all, row * D, query);
			if (size < k) {
				heapScore[size] = dot;
				heapRow[size] = row;
				up(heapScore, heapRow, size++);
			}
			else if (k > 0 && dot > heapScore[0]) {
				heapScore[0] = dot;
				heapRow[0] = row;
				down(heapScore, heapRow, size);
			}
		}
		List<Hit> hits = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			hits.add(new Hit(this.ids[heapRow[i]], Math.max(0, (1 + heapScore[i]) / 2.0)));
		}
		hits.sort((a, b) -> Double.compare(b.score(), a.score()));
		return hits;
	}

	/** Whether the JVM has the Vector API ({@link SimdDot}); checked once, the branch then costs nothing. */
	private static final boolean SIMD = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

	/** The dot product of the query with the vector at {@code offset}. */
	static float dot(float[] all, int offset, float[] q) {
		return SIMD ? SimdDot.dot(all, offset, q) : plainDot(all, offset, q);
	}

	/**
	 * As {@link #dot}, in eight independent sums: the processor runs them side by side, several times as fast as one
	 * sum (a float sum's order is fixed, so the JIT compiler may not do this itself).
	 */
	static float plainDot(float[] all, int offset, float[] q) {
		float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
		for (int i = 0; i < D; i += 8) {
			int o = offset + i;
			s0 += all[o] * q[i];
			s1 += all[o + 1] * q[i + 1];
			s2 += all[o + 2] * q[i + 2];
			s3 += all[o + 3] * q[i + 3];
			s4 += all[o + 4] * q[i + 4];
			s5 += all[o + 5] * q[i + 5];
			s6 += all[o + 6] * q[i + 6];
			s7 += all[o + 7] * q[i + 7];
		}
		return (s0 + s1) + (s2 + s3) + (s4 + s5) + (s6 + s7);
	}

	private static void up(float[] score, int[] row, int i) {
		while (i > 0) {
			int parent = (i - 1) / 2;
			if (score[parent] <= score[i]) {
				return;
			}
			swap(score, row, parent, i);
			i = parent;
		}
	}

	private static void down(float[] score, int[] row, int size) {
		int i = 0;
		while (true) {
			int smallest = i;
			int left = 2 * i + 1;
			int right = left + 1;
			if (left < size && score[left] < score[smallest]) {
				smallest = left;
			}
			if (right < size && score[right] < score[smallest]) {
				smallest = right;
			}
			if (smallest == i) {
				return;
			}
			swap(score, row, smallest, i);
			i = smallest;
		}
	}

	private static void swap(float[] score, int[] row, int a, int b) {
		float s = score[a];
		score[a] = score[b];
		score[b] = s;
		int r = row[a];
		row[a] = row[b];
		row[b] = r;
	}

	/** Collects the capabilities read one by one; grows if more come than were counted. */
	static final class Builder {

		private final long change;

		private String[] ids;

		private byte[] framework;

		private final Map<String, Integer> frameworks = new HashMap<>();

		private float[][] vectors;

		private boolean[][] has;

		private int size;

		Builder(int expected, long change) {
			this.change = change;
			int capacity = Math.max(16, expected);
			this.ids = new String[capacity];
			this.framework = new byte[capacity];
			this.vectors = new float[][] { new float[capacity * D], new float[capacity * D] };
			this.has = new boolean[][] { new boolean[capacity], new boolean[capacity] };
			this.frameworks.put(OWN, 0);
		}

		/** One capability and its stored vectors (lists of numbers; null or of another length: none). */
		void add(String id, @Nullable String framework, @Nullable List<Object> name,
				@Nullable List<Object> description) {
			if (this.size == this.ids.length) {
				grow();
			}
			int code = this.frameworks.computeIfAbsent(framework == null ? OWN : framework, f -> this.frameworks.size());
			if (code > Byte.MAX_VALUE) {
				throw new IllegalStateException("More than " + Byte.MAX_VALUE + " frameworks");
			}
			this.ids[this.size] = id;
			this.framework[this.size] = (byte) code;
			copy(name, NAME);
			copy(description, DESCRIPTION);
			this.size++;
		}

		private void copy(@Nullable List<Object> vector, int kind) {
			if (vector == null || vector.size() != D) {
				return;
			}
			float[] all = this.vectors[kind];
			int offset = this.size * D;
			for (int i = 0; i < D; i++) {
				all[offset + i] = ((Number) vector.get(i)).floatValue();
			}
			this.has[kind][this.size] = true;
		}

		private void grow() {
			int capacity = this.ids.length * 2;
			this.ids = Arrays.copyOf(this.ids, capacity);
			this.framework = Arrays.copyOf(this.framework, capacity);
			for (int kind = 0; kind < 2; kind++) {
				this.vectors[kind] = Arrays.copyOf(this.vectors[kind], capacity * D);
				this.has[kind] = Arrays.copyOf(this.has[kind], capacity);
			}
		}

		private float[] trim(float[] all) {
			return all.length == this.size * D ? all : Arrays.copyOf(all, this.size * D);
		}

		CapabilitySnapshot build() {
			String[] byCode = new String[this.frameworks.size()];
			this.frameworks.forEach((name, code) -> byCode[code] = name);
			// As counted (the usual case), the arrays are used as they are: no second copy of the vectors at once.
			float[][] trimmed = { trim(this.vectors[NAME]), trim(this.vectors[DESCRIPTION]) };
			return new CapabilitySnapshot(this.change, false, Arrays.copyOf(this.ids, this.size),
					Arrays.copyOf(this.framework, this.size), List.of(byCode), trimmed,
					new boolean[][] { Arrays.copyOf(this.has[NAME], this.size),
							Arrays.copyOf(this.has[DESCRIPTION], this.size) });
		}

	}

}
