package org.competencygraph.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.Format;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.analysis.SparseVector;

/** Builds the capability x job matrix and the pairwise similarities from one snapshot of the index. */
final class JobComparisons {

	private JobComparisons() {
	}

	static JobComparison compare(RequirementIndex index, int[] jobs, SimilarityMetric metric) {
		List<Map<Integer, JobRequirement>> byConcept = Arrays.stream(jobs)
			.mapToObj(index::requirementsByConcept)
			.toList();
		Map<Integer, JobComparison.Cell[]> cells = new LinkedHashMap<>();
		Map<Integer, Double> totals = new LinkedHashMap<>();
		for (int i = 0; i < jobs.length; i++) {
			for (JobRequirement requirement : byConcept.get(i).values()) {
				double value = index.vectorValue(requirement);
				cells.computeIfAbsent(requirement.concept(), c -> new JobComparison.Cell[jobs.length])[i] =
						new JobComparison.Cell(index.capability(requirement.capability()), requirement.priority(),
								requirement.level(), requirement.importance(), Format.round(requirement.weight()),
								Format.round(value));
				totals.merge(requirement.concept(), value, Double::sum);
			}
		}
		record Ranked(JobComparison.Row row, double total) {
		}
		List<JobComparison.Row> rows = cells.entrySet().stream().map(entry -> {
			List<JobComparison.Cell> row = Arrays.asList(entry.getValue());
			JobComparison.Cell first = row.stream().filter(c -> c != null).findFirst().orElseThrow();
			int requiredBy = (int) row.stream().filter(c -> c != null).count();
			return new Ranked(new JobComparison.Row(first.capability(), requiredBy, row), totals.get(entry.getKey()));
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

	private static JobComparison.Pair pair(RequirementIndex index, SimilarityMetric metric, int a, int b) {
		SparseVector va = index.vector(a);
		SparseVector vb = index.vector(b);
		double numerator = 0;
		int shared = 0;
		for (int k = 0; k < va.size(); k++) {
			if (containsConcept(vb, va.concepts()[k])) {
				numerator += metric.contribution(va.values()[k], vb.value(va.concepts()[k]));
				shared++;
			}
		}
		return new JobComparison.Pair(index.job(a), index.job(b), Format.round(metric.score(numerator, va, vb)), shared,
				metric.computation(numerator, va, vb));
	}

	private static boolean containsConcept(SparseVector vector, int concept) {
		return Arrays.binarySearch(vector.concepts(), concept) >= 0;
	}

}
