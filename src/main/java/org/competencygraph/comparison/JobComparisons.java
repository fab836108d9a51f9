package org.competencygraph.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * Builds the capability x job matrix and the pairwise similarities from one snapshot of the index. A row is a
 * concept some job requires; a job that does not require it but a concept CLOSE_MATCH it gets a CLOSE_MATCH cell
 * with the link's credit, as its similarity vector does.
 */
final class JobComparisons {

	private JobComparisons() {
	}

	static JobComparison compare(RequirementIndex index, int[] jobs, SimilarityMetric metric) {
		List<Map<Integer, JobRequirement>> byConcept = Arrays.stream(jobs)
			.mapToObj(index::requirementsByConcept)
			.toList();
		Map<Integer, JobComparison.Cell[]> cells = new LinkedHashMap<>();
		Map<Integer, Double> totals = new LinkedHashMap<>();
		Map<Integer, Integer> firstCapability = new LinkedHashMap<>();
		for (int i = 0; i < jobs.length; i++) {
			for (JobRequirement requirement : byConcept.get(i).values()) {
				firstCapability.putIfAbsent(requirement.concept(), requirement.capability());
				cells.computeIfAbsent(requirement.concept(), c -> new JobComparison.Cell[jobs.length]);
			}
		}
		cells.forEach((concept, row) -> {
			for (int i = 0; i < jobs.length; i++) {
				JobRequirement own = byConcept.get(i).get(concept);
				if (own != null) {
					MatchKind match = own.capability() == firstCapability.get(concept) ? MatchKind.EXACT
							: MatchKind.SAME_AS;
					row[i] = cell(index, own, match, 1.0);
					totals.merge(concept, index.vectorValue(own), Double::sum);
				}
				else {
					row[i] = closeCell(index, byConcept.get(i), concept);
				}
			}
		});
		record Ranked(JobComparison.Row row, double total) {
		}
		List<JobComparison.Row> rows = cells.entrySet().stream().map(entry -> {
			List<JobComparison.Cell> row = Arrays.asList(entry.getValue());
			int requiredBy = (int) row.stream().filter(c -> c != null && c.match() != MatchKind.CLOSE_MATCH).count();
			return new Ranked(new JobComparison.Row(index.capability(firstCapability.get(entry.getKey())), requiredBy,
					row), totals.get(entry.getKey()));
		})
			.sorted(Comparator.comparingInt((Ranked r) -> r.row().requiredBy())
				.reversed()
				.thenComparing(Ranked::total, Comparator.reverseOrder())
				.thenComparing(r -> r.row().capability().name()))
			.map(Ranked::row)
			.toList();
		List<JobComparison.Pair> pairs = new ArrayList<>();
		for (int i = 0; i < jobs.length; i++) {
			for (int j = i + 1; j < jobs.length; j++) {
				pairs.add(pair(index, metric, jobs[i], jobs[j]));
			}
		}
		return new JobComparison(Arrays.stream(jobs).mapToObj(index::job).toList(), metric, metric.formula(),
				rows, List.copyOf(pairs));
	}

	private static JobComparison.Cell cell(RequirementIndex index, JobRequirement requirement, MatchKind match,
			double credit) {
		return new JobComparison.Cell(index.capability(requirement.capability()), match, Format.round(credit),
				requirement.priority(), requirement.level(), requirement.importance(),
				Format.round(requirement.weight()), Format.round(index.vectorValue(requirement) * credit));
	}

	/** The job's heaviest requirement CLOSE_MATCH the concept as a cell, null when it has none. */
	private static JobComparison.@Nullable Cell closeCell(RequirementIndex index, Map<Integer, JobRequirement> own,
			int concept) {
		CloseMatches close = index.closeMatches(concept);
		JobRequirement best = null;
		double bestCredit = 0;
		for (int k = 0; k < close.size(); k++) {
			JobRequirement requirement = own.get(close.concepts()[k]);
			if (requirement != null && (best == null
					|| index.vectorValue(requirement) * close.credits()[k] > index.vectorValue(best) * bestCredit)) {
				best = requirement;
				bestCredit = close.credits()[k];
			}
		}
		return best == null ? null : cell(index, best, MatchKind.CLOSE_MATCH, bestCredit);
	}

	private static JobComparison.Pair pair(RequirementIndex index, SimilarityMetric metric, int a, int b) {
		SparseVector va = index.vector(a, metric);
		SparseVector vb = index.vector(b, metric);
		double numerator = 0;
		int shared = 0;
		for (int k = 0; k < va.size(); k++) {
			if (Arrays.binarySearch(vb.concepts(), va.concepts()[k]) >= 0) {
				numerator += metric.contribution(va.values()[k], vb.value(va.concepts()[k]));
				shared++;
			}
		}
		if (metric == SimilarityMetric.BLENDED) {
			BlendedSimilarity.Blend blend = BlendedSimilarity.of(index, a, b, numerator);
			return new JobComparison.Pair(index.job(a), index.job(b), Format.round(blend.score()), shared,
					blend.computation(), blend.parts());
		}
		double score = metric.score(numerator, va, vb);
		return new JobComparison.Pair(index.job(a), index.job(b), Format.round(score), shared,
				metric.computation(numerator, va, vb), List.of(new BlendedSimilarity.Part(BlendedSimilarity.PROFILE,
						Format.round(score), 1, 1, Format.round(score), null)));
	}

}
