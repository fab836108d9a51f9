package org.competencygraph.learning;

import org.competencygraph.capability.Capability;
import org.jspecify.annotations.Nullable;

/**
 * A {@code (:LearningResource)-[:TEACHES]->(:Capability)} relationship: the resource teaches the capability up to
 * {@code level}, and the import matched the catalogue's words to the capability by {@code method}.
 *
 * @param level 0-7 on the proficiency scale; null when the catalogue gives none
 * @param method id, name, alias or semantic
 * @param score 0-1, 1 for id, name and alias
 * @param evidence how the words matched, e.g. the ConceptMatcher's evidence
 */
public record Teaching(LearningResource resource, Capability capability, @Nullable Integer level, String method,
		double score, @Nullable String evidence) {
}
