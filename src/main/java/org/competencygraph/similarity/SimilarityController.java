package org.competencygraph.similarity;

import java.util.List;

import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.Profiles;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.api.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code similarJobs} and {@code jobsMatching} queries, answered from the in-memory requirement index. */
@Controller
class SimilarityController {

	/** Most entries a nested list (shared, missing, matched capabilities) may ask for. */
	static final int MAX_DETAIL = 100;

	private final RequirementIndexes indexes;

	SimilarityController(RequirementIndexes indexes) {
		this.indexes = indexes;
	}

	@QueryMapping
	SimilarJobs similarJobs(@Argument String to, @Argument @Nullable Integer first,
			@Argument @Nullable SimilarityMetric metric, @Argument @Nullable SimilarJobsFilter filter) {
		RequirementIndex index = this.indexes.current();
		int limit = Paging.first(first);
		double minScore = 0;
		Similarities.JobFilter jobFilter = null;
		if (filter != null) {
			if (filter.minScore() != null) {
				minScore = filter.minScore();
				if (minScore < 0 || minScore > 1) {
					throw new InvalidArgumentException("filter.minScore", "must be from 0 to 1, was " + minScore);
				}
			}
			String organization = blankToNull("filter.organization", filter.organization());
			String family = blankToNull("filter.family", filter.family());
			if (organization != null || family != null) {
				jobFilter = job -> (organization == null || organization.equals(job.organization().name())
						|| organization.equals(job.organization().id()))
						&& (family == null || (job.family() != null && (family.equals(job.family().name())
								|| family.equals(job.family().id()))));
			}
		}
		int target = Arguments.job(index, "to", to);
		return Similarities.similarJobs(index, target, metric == null ? SimilarityMetric.BLENDED : metric,
				limit, jobFilter, minScore);
	}

	@QueryMapping
	JobsMatching jobsMatching(@Argument @Nullable List<ProfileCapability> profile, @Argument @Nullable Integer first) {
		RequirementIndex index = this.indexes.current();
		int limit = Paging.first(first);
		var holdings = Profiles.holdings(index, "profile", profile);
		return ProfileMatches.jobsMatching(index, holdings, profile == null ? 0 : profile.size(), limit);
	}

	@SchemaMapping(typeName = "SimilarJob")
	List<SimilarJobs.SharedCapability> shared(SimilarJobs.SimilarJob job, @Argument @Nullable Integer first) {
		return head(job.shared(), first);
	}

	@SchemaMapping(typeName = "SimilarJob")
	List<SimilarJobs.MissingCapability> missing(SimilarJobs.SimilarJob job, @Argument @Nullable Integer first) {
		return head(job.missing(), first);
	}

	@SchemaMapping(typeName = "SimilarJob")
	int sharedCount(SimilarJobs.SimilarJob job) {
		return job.shared().size();
	}

	@SchemaMapping(typeName = "SimilarJob")
	int missingCount(SimilarJobs.SimilarJob job) {
		return job.missing().size();
	}

	@SchemaMapping(typeName = "JobMatch")
	List<JobsMatching.MatchedRequirement> matched(JobsMatching.JobMatch match, @Argument @Nullable Integer first) {
		return head(match.matched(), first);
	}

	@SchemaMapping(typeName = "JobMatch")
	List<JobsMatching.MatchedRequirement> missingEssentials(JobsMatching.JobMatch match,
			@Argument @Nullable Integer first) {
		return head(match.missingEssentials(), first);
	}

	private static <T> List<T> head(List<T> list, @Nullable Integer first) {
		int limit = first == null ? 5 : first;
		if (limit < 0 || limit > MAX_DETAIL) {
			throw new InvalidArgumentException("first", "must be from 0 to " + MAX_DETAIL + ", was " + limit);
		}
		return list.subList(0, Math.min(limit, list.size()));
	}

	private static @Nullable String blankToNull(String argument, @Nullable String value) {
		if (value != null && value.isBlank()) {
			throw new InvalidArgumentException(argument, "must not be blank");
		}
		return value;
	}

	/** Filters of similarJobs; all given filters must hold. */
	record SimilarJobsFilter(@Nullable String organization, @Nullable String family, @Nullable Double minScore) {
	}

}
