package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The stored vectors of one kind of node (capabilities or jobs, {@link ConceptTarget}) as read at one time,
 * immutable: per kind of vector one float array of all vectors end to end (384 floats each, about 1.5 KB a node and
 * kind, no object per vector), with each node's id and framework. {@link #nearest} compares a text's vector with
 * every one of them; {@link #vector} gives one node's.
 */
public final class VectorSnapshot {

	/**
	 * The kinds of vector, in the order of {@link ConceptTarget#vectorSearches()}: a capability's name, then its
	 * description; a job's title.
	 */
	public static final int NAME = 0;

	public static final int DESCRIPTION = 1;

	public static final int TITLE = 0;

	private static final int D = TextEmbedder.DIMENSIONS;

	/** The framework of nodes of none (the project's own), as the matcher's filter names it. */
	private static final String OWN = "none";

	private final long change;

	private final boolean tooLarge;

	private final String[] ids;

	/** Per id, its row: to give one node's vectors ({@link #vector}). */
	private final Map<String, Integer> rows;

	/** Per node, the index of its framework in {@link #frameworks} ({@code none} for the own ones). */
	private final byte[] framework;

	private final List<String> frameworks;

	/** Per kind, every vector end to end; a node without one has zeros and is left out by {@link #has}. */
	private final float[][] vectors;

	private final boolean[][] has;

	private VectorSnapshot(long change, boolean tooLarge, String[] ids, byte[] framework, List<String> frameworks,
			float[][] vectors, boolean[][] has) {
		this.change = change;
		this.tooLarge = tooLarge;
		this.ids = ids;
		this.rows = new HashMap<>(2 * ids.length);
		for (int row = 0; row < ids.length; row++) {
			this.rows.put(ids[row], row);
		}
		this.framework = framework;
		this.frameworks = frameworks;
		this.vectors = vectors;
		this.has = has;
	}

	/** Marks a graph with more nodes than are held in memory. */
	static VectorSnapshot tooLarge(long change, int kinds) {
		return new VectorSnapshot(change, true, new String[0], new byte[0], List.of(), new float[kinds][0],
				new boolean[kinds][0]);
	}

	/** How many nodes it holds; -1 when there were too many to hold. */
	public int size() {
		return this.tooLarge ? -1 : this.ids.length;
	}

	long change() {
		return this.change;
	}

	/** The memory its arrays take, roughly. */
	long bytes() {
		long floats = 0;
		for (float[] all : this.vectors) {
			floats += all.length;
		}
		return 4L * floats + (this.vectors.length + 1L) * this.ids.length + 100L * this.ids.length;
	}

	/** How many nodes have a vector of {@code kind}. */
	int count(int kind) {
		int count = 0;
		for (boolean present : this.has[kind]) {
			count += present ? 1 : 0;
		}
		return count;
	}

	/**
	 * A copy of the node's vector of {@code kind}, as stored; null when the node has none or was not read (created
	 * after this snapshot, or more nodes than are held).
	 */
	public float @Nullable [] vector(String id, int kind) {
		Integer row = this.rows.get(id);
		if (row == null || !this.has[kind][row]) {
			return null;
		}
		return Arrays.copyOfRange(this.vectors[kind], row * D, (row + 1) * D);
	}

	/** A node found near a text: its id and Neo4j's vector.similarity.cosine, (1 + cos) / 2. */
	public record Hit(String id, double score) {
	}

	/**
	 * The {@code k} nodes whose vector of {@code kind} is closest to {@code query} (unit length), best first,
	 * among those of {@code framework} ({@code none}: the project's own; null: all), every one compared.
	 */
	public List<Hit> nearest(float[] query, int kind, @Nullable String framework, int k) {
		return nearest(List.of(query), kind, framework, k).getFirst();
	}

	/**
	 * As {@link #nearest(float[], int, String, int)} for several queries at once, in their order: each stored vector
	 * is read from memory once for all of them (a scan of all is bound by memory, not by the sums), so many queries
	 * take a fraction of the time of one scan each. The scores are the same, computed the same way.
	 */
	public List<List<Hit>> nearest(List<float[]> queries, int kind, @Nullable String framework, int k) {
		int only = -1;
		if (framework != null) {
			only = this.frameworks.indexOf(framework);
			if (only < 0) {
				return queries.stream().map(q -> List.<Hit>of()).toList();
			}
		}
		float[] all = this.vectors[kind];
		boolean[] present = this.has[kind];
		float[][] each = queries.toArray(float[][]::new);
		TopK[] best = new TopK[each.length];
		Arrays.setAll(best, q -> new TopK(k));
		for (int row = 0; row < this.ids.length; row++) {
			if (!present[row] || (only >= 0 && this.framework[row] != only)) {
				continue;
			}
			for (int q = 0; q < best.length; q++) {
				best[q].offer(row, dot(all, row * D, each[q]));
			}
		}
		List<List<Hit>> hits = new ArrayList<>(best.length);
		for (TopK top : best) {
			hits.add(hits(top));
		}
		return hits;
	}

	private List<Hit> hits(TopK best) {
		int[] rows = best.rows();
		double[] dots = best.scores();
		List<Hit> hits = new ArrayList<>(rows.length);
		for (int i = 0; i < rows.length; i++) {
			// The dot as the float it was computed as: the score as before the scan shared TopK.
			hits.add(new Hit(this.ids[rows[i]], Math.max(0, (1 + (float) dots[i]) / 2.0)));
		}
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

	/** Collects the nodes read one by one; grows if more come than were counted. */
	static final class Builder {

		private final long change;

		private String[] ids;

		private byte[] framework;

		private final Map<String, Integer> frameworks = new HashMap<>();

		private float[][] vectors;

		private boolean[][] has;

		private int size;

		Builder(int expected, int kinds, long change) {
			this.change = change;
			int capacity = Math.max(16, expected);
			this.ids = new String[capacity];
			this.framework = new byte[capacity];
			this.vectors = new float[kinds][capacity * D];
			this.has = new boolean[kinds][capacity];
			this.frameworks.put(OWN, 0);
		}

		/**
		 * One node and its stored vectors, one per kind in the kinds' order (lists of numbers; null or of another
		 * length: none).
		 */
		void add(String id, @Nullable String framework, List<@Nullable List<Object>> vectors) {
			if (this.size == this.ids.length) {
				grow();
			}
			int code = this.frameworks.computeIfAbsent(framework == null ? OWN : framework, f -> this.frameworks.size());
			if (code > Byte.MAX_VALUE) {
				throw new IllegalStateException("More than " + Byte.MAX_VALUE + " frameworks");
			}
			this.ids[this.size] = id;
			this.framework[this.size] = (byte) code;
			for (int kind = 0; kind < this.vectors.length; kind++) {
				copy(vectors.get(kind), kind);
			}
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
			for (int kind = 0; kind < this.vectors.length; kind++) {
				this.vectors[kind] = Arrays.copyOf(this.vectors[kind], capacity * D);
				this.has[kind] = Arrays.copyOf(this.has[kind], capacity);
			}
		}

		private float[] trim(float[] all) {
			return all.length == this.size * D ? all : Arrays.copyOf(all, this.size * D);
		}

		VectorSnapshot build() {
			String[] byCode = new String[this.frameworks.size()];
			this.frameworks.forEach((name, code) -> byCode[code] = name);
			// As counted (the usual case), the arrays are used as they are: no second copy of the vectors at once.
			float[][] trimmed = new float[this.vectors.length][];
			boolean[][] has = new boolean[this.vectors.length][];
			for (int kind = 0; kind < this.vectors.length; kind++) {
				trimmed[kind] = trim(this.vectors[kind]);
				has[kind] = Arrays.copyOf(this.has[kind], this.size);
			}
			return new VectorSnapshot(this.change, false, Arrays.copyOf(this.ids, this.size),
					Arrays.copyOf(this.framework, this.size), List.of(byCode), trimmed, has);
		}

	}

}
