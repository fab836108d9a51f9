package org.competencygraph.path;

import org.competencygraph.analysis.BlendedSimilarity;
import org.competencygraph.analysis.JobTexts;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.analysis.SimilarityWeights;
import org.competencygraph.analysis.SparseVector;

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
		int m = index.jobCount();
		SparseVector a = index.vector(job, SimilarityMetric.BLENDED);
		double[] numerators = BlendedSimilarity.numerators(index, job);
		JobTexts texts = index.texts();
		double[] titles = null;
		double[] duties = null;
		if (texts.hasTitle(job)) {
			titles = new double[m];
			texts.titleCosines(job, titles);
		}
		if (texts.hasDuties(job)) {
			duties = new double[m];
			texts.dutyCosines(job, duties);
		}
		double[] crosswalks = BlendedSimilarity.crosswalks(index, job);
		SimilarityWeights.Blend weights = index.weights().blend();
		double[] scores = new double[m];
		for (int other = 0; other < m; other++) {
			if (other == job) {
				continue;
			}
			double profile = BlendedSimilarity.profile(numerators[other], a,
					index.vector(other, SimilarityMetric.BLENDED));
			double title = titles == null ? Double.NaN : BlendedSimilarity.part(titles[other]);
			double duty = duties == null ? Double.NaN : BlendedSimilarity.part(duties[other]);
			double crosswalk = crosswalks == null ? Double.NaN : crosswalks[other];
			double score = BlendedSimilarity.score(weights, profile, duty, title, crosswalk);
			scores[other] = Double.isNaN(score) ? 0 : score;
		}
		return scores;
	}

	/** BLENDED similarity of two jobs. */
	static double pair(RequirementIndex index, int a, int b) {
		return BlendedSimilarity.score(index, a, b);
	}

}
