package org.competencygraph.linking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Session;

/** Test-only access to the crosswalk's centred domain vectors, for the BLENDED tuning harness. */
public final class DomainVectorsForTuning {

	private DomainVectorsForTuning() {
	}

	/** Per job id, its centred domain vector as the crosswalk compares them (absent when it has none). */
	public static Map<String, float[]> read(Session session) {
		LinkingRules rules = LinkingRules.load();
		LinkingGraph graph = new LinkingGraph(session);
		List<OccupationCrosswalk.Profile> profiles = CrosswalkCentring.centred(
				graph.profiles(graph.concepts(), rules.crosswalk()), rules.crosswalk().centring());
		Map<String, float[]> vectors = new HashMap<>();
		profiles.forEach(p -> {
			if (p.domain() != null) {
				vectors.put(p.id(), p.domain());
			}
		});
		return vectors;
	}

}
