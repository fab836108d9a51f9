package org.competencygraph.path;

import org.competencygraph.analysis.BlendedSimilarity;
import org.competencygraph.analysis.RequirementIndex;

/**
 * The related-role metric (BLENDED, the default of similarJobs) between jobs of the analysis index, with the same
 * parts and weights as {@link BlendedSimilarity}, without its explanations: for one job against all (one scan of
 * the posting lists and the packed embeddings, and one more per closest occupation of the job) and for one pair.
 */
final class Relatedness {

	private Relatedness() {
	}

	/** BLENDED similarity of {@code job} with every job (0 for itself and where no part can be compared). */
	static double[] row(RequirementIndex index, int job) {
		double[] scores = BlendedSimilarity.scores(index, job, BlendedSimilarity.numerators(index, job));
		for (int other = 0; other < scores.length; other++) {
			scores[other] = Double.isNaN(scores[other]) ? 0 : scores[other];
		}
		return scores;
	}

	/** BLENDED similarity of two jobs. */
	static double pair(RequirementIndex index, int a, int b) {
		return BlendedSimilarity.score(index, a, b);
	}

}
