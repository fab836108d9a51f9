package org.competencygraph.linking;

import java.util.List;
import java.util.Map;

/**
 * The broader concepts of each framework capability, as its release files give them ({@code BROADER} between
 * capabilities: ESCO's skill hierarchy; O*NET's content model is not a hierarchy of capabilities in the graph). The
 * fourth signal of {@link CapabilityMatcher}: a framework concept broader than several of a capability's closest
 * candidates is compared too, and may link on a weaker meaning ({@link LinkingRules.BroaderRules}). A general own
 * capability (Leadership) meets many specific ESCO skills that each say a little of it ("lead a team", "exert a
 * goal-oriented leadership role towards colleagues"); the skill they all sit under ("lead others") is what they
 * have in common.
 *
 * @param broader per capability id, the ids of the capabilities one BROADER step above it
 */
record ConceptHierarchy(Map<String, List<String>> broader) {

	/** No hierarchy: the matcher compares only its shortlist. */
	static final ConceptHierarchy NONE = new ConceptHierarchy(Map.of());

	List<String> broaderThan(String id) {
		return this.broader.getOrDefault(id, List.of());
	}

}
