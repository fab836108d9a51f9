package org.competencygraph.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.competencygraph.analysis.BlendedSimilarity;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.analysis.SparseVector;
import org.competencygraph.job.Job;
import org.jspecify.annotations.Nullable;

/**
 * Ranks jobs by similarity to a target. The profile numerators are accumulated over the posting lists of the
 * target's concepts (jobs sharing no concept get none), the denominators come from precomputed norms and sums.
 * WEIGHTED_COSINE and WEIGHTED_JACCARD score only the jobs so touched (every other job scores 0); BLENDED scores
 * every job, adding the cosines of the title and duty embeddings, computed by one scan over the packed vectors,
 * and, for a target the crosswalk has placed in other frameworks, the same three parts once more from its closest
 * occupation in each ({@link BlendedSimilarity#crosswalks}).
 * A bounded heap keeps the best; then the top results are explained ({@link SimilarityExplanations}).
 */
final class Similarities {

	private Similarities() {
	}

	/** A job that passes the filter, or null for no filter. */
	interface JobFilter {

		boolean accepts(Job job);

	}

	static SimilarJobs similarJobs(RequirementIndex index, int target, SimilarityMetric metric, int first,
			@Nullable JobFilter filter, double minScore) {
		SparseVector a = index.vector(target, metric);
		int m = index.jobCount();
		double[] numerators = new double[m];
		boolean[] seen = new boolean[m];
		int[] touched = new int[m];
		int touchedCount = 0;
		for (int k = 0; k < a.size(); k++) {
			double value = a.values()[k];
			RequirementIndex.Postings postings = index.postings(a.concepts()[k], metric);
			int[] jobs = postings.jobs();
			double[] values = postings.values();
			for (int i = 0; i < jobs.length; i++) {
				int job = jobs[i];
				if (!seen[job]) {
					seen[job] = true;
					touched[touchedCount++] = job;
				}
				numerators[job] += metric.contribution(value, values[i]);
			}
		}
		Top top = new Top(index, first);
		int candidates = 0;
		if (metric == SimilarityMetric.BLENDED) {
			candidates = blended(index, target, numerators, filter, minScore, top);
		}
		else {
			for (int i = 0; i < touchedCount; i++) {
				int job = touched[i];
				if (job == target) {
					continue;
				}
				candidates++;
				double score = metric.score(numerators[job], a, index.vector(job, metric));
				if (score >= minScore && (filter == null || filter.accepts(index.job(job)))) {
					top.offer(job, score, numerators[job]);
				}
			}
		}
		Map<Integer, JobRequirement> targetRequirements = index.requirementsByConcept(target);
		List<SimilarJobs.SimilarJob> results = top.best()
			.stream()
			.map(s -> SimilarityExplanations.explain(index, metric, target, targetRequirements, s.job(), s.score(),
					s.numerator()))
			.toList();
		return new SimilarJobs(index.job(target), metric, metric.formula(), candidates, results);
	}

	/**
	 * Scores every job by the blend of its parts ({@link BlendedSimilarity#scores}: two scans of the packed
	 * embeddings, and the crosswalk's); returns how many score above 0.
	 */
	private static int blended(RequirementIndex index, int target, double[] numerators,
			@Nullable JobFilter filter, double minScore, Top top) {
		double[] scores = BlendedSimilarity.scores(index, target, numerators);
		int candidates = 0;
		for (int job = 0; job < scores.length; job++) {
			double score = scores[job];
			if (!(score > 0)) {
				continue;
			}
			candidates++;
			if (score >= minScore && (filter == null || filter.accepts(index.job(job)))) {
				top.offer(job, score, numerators[job]);
			}
		}
		return candidates;
	}

	private record Scored(int job, double score, double numerator) {
	}

	/** The best {@code first} jobs seen, highest score first, ties by job id; a job that cannot enter costs nothing. */
	private static final class Top {

		private final RequirementIndex index;

		private final int first;

		private final Comparator<Scored> order;

		private final PriorityQueue<Scored> heap;

		Top(RequirementIndex index, int first) {
			this.index = index;
			this.first = first;
			this.order = Comparator.comparingDouble(Scored::score)
				.reversed()
				.thenComparing(s -> index.job(s.job()).id());
			this.heap = new PriorityQueue<>(first + 1, this.order.reversed());
		}

		void offer(int job, double score, double numerator) {
			if (this.heap.size() >= this.first) {
				Scored worst = this.heap.peek();
				if (score < worst.score() || (score == worst.score()
						&& this.index.job(job).id().compareTo(this.index.job(worst.job()).id()) > 0)) {
					return;
				}
			}
			this.heap.add(new Scored(job, score, numerator));
			if (this.heap.size() > this.first) {
				this.heap.poll();
			}
		}

		List<Scored> best() {
			List<Scored> best = new ArrayList<>(this.heap);
			best.sort(this.order);
			return best;
		}

	}

}
