package org.competencygraph.semantic;

import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.jspecify.annotations.Nullable;

/**
 * One concept a text matched.
 *
 * @param id the capability's or job's id
 * @param name its name or title
 * @param capability the capability, when capabilities were matched
 * @param job the job, when occupations were matched
 * @param framework onet, esco, or null for the project's own
 * @param score 0-1, the combined score
 * @param method lexical, semantic or lexical+semantic
 * @param matchedLabel the name or alias the words matched best (the name when only the meaning matched)
 * @param lexicalScore 0-1; null when the full-text index did not find it
 * @param semanticScore the cosine of the text's and the name's vectors; null when not among the nearest
 * @param evidence the two signals in words
 */
public record ConceptMatch(String id, String name, @Nullable Capability capability, @Nullable Job job,
		@Nullable String framework, double score, String method,
		String matchedLabel, @Nullable Double lexicalScore, @Nullable Double semanticScore, String evidence) {
}
