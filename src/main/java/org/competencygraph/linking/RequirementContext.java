package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.competencygraph.linking.LinkingRules.ContextRules;
import org.competencygraph.linking.OccupationCrosswalk.Match;
import org.competencygraph.linking.OccupationCrosswalk.Profile;

/**
 * The second signal of a capability link, independent of the labels' meaning: which framework concepts the
 * occupations closest to the jobs that require a capability also require. A seed capability is required by seed
 * jobs; each of them has its closest occupations in a framework; a candidate concept that those occupations require,
 * and rate as important, is far more likely to be the right link than a label neighbour none of them requires.
 * <p>
 * The closest occupations come from a crosswalk <em>without the capability links</em> (titles, duties and the
 * requirement profiles' name vectors only), computed before the links, so the links do not confirm themselves.
 */
final class RequirementContext {

	/** No context: every support is 0 and no candidate is added (O*NET concepts to ESCO, or no jobs). */
	static final RequirementContext NONE = new RequirementContext(Map.of(), Map.of(), Map.of(), Map.of(), 0);

	/** Per capability, the jobs requiring it. */
	private final Map<String, Set<String>> jobsRequiring;

	/** Per job, its closest occupations, per framework. */
	private final Map<String, Map<String, List<String>>> closest;

	/** Per occupation, what it requires (capability id to weight 0-1). */
	private final Map<String, Map<String, Double>> requirements;

	private final Map<String, String> titles;

	private final double important;

	private RequirementContext(Map<String, Set<String>> jobsRequiring, Map<String, Map<String, List<String>>> closest,
			Map<String, Map<String, Double>> requirements, Map<String, String> titles, double important) {
		this.jobsRequiring = jobsRequiring;
		this.closest = closest;
		this.requirements = requirements;
		this.titles = titles;
		this.important = important;
	}

	/**
	 * The context of the project's own capabilities: each own job's first {@code rules.occupations()} occupations in
	 * each framework, ranked by {@code crosswalk} (which must not use the capability links).
	 */
	static RequirementContext of(List<Profile> profiles, OccupationCrosswalk crosswalk, ContextRules rules) {
		List<Profile> own = profiles.stream().filter(p -> p.framework().equals("none")).toList();
		Map<String, Set<String>> jobsRequiring = new HashMap<>();
		own.forEach(job -> job.weights().keySet()
			.forEach(c -> jobsRequiring.computeIfAbsent(c, k -> new TreeSet<>()).add(job.id())));
		Map<String, List<Profile>> byFramework = new LinkedHashMap<>();
		profiles.stream().filter(p -> !p.framework().equals("none"))
			.forEach(p -> byFramework.computeIfAbsent(p.framework(), k -> new ArrayList<>()).add(p));
		Map<String, Map<String, List<String>>> closest = new HashMap<>();
		Map<String, Map<String, Double>> requirements = new HashMap<>();
		Map<String, String> titles = new HashMap<>();
		Map<String, Profile> byId = new HashMap<>();
		profiles.forEach(p -> byId.put(p.id(), p));
		byFramework.forEach((framework, occupations) -> {
			for (Match match : crosswalk.rank(own, occupations, rules.occupations(), (o, v) -> null)) {
				closest.computeIfAbsent(match.jobId(), k -> new HashMap<>())
					.computeIfAbsent(framework, k -> new ArrayList<>()).add(match.occupationId());
				Profile occupation = byId.get(match.occupationId());
				requirements.put(occupation.id(), occupation.weights());
				titles.put(occupation.id(), occupation.title());
			}
		});
		return new RequirementContext(jobsRequiring, closest, requirements, titles, rules.important());
	}

	/** The closest occupations in {@code framework} of the jobs requiring {@code capability}, without repeats. */
	private List<String> occupations(String capability, String framework) {
		TreeSet<String> occupations = new TreeSet<>();
		for (String job : this.jobsRequiring.getOrDefault(capability, Set.of())) {
			occupations.addAll(this.closest.getOrDefault(job, Map.of()).getOrDefault(framework, List.of()));
		}
		return List.copyOf(occupations);
	}

	/** Whether {@code capability} has a context in {@code framework} at all (some job requiring it has occupations). */
	boolean known(String capability, String framework) {
		return !occupations(capability, framework).isEmpty();
	}

	/**
	 * The concepts of {@code framework} that the context occupations of {@code capability} require with at least the
	 * weight {@code context.important}: candidates to compare by meaning besides the label neighbours.
	 */
	Set<String> candidates(String capability, String framework) {
		Set<String> candidates = new TreeSet<>();
		for (String occupation : occupations(capability, framework)) {
			this.requirements.get(occupation).forEach((concept, weight) -> {
				if (weight >= this.important) {
					candidates.add(concept);
				}
			});
		}
		return candidates;
	}

	/**
	 * How strongly the context supports linking {@code capability} to {@code target} of {@code framework}: the mean,
	 * over the context occupations, of the weight with which each requires the target (0 where it does not).
	 */
	Support support(String capability, String target, String framework) {
		List<String> occupations = occupations(capability, framework);
		if (occupations.isEmpty()) {
			return Support.NONE;
		}
		double sum = 0;
		List<String> requiring = new ArrayList<>();
		for (String occupation : occupations) {
			double weight = this.requirements.get(occupation).getOrDefault(target, 0.0);
			sum += weight;
			if (weight > 0) {
				requiring.add(this.titles.get(occupation) + String.format(Locale.ROOT, " %.2f", weight));
			}
		}
		requiring.sort(Comparator.naturalOrder());
		return new Support(sum / occupations.size(), requiring.size(), occupations.size(), requiring);
	}

	/**
	 * @param share the mean weight with which the context occupations require the target, 0-1
	 * @param requiring how many of them require it
	 * @param of how many context occupations there are
	 * @param occupations the requiring ones with their weights, for the evidence
	 */
	record Support(double share, int requiring, int of, List<String> occupations) {

		static final Support NONE = new Support(0, 0, 0, List.of());

		String evidence() {
			if (this.of == 0) {
				return "context: none";
			}
			return String.format(Locale.ROOT, "context %.2f: required by %d of the %d closest occupations of the jobs"
					+ " requiring it%s", this.share, this.requiring, this.of,
					this.occupations.isEmpty() ? "" : " (" + String.join(", ", this.occupations.stream().limit(4)
						.toList()) + (this.occupations.size() > 4 ? ", ..." : "") + ")");
		}

	}

}
