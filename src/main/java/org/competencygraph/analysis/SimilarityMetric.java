package org.competencygraph.analysis;

/**
 * How alike two jobs are, from 0 to 1. WEIGHTED_COSINE and WEIGHTED_JACCARD compare requirement profiles: each job
 * is a vector over capabilities (capabilities linked by SAME_AS are one dimension) whose value for a capability is
 * its requirement's weight x level factor (see {@link Scoring}), plus partial credit toward CLOSE_MATCH capabilities.
 * BLENDED blends a domain-normalised requirement profile with the jobs' duties and titles
 * ({@link BlendedSimilarity}); the vector methods here give its profile part, a cosine.
 */
public enum SimilarityMetric {

	/**
	 * The weighted mean of three parts: requirement-profile cosine with each source domain normalised, cosine of
	 * the duty embeddings, cosine of the embeddings of each job's title with its other names; over the parts both jobs have (the profile part over the
	 * first job's: 0 when only the other has no requirements).
	 */
	BLENDED("weighted mean over the parts both jobs have (profile: 0 when only the other job has no requirements) of: profile (cosine of the requirement vectors with each "
			+ "source domain scaled to unit length and weighted), duties (cosine of the duty embeddings, centred "
			+ "on the mean over all jobs) and title (cosine of the embeddings of each job's title followed by its other names, centred), weights from "
			+ "analysis/similarity.yaml"),

	/** Cosine of the angle between the two vectors: proportions matter, overall size does not. */
	WEIGHTED_COSINE("sum over shared capabilities of a[c] x b[c], divided by |a| x |b| (Euclidean lengths)"),

	/** Generalised (Ruzicka) Jaccard: overlap over union, so a role asking for far more scores lower. */
	WEIGHTED_JACCARD("sum over shared capabilities of min(a[c], b[c]), divided by the sum over every capability "
			+ "of either job of max(a[c], b[c])");

	private final String formula;

	SimilarityMetric(String formula) {
		this.formula = formula;
	}

	public String formula() {
		return this.formula;
	}

	/** What one shared capability adds to the numerator. */
	public double contribution(double a, double b) {
		return this == WEIGHTED_JACCARD ? Math.min(a, b) : a * b;
	}

	/** The score from the summed contributions of the shared capabilities and the two vectors. */
	public double score(double sharedSum, SparseVector a, SparseVector b) {
		if (sharedSum <= 0) {
			return 0;
		}
		double denominator = denominator(sharedSum, a, b);
		return denominator <= 0 ? 0 : Math.min(1.0, sharedSum / denominator);
	}

	public double denominator(double sharedSum, SparseVector a, SparseVector b) {
		return this == WEIGHTED_JACCARD ? a.sum() + b.sum() - sharedSum : a.norm() * b.norm();
	}

	/** The score of two vectors, by a merge of their sorted dimensions. */
	public double score(SparseVector a, SparseVector b) {
		double shared = 0;
		int i = 0;
		int j = 0;
		int[] ac = a.concepts();
		int[] bc = b.concepts();
		while (i < ac.length && j < bc.length) {
			if (ac[i] == bc[j]) {
				shared += contribution(a.values()[i++], b.values()[j++]);
			}
			else if (ac[i] < bc[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return score(shared, a, b);
	}

	/** The score's formula with its numbers, for explanations. */
	public String computation(double sharedSum, SparseVector a, SparseVector b) {
		double score = score(sharedSum, a, b);
		return switch (this) {
			case WEIGHTED_COSINE, BLENDED -> "sum of a[c] x b[c] over shared capabilities " + Format.number(sharedSum)
					+ " / (|a| " + Format.number(a.norm()) + " x |b| " + Format.number(b.norm()) + ") = "
					+ Format.number(score);
			case WEIGHTED_JACCARD -> "sum of min(a[c], b[c]) over shared capabilities " + Format.number(sharedSum)
					+ " / (sum a " + Format.number(a.sum()) + " + sum b " + Format.number(b.sum()) + " - "
					+ Format.number(sharedSum) + ") = " + Format.number(score);
		};
	}

}
