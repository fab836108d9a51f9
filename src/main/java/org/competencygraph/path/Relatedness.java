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
 * the posting lists and the packed embeddings) and for one pair.
 */
final class Relatedness {

	private Relatedness() {
	}

	/** BLENDED similarity of {@code job} with every job (0 for itself and where no part can be compared). */
	static double[] row(RequirementIndex index, int job) {
		int m = index.jobCount();
		SparseVector a = index.vector(job, SimilarityMetric.BLENDED);
		double[] numerators = new double[m];
		for (int k = 0; k < a.size(); k++) {
			double value = a.values()[k];
			RequirementIndex.Postings postings = index.postings(a.concepts()[k], SimilarityMetric.BLENDED);
			int[] jobs = postings.jobs();
			double[] values = postings.values();
			for (int i = 0; i < jobs.length; i++) {
				numerators[jobs[i]] += SimilarityMetric.BLENDED.contribution(value, values[i]);
			}
		}
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
			double score = BlendedSimilarity.score(weights, profile, duty, title);
			scores[other] = Double.isNaN(score) ? 0 : score;
		}
		return scores;
	}

	/** BLENDED similarity of two jobs. */
	static double pair(RequirementIndex index, int a, int b) {
		SparseVector va = index.vector(a, SimilarityMetric.BLENDED);
		SparseVector vb = index.vector(b, SimilarityMetric.BLENDED);
		SparseVector shorter = va.size() <= vb.size() ? va : vb;
		SparseVector longer = shorter == va ? vb : va;
		double shared = 0;
		for (int k = 0; k < shorter.size(); k++) {
			double other = longer.value(shorter.concepts()[k]);
			if (other != 0) {
				shared += SimilarityMetric.BLENDED.contribution(shorter.values()[k], other);
			}
		}
		JobTexts texts = index.texts();
		double profile = BlendedSimilarity.profile(shared, va, vb);
		double duties = texts.hasDuties(a) && texts.hasDuties(b) ? BlendedSimilarity.part(texts.dutyCosine(a, b))
				: Double.NaN;
		double title = texts.hasTitle(a) && texts.hasTitle(b) ? BlendedSimilarity.part(texts.titleCosine(a, b))
				: Double.NaN;
		double score = BlendedSimilarity.score(index.weights().blend(), profile, duties, title);
		return Double.isNaN(score) ? 0 : score;
	}

}
