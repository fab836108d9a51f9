package org.competencygraph.importer.learning;

import java.util.List;
import java.util.function.ToLongFunction;

import org.competencygraph.importer.ImportReport.FileReport;
import org.competencygraph.importer.ImportReport.WriteCount;

/**
 * What importing one catalogue file changed, as the GraphQL type {@code ImportedCatalogue} and the
 * {@code import-learning} command show it: the file's report read through the targets {@link CatalogueWriter}
 * writes, and the skills matched by meaning, for review.
 */
public record ImportedCatalogue(FileReport file, String name, int resourcesCreated, int resourcesUpdated,
		int resourcesUnchanged, int teaches, int prerequisites, List<String> semanticMatches) {

	static ImportedCatalogue of(FileReport file, List<String> semanticMatches) {
		return new ImportedCatalogue(file, file.file(), count(file, CatalogueWriter.RESOURCES, WriteCount::created),
				count(file, CatalogueWriter.RESOURCES, WriteCount::updated),
				count(file, CatalogueWriter.RESOURCES, WriteCount::unchanged),
				count(file, CatalogueWriter.TEACHES, WriteCount::created),
				count(file, CatalogueWriter.PREREQUISITES, WriteCount::created), List.copyOf(semanticMatches));
	}

	/** The command's line, e.g. {@code a.csv: 40 resources created, 0 updated, 0 unchanged, 95 teaches, ...}. */
	public String describe() {
		return "%s: %d resources created, %d updated, %d unchanged, %d teaches, %d prerequisites, %d skills matched by meaning"
			.formatted(this.name, this.resourcesCreated, this.resourcesUpdated, this.resourcesUnchanged, this.teaches,
					this.prerequisites, this.semanticMatches.size());
	}

	private static int count(FileReport file, String target, ToLongFunction<WriteCount> count) {
		return Math.toIntExact(file.writes()
			.stream()
			.filter(write -> write.target().equals(target))
			.mapToLong(count)
			.sum());
	}

}
