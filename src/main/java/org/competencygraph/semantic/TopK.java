package org.competencygraph.semantic;

/**
 * The {@code k} best-scored rows of a scan (rows numbered in the order they are offered), kept in a min-heap of two
 * primitive arrays: no object per offer, for scans of every vector ({@link VectorSnapshot}) and of every concept of a
 * framework (linking). Of two rows with the same score the one offered first ranks higher, so that which of them is
 * kept does not depend on the heap's arrangement.
 */
public final class TopK {

	private final int k;

	private final double[] score;

	private final int[] row;

	private int size;

	public TopK(int k) {
		this.k = Math.max(0, k);
		this.score = new double[Math.max(1, this.k)];
		this.row = new int[this.score.length];
	}

	/** Keeps {@code row} if it is among the {@code k} best so far; rows must be offered in increasing order. */
	public void offer(int row, double score) {
		if (this.size < this.k) {
			this.score[this.size] = score;
			this.row[this.size] = row;
			up(this.size++);
		}
		else if (this.k > 0 && score > this.score[0]) {
			this.score[0] = score;
			this.row[0] = row;
			down();
		}
	}

	/** How many rows are kept: {@code k}, or fewer when fewer were offered. */
	public int size() {
		return this.size;
	}

	/** The rows kept, best first. */
	public int[] rows() {
		int[] order = order();
		int[] rows = new int[order.length];
		for (int i = 0; i < order.length; i++) {
			rows[i] = this.row[order[i]];
		}
		return rows;
	}

	/** Their scores, in the order of {@link #rows()}. */
	public double[] scores() {
		int[] order = order();
		double[] scores = new double[order.length];
		for (int i = 0; i < order.length; i++) {
			scores[i] = this.score[order[i]];
		}
		return scores;
	}

	/** The heap's positions, best first. */
	private int[] order() {
		return java.util.stream.IntStream.range(0, this.size)
			.boxed()
			.sorted((a, b) -> worse(a, b) ? 1 : worse(b, a) ? -1 : 0)
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** Whether the entry at heap position {@code a} ranks below the one at {@code b}. */
	private boolean worse(int a, int b) {
		return this.score[a] < this.score[b] || (this.score[a] == this.score[b] && this.row[a] > this.row[b]);
	}

	private void up(int i) {
		while (i > 0) {
			int parent = (i - 1) / 2;
			if (!worse(i, parent)) {
				return;
			}
			swap(parent, i);
			i = parent;
		}
	}

	private void down() {
		int i = 0;
		while (true) {
			int worst = i;
			int left = 2 * i + 1;
			int right = left + 1;
			if (left < this.size && worse(left, worst)) {
				worst = left;
			}
			if (right < this.size && worse(right, worst)) {
				worst = right;
			}
			if (worst == i) {
				return;
			}
			swap(worst, i);
			i = worst;
		}
	}

	private void swap(int a, int b) {
		double s = this.score[a];
		this.score[a] = this.score[b];
		this.score[b] = s;
		int r = this.row[a];
		this.row[a] = this.row[b];
		this.row[b] = r;
	}

}
