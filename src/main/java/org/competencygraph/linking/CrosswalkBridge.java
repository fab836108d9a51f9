package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.competencygraph.linking.OccupationCrosswalk.Bridge;
import org.competencygraph.linking.OccupationCrosswalk.Match;

/**
 * The crosswalk's bridge part (frameworks/linking.yaml, {@code crosswalk.bridge}): an own job's closest occupations
 * in one framework, and their closest occupations in another, as one more signal of the job's closest occupations
 * in the other. Built from the direct parts only (title, duties, requirements), so the bridge never feeds itself.
 */
final class CrosswalkBridge {

	private CrosswalkBridge() {
	}

	/**
	 * Per job, per occupation of the target framework, the bridge through the framework of {@code toVia}'s
	 * occupations: the mean over the job's first {@code through} matches there (each weighted by its score) of the
	 * score with which that occupation has the target occupation among its first {@code through} (0 where it has
	 * not), and the occupation of the other framework that gives most, for the evidence.
	 *
	 * @param toVia direct matches of the jobs in the framework bridged through, ranked
	 * @param viaToTarget direct matches of that framework's occupations in the target framework, ranked
	 * @param titles occupation id to title, for the evidence
	 */
	static Map<String, Map<String, Bridge>> of(List<Match> toVia, List<Match> viaToTarget, int through,
			Map<String, String> titles) {
		Map<String, List<Match>> onward = new HashMap<>();
		viaToTarget.stream().filter(m -> m.rank() <= through)
			.forEach(m -> onward.computeIfAbsent(m.jobId(), k -> new ArrayList<>()).add(m));
		Map<String, Double> weights = new HashMap<>();
		Map<String, Map<String, double[]>> sums = new HashMap<>();
		Map<String, Map<String, Match[]>> best = new HashMap<>();
		for (Match first : toVia) {
			if (first.rank() > through) {
				continue;
			}
			weights.merge(first.jobId(), first.score(), Double::sum);
			for (Match second : onward.getOrDefault(first.occupationId(), List.of())) {
				double value = first.score() * second.score();
				sums.computeIfAbsent(first.jobId(), k -> new HashMap<>())
					.computeIfAbsent(second.occupationId(), k -> new double[2])[0] += value;
				Match[] pair = best.computeIfAbsent(first.jobId(), k -> new HashMap<>())
					.computeIfAbsent(second.occupationId(), k -> new Match[2]);
				if (pair[0] == null || value > pair[0].score() * pair[1].score()) {
					pair[0] = first;
					pair[1] = second;
				}
			}
		}
		Map<String, Map<String, Bridge>> bridges = new HashMap<>();
		sums.forEach((job, byOccupation) -> byOccupation.forEach((occupation, sum) -> {
			Match[] pair = best.get(job).get(occupation);
			String via = String.format(Locale.ROOT, "through %s's '%s' (%.2f x %.2f)", pair[0].framework(),
					titles.getOrDefault(pair[0].occupationId(), pair[0].occupationId()), pair[0].score(),
					pair[1].score());
			bridges.computeIfAbsent(job, k -> new HashMap<>())
				.put(occupation, new Bridge(sum[0] / weights.get(job), via));
		}));
		// A job with matches in the framework bridged through but none reaching the target still has the part (0).
		weights.keySet().forEach(job -> bridges.computeIfAbsent(job, k -> new HashMap<>()));
		return bridges;
	}

	/** Both maps' bridges, per job and occupation the stronger. */
	static Map<String, Map<String, Bridge>> merged(Map<String, Map<String, Bridge>> a,
			Map<String, Map<String, Bridge>> b) {
		Map<String, Map<String, Bridge>> merged = new HashMap<>();
		a.forEach((job, bridges) -> merged.put(job, new HashMap<>(bridges)));
		b.forEach((job, bridges) -> bridges.forEach((occupation, bridge) -> merged
			.computeIfAbsent(job, k -> new HashMap<>())
			.merge(occupation, bridge, (x, y) -> x.score() >= y.score() ? x : y)));
		b.keySet().forEach(job -> merged.computeIfAbsent(job, k -> new HashMap<>()));
		return merged;
	}

}
