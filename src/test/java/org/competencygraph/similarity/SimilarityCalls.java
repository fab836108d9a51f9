package org.competencygraph.similarity;

import java.util.List;

import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.SimilarityMetric;

import org.springframework.context.ApplicationContext;

/** Calls similarJobs and jobsMatching as the GraphQL controller does, without GraphQL, for the benchmark. */
public final class SimilarityCalls {

	private final SimilarityController controller;

	public SimilarityCalls(ApplicationContext context) {
		this.controller = context.getBean(SimilarityController.class);
	}

	/** Ids and scores of the similar jobs by WEIGHTED_COSINE, best first. */
	public List<Scored> similarJobs(String to, int first) {
		return similarJobs(to, first, SimilarityMetric.WEIGHTED_COSINE);
	}

	/** Ids and scores of the similar jobs by the metric, best first. */
	public List<Scored> similarJobs(String to, int first, SimilarityMetric metric) {
		return this.controller.similarJobs(to, first, metric, null)
			.results()
			.stream()
			.map(r -> new Scored(r.job().id(), r.score()))
			.toList();
	}

	/** Ids and readiness of the matching jobs, best first. */
	public List<Scored> jobsMatching(List<ProfileCapability> profile, int first) {
		return this.controller.jobsMatching(profile, first)
			.results()
			.stream()
			.map(r -> new Scored(r.job().id(), r.readiness()))
			.toList();
	}

	public record Scored(String id, double score) {
	}

}
