package org.competencygraph.importer.learning;

import java.util.List;

import org.competencygraph.importer.learning.CatalogueRows.CapabilityPrerequisiteRow;
import org.competencygraph.importer.learning.CatalogueRows.ResourcePrerequisiteRow;
import org.competencygraph.importer.learning.CatalogueRows.ResourceRow;
import org.competencygraph.importer.learning.CatalogueRows.TeachingRow;

/**
 * A checked catalogue file, ready to write.
 *
 * @param semanticMatches skills matched by meaning, each as "where: words -> capability (score)", for review
 */
record CataloguePlan(String fileName, List<ResourceRow> resources, List<TeachingRow> teachings,
		List<CapabilityPrerequisiteRow> capabilityPrerequisites, List<ResourcePrerequisiteRow> resourcePrerequisites,
		List<String> semanticMatches) {
}
