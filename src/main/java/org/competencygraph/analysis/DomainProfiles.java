package org.competencygraph.analysis;

import java.util.HashMap;
import java.util.Map;

import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.RequirementIndex.Postings;

/**
 * The requirement profiles of the BLENDED metric: each job's vector over concepts with every source domain
 * (O*NET skills, knowledge, work styles, technology, education; ESCO skills and knowledge; the project's own
 * capabilities by kind) scaled to unit length and weighted ({@link SimilarityWeights}), so a domain counts by its
 * weight and not by how many requirements it lists; then CLOSE_MATCH partial credit as in the plain vectors.
 *
 * @param vectors per job
 * @param postings per concept, the jobs whose vector has it, ascending, with the value
 */
record DomainProfiles(SparseVector[] vectors, Postings[] postings) {

	/**
	 * @param requirements per job, its requirements
	 * @param domains per capability, its source domain
	 */
	static DomainProfiles of(JobRequirement[][] requirements, String[] domains, Concepts concepts, Scoring scoring,
			SimilarityWeights weights) {
		SparseVector[] vectors = new SparseVector[requirements.length];
		for (int j = 0; j < requirements.length; j++) {
			// Per domain, per concept the highest weight x level factor, as in the plain vector.
			Map<String, Map<Integer, Double>> byDomain = new HashMap<>();
			for (JobRequirement requirement : requirements[j]) {
				byDomain.computeIfAbsent(domains[requirement.capability()], d -> new HashMap<>())
					.merge(requirement.concept(), requirement.weight() * Scoring.levelFactor(requirement.level()),
							Math::max);
			}
			Map<Integer, Double> values = new HashMap<>();
			byDomain.forEach((domain, own) -> {
				double norm = Math.sqrt(own.values().stream().mapToDouble(v -> v * v).sum());
				double scale = norm > 0 ? weights.domainWeight(domain) / norm : 0;
				if (scale > 0) {
					own.forEach((concept, value) -> values.merge(concept, value * scale, Math::max));
				}
			});
			vectors[j] = JobProfiles.expanded(values, concepts);
		}
		return new DomainProfiles(vectors, JobProfiles.postings(vectors, concepts.count()));
	}

}
