package org.competencygraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.RequirementIndex.Postings;

/**
 * The requirement profiles of the BLENDED metric: each job's vector over concepts with every source domain
 * (O*NET skills, knowledge, work styles, technology, education; ESCO skills and knowledge; the project's own
 * capabilities by kind) centred and then scaled to unit length and weighted ({@link SimilarityWeights}), so a domain
 * counts by its weight and not by how many requirements it lists; then CLOSE_MATCH partial credit as in the plain
 * vectors. Centring takes a share of a concept's mean value over the jobs rated in the domain off each job's value
 * (what is left below 0 counts 0): O*NET rates every occupation on the same skills and knowledge, and without it a
 * manager of computer systems reads like every other manager; with it the ratings that set an occupation apart
 * (an IT manager's Computers and Electronics) carry its profile.
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
		if (Arrays.stream(domains).distinct().noneMatch(d -> weights.centring(d) > 0)) {
			// Nothing centred (the default): one pass, each job's per-domain values dropped once its vector is made.
			for (int j = 0; j < requirements.length; j++) {
				vectors[j] = vector(byDomain(requirements[j], domains), Map.of(), weights, concepts);
			}
			return new DomainProfiles(vectors, JobProfiles.postings(vectors, concepts.count()));
		}
		// Centred domains need every job's values for the means first: keep them, then make the vectors.
		List<Map<String, Map<Integer, Double>>> own = new ArrayList<>(requirements.length);
		Map<String, Means> means = new HashMap<>();
		for (JobRequirement[] job : requirements) {
			Map<String, Map<Integer, Double>> byDomain = byDomain(job, domains);
			own.add(byDomain);
			byDomain.forEach((domain, values) -> {
				if (weights.centring(domain) > 0) {
					means.computeIfAbsent(domain, d -> new Means()).add(values);
				}
			});
		}
		for (int j = 0; j < requirements.length; j++) {
			vectors[j] = vector(own.get(j), means, weights, concepts);
			own.set(j, Map.of());
		}
		return new DomainProfiles(vectors, JobProfiles.postings(vectors, concepts.count()));
	}

	/** Per domain, per concept the highest weight x level factor of one job, as in the plain vector. */
	private static Map<String, Map<Integer, Double>> byDomain(JobRequirement[] requirements, String[] domains) {
		Map<String, Map<Integer, Double>> byDomain = new HashMap<>();
		for (JobRequirement requirement : requirements) {
			byDomain.computeIfAbsent(domains[requirement.capability()], d -> new HashMap<>())
				.merge(requirement.concept(), requirement.weight() * Scoring.levelFactor(requirement.level()),
						Math::max);
		}
		return byDomain;
	}

	/** One job's vector: each domain centred where it has means, scaled to unit length x its weight. */
	private static SparseVector vector(Map<String, Map<Integer, Double>> byDomain, Map<String, Means> means,
			SimilarityWeights weights, Concepts concepts) {
		Map<Integer, Double> values = new HashMap<>();
		byDomain.forEach((domain, domainValues) -> {
			Means mean = means.get(domain);
			Map<Integer, Double> centred = mean == null ? domainValues : mean.centred(domainValues,
					weights.centring(domain));
			double norm = Math.sqrt(centred.values().stream().mapToDouble(v -> v * v).sum());
			double scale = norm > 0 ? weights.domainWeight(domain) / norm : 0;
			if (scale > 0) {
				centred.forEach((concept, value) -> values.merge(concept, value * scale, Math::max));
			}
		});
		return JobProfiles.expanded(values, concepts);
	}

	/** Per concept of one domain, the sum of its values over the jobs rated in the domain, and their number. */
	private static final class Means {

		private final Map<Integer, Double> sums = new HashMap<>();

		private int jobs;

		void add(Map<Integer, Double> values) {
			values.forEach((concept, value) -> this.sums.merge(concept, value, Double::sum));
			this.jobs++;
		}

		/** The values less share x the concept's mean (a job without the concept counts 0), those above 0. */
		Map<Integer, Double> centred(Map<Integer, Double> values, double share) {
			Map<Integer, Double> centred = new HashMap<>();
			values.forEach((concept, value) -> {
				double rest = value - share * this.sums.getOrDefault(concept, 0.0) / this.jobs;
				if (rest > 0) {
					centred.put(concept, rest);
				}
			});
			return centred;
		}

	}

}
