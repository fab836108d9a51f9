package org.competencygraph.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.BlendedSimilarity;
import org.competencygraph.analysis.CloseMatches;
import org.competencygraph.analysis.Format;
import org.competencygraph.analysis.MatchKind;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.analysis.SparseVector;
import org.jspecify.annotations.Nullable;

/**
 * Explains a similar job's score: its parts, and dimension by dimension of the (profile) vectors what both jobs
 * require (shared, with each one's share of the numerator) and what the target requires that the other does not
 * (missing). A dimension a job has only through CLOSE_MATCH is shared as CLOSE_MATCH, and never missing.
 */
final class SimilarityExplanations {

	private SimilarityExplanations() {
	}

	/** Where a job's value for a dimension comes from: its own requirement, or one CLOSE_MATCH the dimension. */
	private record Source(JobRequirement requirement, double credit, boolean direct) {
	}

	static SimilarJobs.SimilarJob explain(RequirementIndex index, SimilarityMetric metric, int target,
			Map<Integer, JobRequirement> targetRequirements, int job, double score, double numerator) {
		SparseVector a = index.vector(target, metric);
		SparseVector b = index.vector(job, metric);
		Map<Integer, JobRequirement> otherRequirements = index.requirementsByConcept(job);
		List<SimilarJobs.SharedCapability> shared = new ArrayList<>();
		List<SimilarJobs.MissingCapability> missing = new ArrayList<>();
		for (int k = 0; k < a.size(); k++) {
			int concept = a.concepts()[k];
			double value = a.values()[k];
			boolean inOther = Arrays.binarySearch(b.concepts(), concept) >= 0;
			double other = inOther ? b.value(concept) : 0;
			Source mine = source(index, targetRequirements, concept);
			if (!inOther) {
				if (mine != null && mine.direct()) {
					JobRequirement requirement = mine.requirement();
					missing.add(new SimilarJobs.MissingCapability(index.capability(requirement.capability()),
							requirement.priority(), requirement.level(), Format.round(value)));
				}
				continue;
			}
			Source theirs = source(index, otherRequirements, concept);
			if (mine == null || theirs == null) {
				continue; // not reached: a value comes from a requirement or a CLOSE_MATCH of one
			}
			JobRequirement m = mine.requirement();
			JobRequirement t = theirs.requirement();
			MatchKind match = !mine.direct() || !theirs.direct() ? MatchKind.CLOSE_MATCH
					: m.capability() == t.capability() ? MatchKind.EXACT : MatchKind.SAME_AS;
			shared.add(new SimilarJobs.SharedCapability(index.capability(m.capability()),
					index.capability(t.capability()), match, Format.round(mine.credit() * theirs.credit()),
					m.priority(), t.priority(), m.level(), t.level(), Format.round(value), Format.round(other),
					numerator > 0 ? Format.round(metric.contribution(value, other) / numerator) : 0));
		}
		shared.sort(Comparator.comparingDouble(SimilarJobs.SharedCapability::contribution)
			.reversed()
			.thenComparing(s -> s.capability().name()));
		missing.sort(Comparator.comparingDouble(SimilarJobs.MissingCapability::value)
			.reversed()
			.thenComparing(m -> m.capability().name()));
		int extra = (int) otherRequirements.keySet().stream().filter(c -> Arrays.binarySearch(a.concepts(), c) < 0).count();
		List<BlendedSimilarity.Part> parts;
		String computation;
		if (metric == SimilarityMetric.BLENDED) {
			BlendedSimilarity.Blend blend = BlendedSimilarity.of(index, target, job, numerator);
			parts = blend.parts();
			computation = blend.computation();
		}
		else {
			parts = List.of(new BlendedSimilarity.Part(BlendedSimilarity.PROFILE, Format.round(score), 1, 1,
					Format.round(score), null));
			computation = metric.computation(numerator, a, b);
		}
		return new SimilarJobs.SimilarJob(index.job(job), Format.round(score), computation, parts,
				List.copyOf(shared), List.copyOf(missing), extra);
	}

	/** The job's requirement on the concept, else its heaviest requirement CLOSE_MATCH the concept. */
	private static @Nullable Source source(RequirementIndex index, Map<Integer, JobRequirement> byConcept,
			int concept) {
		JobRequirement own = byConcept.get(concept);
		if (own != null) {
			return new Source(own, 1.0, true);
		}
		Source best = null;
		CloseMatches close = index.closeMatches(concept);
		for (int k = 0; k < close.size(); k++) {
			JobRequirement requirement = byConcept.get(close.concepts()[k]);
			if (requirement != null && (best == null || index.vectorValue(requirement) * close.credits()[k]
					> index.vectorValue(best.requirement()) * best.credit())) {
				best = new Source(requirement, close.credits()[k], false);
			}
		}
		return best;
	}

}
