package org.competencygraph.importer.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated job-profile file, flattened into the rows the writer sends to Neo4j as parameters.
 *
 * @param fileName the file, for messages
 * @param capabilities capability rows (id, kind, name, aliases, description, qualificationType, externalIds)
 * @param jobs job rows (id, organization and family keys, and {@code properties} to set on the node)
 * @param requirements requirement rows (jobId, capabilityId, {@code properties} of the relationship)
 * @param careerLinks career-link rows (fromId, toId, {@code properties} of the relationship)
 * @param externalCapabilityIds capability ids used but not defined in the file: they must exist in the graph
 * @param externalJobIds job ids linked to but not defined in the file: they must exist in the graph
 */
record ImportPlan(String fileName, List<Map<String, Object>> capabilities, List<Map<String, Object>> jobs,
		List<Map<String, Object>> requirements, List<Map<String, Object>> careerLinks,
		Set<String> externalCapabilityIds, Set<String> externalJobIds) {
}
