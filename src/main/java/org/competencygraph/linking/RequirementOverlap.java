package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.competencygraph.linking.OccupationCrosswalk.Profile;
import org.jspecify.annotations.Nullable;

/**
 * The crosswalk's requirement overlap through the capability links: the weighted share of a job's linked
 * requirements that an occupation requires through a link, with the pairs for the evidence.
 */
record RequirementOverlap(double share, List<String> pairs) {

	/** The weighted share of the job's linked requirements that the occupation requires through a link. */
	static @Nullable RequirementOverlap of(Map<String, Map<String, Double>> links, Profile job, Profile occupation) {
		double linked = 0;
		double met = 0;
		List<String> shared = new ArrayList<>();
		for (Map.Entry<String, Double> requirement : job.weights().entrySet()) {
			Map<String, Double> targets = links.get(requirement.getKey());
			if (targets == null) {
				continue;
			}
			boolean intoFramework = false;
			double best = 0;
			String bestTarget = null;
			for (Map.Entry<String, Double> target : targets.entrySet()) {
				if (target.getKey().startsWith(occupation.framework() + ":")) {
					intoFramework = true;
					if (occupation.weights().containsKey(target.getKey()) && target.getValue() > best) {
						best = target.getValue();
						bestTarget = target.getKey();
					}
				}
			}
			if (intoFramework) {
				linked += requirement.getValue();
				met += requirement.getValue() * best;
				if (bestTarget != null) {
					shared.add(requirement.getKey() + " ~ " + bestTarget);
				}
			}
		}
		return linked == 0 ? null : new RequirementOverlap(met / linked, shared);
	}

}
