package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.competencygraph.linking.LinkingRules.ClosestOccupationRules;
import org.competencygraph.linking.LinkingRules.Weights;
import org.competencygraph.linking.TermVectors.Part;
import org.jspecify.annotations.Nullable;

/**
 * Ranks a framework's occupations for each seed job. The score (0-1) is the TF-IDF cosine of the job's words
 * (title, aliases, family, summary, requirement names) and the occupation's (title, alternate titles,
 * description, essential requirement names); when some of the job's requirements are {@code SAME_AS} capabilities
 * of the framework, a share of the score (frameworks/linking.yaml) is how much of those the occupation requires,
 * weighted by importance.
 */
final class OccupationMatcher {

	static final String TEXT = "text";

	static final String TEXT_AND_CAPABILITIES = "text+capabilities";

	private final ClosestOccupationRules rules;

	private final TermVectors vectors;

	OccupationMatcher(ClosestOccupationRules rules, TermVectors vectors) {
		this.rules = rules;
		this.vectors = vectors;
	}

	record SeedJob(String id, String title, List<String> aliases, @Nullable String family, @Nullable String summary,
			List<SeedRequirement> requirements) {
	}

	/** A seed requirement and the framework capabilities its capability is the same as, with confidence. */
	record SeedRequirement(String name, List<String> aliases, boolean essential, @Nullable Double importance,
			Map<String, Double> sameAs) {

		double weight() {
			return this.importance != null ? this.importance : (this.essential ? 1.0 : 0.5);
		}

	}

	/**
	 * @param requirements importance (0-1) of each capability the occupation requires, for the capabilities that
	 * seed capabilities are the same as
	 */
	record Occupation(String id, String title, List<String> aliases, @Nullable String summary,
			List<String> essentialRequirements, Map<String, Double> requirements) {
	}

	record Match(String jobId, String occupationId, double score, String method, int rank) {
	}

	List<Match> rank(List<SeedJob> jobs, List<Occupation> occupations, int top) {
		List<Map<String, Double>> corpus = occupations.stream().map(this::frequencies).toList();
		Map<String, Double> idf = TermVectors.idf(corpus);
		List<Map<String, Double>> occupationVectors = corpus.stream().map(f -> TermVectors.vector(f, idf)).toList();
		List<Match> matches = new ArrayList<>();
		for (SeedJob job : jobs) {
			Map<String, Double> jobVector = TermVectors.vector(frequencies(job), idf);
			List<SeedRequirement> linked = job.requirements().stream().filter(r -> !r.sameAs().isEmpty()).toList();
			double linkedWeight = linked.stream().mapToDouble(SeedRequirement::weight).sum();
			boolean useCapabilities = linkedWeight > 0 && this.rules.capabilityOverlap() > 0;
			List<Scored> scored = new ArrayList<>();
			for (int i = 0; i < occupations.size(); i++) {
				double text = TermVectors.cosine(jobVector, occupationVectors.get(i));
				double score = text;
				if (useCapabilities) {
					double overlap = overlap(linked, occupations.get(i)) / linkedWeight;
					score = (1 - this.rules.capabilityOverlap()) * text + this.rules.capabilityOverlap() * overlap;
				}
				scored.add(new Scored(occupations.get(i).id(), Math.round(score * 10_000) / 10_000.0));
			}
			scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
			for (int rank = 0; rank < Math.min(top, scored.size()); rank++) {
				Scored best = scored.get(rank);
				if (best.score() > 0) {
					matches.add(new Match(job.id(), best.id(), best.score(),
							useCapabilities ? TEXT_AND_CAPABILITIES : TEXT, rank + 1));
				}
			}
		}
		return matches;
	}

	private record Scored(String id, double score) {
	}

	/** Sum over the linked requirements of weight x the best importance x confidence the occupation gives them. */
	private static double overlap(List<SeedRequirement> linked, Occupation occupation) {
		double sum = 0;
		for (SeedRequirement requirement : linked) {
			double best = 0;
			for (Map.Entry<String, Double> target : requirement.sameAs().entrySet()) {
				Double importance = occupation.requirements().get(target.getKey());
				if (importance != null) {
					best = Math.max(best, importance * target.getValue());
				}
			}
			sum += requirement.weight() * best;
		}
		return sum;
	}

	private Map<String, Double> frequencies(Occupation occupation) {
		Weights w = this.rules.occupation();
		List<Part> parts = new ArrayList<>();
		parts.add(new Part(occupation.title(), w.title()));
		occupation.aliases().forEach(alias -> parts.add(new Part(alias, w.aliases())));
		parts.add(new Part(occupation.summary(), w.summary()));
		occupation.essentialRequirements().forEach(name -> parts.add(new Part(name, w.essentialRequirements())));
		return this.vectors.frequencies(parts);
	}

	private Map<String, Double> frequencies(SeedJob job) {
		Weights w = this.rules.job();
		List<Part> parts = new ArrayList<>();
		parts.add(new Part(job.title(), w.title()));
		job.aliases().forEach(alias -> parts.add(new Part(alias, w.aliases())));
		parts.add(new Part(job.family(), w.family()));
		parts.add(new Part(job.summary(), w.summary()));
		for (SeedRequirement requirement : job.requirements()) {
			double weight = requirement.essential() ? w.essentialRequirements() : w.desirableRequirements();
			parts.add(new Part(requirement.name(), weight));
			requirement.aliases().forEach(alias -> parts.add(new Part(alias, weight)));
		}
		return this.vectors.frequencies(parts);
	}

}
