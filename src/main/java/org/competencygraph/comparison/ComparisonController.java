package org.competencygraph.comparison;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code compareJobs} query, answered from the in-memory requirement index. */
@Controller
class ComparisonController {

	static final int MIN_JOBS = 2;

	static final int MAX_JOBS = 10;

	private final RequirementIndexes indexes;

	ComparisonController(RequirementIndexes indexes) {
		this.indexes = indexes;
	}

	@QueryMapping
	JobComparison compareJobs(@Argument List<String> ids, @Argument @Nullable SimilarityMetric metric) {
		if (ids.size() < MIN_JOBS || ids.size() > MAX_JOBS) {
			throw new InvalidArgumentException("ids",
					"must name from " + MIN_JOBS + " to " + MAX_JOBS + " jobs, was " + ids.size());
		}
		RequirementIndex index = this.indexes.current();
		int[] jobs = new int[ids.size()];
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < jobs.length; i++) {
			String id = ids.get(i);
			if (!seen.add(id)) {
				throw new InvalidArgumentException("ids[" + i + "]", "'" + id + "' is named twice");
			}
			jobs[i] = Arguments.job(index, "ids[" + i + "]", id);
		}
		return JobComparisons.compare(index, jobs, metric == null ? SimilarityMetric.WEIGHTED_COSINE : metric);
	}

}
