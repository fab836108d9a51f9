package org.competencygraph.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.competencygraph.analysis.Format;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.analysis.SparseVector;
import org.competencygraph.job.Job;
import org.jspecify.annotations.Nullable;

/**
 * Ranks jobs by similarity to a target over the posting lists: only jobs that share at least one concept with the
 * target are scored (every other job scores 0), the numerator accumulated posting by posting, the denominator
 * from precomputed norms and sums. Then the top results are explained capability by capability.
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
		SparseVector a = index.vector(target);
		double[] numerators = new double[index.jobCount()];
		boolean[] seen = new boolean[index.jobCount()];
		int[] touched = new int[index.jobCount()];
		int touchedCount = 0;
		for (int k = 0; k < a.size(); k++) {
			double value = a.values()[k];
			RequirementIndex.Postings postings = index.postings(a.concepts()[k]);
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
		Comparator<Scored> order = Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparing(s -> index.job(s.job()).id());
		PriorityQueue<Scored> best = new PriorityQueue<>(first + 1, order.reversed());
		int candidates = 0;
		for (int i = 0; i < touchedCount; i++) {
			int job = touched[i];
			if (job == target) {
				continue;
			}
			candidates++;
			double score = metric.score(numerators[job], a, index.vector(job));
			if (score < minScore || (filter != null && !filter.accepts(index.job(job)))) {
				continue;
			}
			best.add(new Scored(job, score, numerators[job]));
			if (best.size() > first) {
				best.poll();
			}
		}
		List<Scored> top = new ArrayList<>(best);
		top.sort(order);
		Map<Integer, JobRequirement> targetRequirements = index.requirementsByConcept(target);
		List<SimilarJobs.SimilarJob> results = top.stream()
			.map(s -> explain(index, metric, target, targetRequirements, s))
			.toList();
		return new SimilarJobs(index.job(target), metric, metric.formula(), candidates, results);
	}

	private record Scored(int job, double score, double numerator) {
	}

	private static SimilarJobs.SimilarJob explain(RequirementIndex index, SimilarityMetric metric, int target,
			Map<Integer, JobRequirement> targetRequirements, Scored scored) {
		SparseVector a = index.vector(target);
		SparseVector b = index.vector(scored.job());
		Map<Integer, JobRequirement> otherRequirements = index.requirementsByConcept(scored.job());
		List<SimilarJobs.SharedCapability> shared = new ArrayList<>();
		List<SimilarJobs.MissingCapability> missing = new ArrayList<>();
		for (int k = 0; k < a.size(); k++) {
			int concept = a.concepts()[k];
			JobRequirement mine = targetRequirements.get(concept);
			JobRequirement theirs = otherRequirements.get(concept);
			double value = a.values()[k];
			if (theirs == null) {
				missing.add(new SimilarJobs.MissingCapability(index.capability(mine.capability()), mine.priority(),
						mine.level(), Format.round(value)));
			}
			else {
				double other = b.value(concept);
				shared.add(new SimilarJobs.SharedCapability(index.capability(mine.capability()),
						index.capability(theirs.capability()), mine.priority(), theirs.priority(), mine.level(),
						theirs.level(), Format.round(value), Format.round(other),
						Format.round(metric.contribution(value, other) / scored.numerator())));
			}
		}
		shared.sort(Comparator.comparingDouble(SimilarJobs.SharedCapability::contribution)
			.reversed()
			.thenComparing(s -> s.capability().name()));
		missing.sort(Comparator.comparingDouble(SimilarJobs.MissingCapability::value)
			.reversed()
			.thenComparing(m -> m.capability().name()));
		return new SimilarJobs.SimilarJob(index.job(scored.job()), Format.round(scored.score()),
				metric.computation(scored.numerator(), a, b), List.copyOf(shared),
				List.copyOf(missing), b.size() - shared.size());
	}

}
