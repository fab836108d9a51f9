package org.competencygraph.importer.profile;

import java.util.List;
import java.util.Set;

/**
 * A validated job-profile file, flattened into the rows the writer sends to Neo4j.
 *
 * @param fileName the file, for messages
 * @param capabilities the capabilities the file defines, at the top or inline in a requirement
 * @param jobs the jobs the file defines
 * @param requirements the jobs' requirements, inherited ones included
 * @param careerLinks the jobs' outgoing career links
 * @param duties the jobs' duties, in the order of each job's list
 * @param externalCapabilityIds capability ids used but not defined in the file: they must exist in the graph
 * @param externalJobIds job ids linked to but not defined in the file: they must exist in the graph
 */
record JobProfilePlan(String fileName, List<ProfileCapabilityRow> capabilities, List<ProfileJobRow> jobs,
		List<ProfileRequirementRow> requirements, List<CareerLinkRow> careerLinks, List<ProfileDutyRow> duties,
		Set<String> externalCapabilityIds, Set<String> externalJobIds) {
}
