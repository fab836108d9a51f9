package org.competencygraph.importer.esco;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.competencygraph.background.JobProgress;
import org.competencygraph.framework.Framework;
import org.competencygraph.importer.GraphPlan;
import org.competencygraph.importer.InvalidFrameworkDataException;
import org.competencygraph.importer.Problems;
import org.competencygraph.importer.ReleaseFolder;
import org.competencygraph.importer.ReleaseReader;
import org.competencygraph.importer.ReleaseTables;
import org.competencygraph.importer.ReleaseTables.Table;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Dialect;

import org.springframework.stereotype.Component;

/**
 * Reads an ESCO CSV release folder (files found by name, with or without the language suffix, in the folder or
 * one level below; columns by header name) into a {@link GraphPlan}. Everything is read and checked before a
 * single write. docs/frameworks.md describes the model.
 */
@Component
final class EscoReader implements ReleaseReader {

	/** The skill collections of the release, each giving its skills a tag, e.g. {@code digital}. */
	private static final List<String> COLLECTIONS = List.of("digital", "green", "transversal", "language");

	@Override
	public Framework framework() {
		return Framework.ESCO;
	}

	@Override
	public GraphPlan read(ReleaseFolder folder, JobProgress progress) {
		String version = folder.versionInName();
		String release = version == null ? "unknown" : version;
		GraphPlan plan = new GraphPlan(Framework.ESCO, release);
		Problems problems = new Problems();
		ReleaseTables tables = new ReleaseTables(folder, Dialect.CSV, problems, plan,
				name -> new String[] { name + "_en.csv", name + ".csv" });
		Table occupationsFile = tables.required("occupations", "conceptUri", "iscoGroup", "preferredLabel",
				"altLabels", "description");
		Table skillsFile = tables.required("skills", "conceptUri", "skillType", "reuseLevel", "preferredLabel",
				"altLabels", "description");
		Table skillGroupsFile = tables.optional("skillGroups", "no skill groups; broader relations to them are "
				+ "skipped", "conceptUri", "preferredLabel", "altLabels", "description", "code");
		Table iscoGroupsFile = tables.optional("ISCOGroups", "job families are named by their ISCO code only",
				"conceptUri", "code", "preferredLabel");
		Table relationsFile = tables.optional("occupationSkillRelations", "occupations get no requirements",
				"occupationUri", "relationType", "skillUri");
		Table skillHierarchyFile = tables.optional("broaderRelationsSkillPillar", "no skill hierarchy", "conceptUri",
				"broaderUri");
		Table occupationHierarchyFile = tables.optional("broaderRelationsOccPillar", "no occupation hierarchy",
				"conceptUri", "broaderUri");
		Table skillRelationsFile = tables.optional("skillSkillRelations", "no relations between skills",
				"originalSkillUri", "relationType", "relatedSkillUri");
		Map<String, Table> collectionFiles = new LinkedHashMap<>();
		COLLECTIONS.forEach(tag -> collectionFiles.put(tag, tables.optional(tag + "SkillsCollection",
				"skills are not tagged '" + tag + "'", "conceptUri")));
		tables.readAll(progress);
		failOn(problems, folder.root());
		SourceTable occupations = Objects.requireNonNull(occupationsFile.get());
		SourceTable skills = Objects.requireNonNull(skillsFile.get());
		SourceTable skillGroups = skillGroupsFile.get();
		SourceTable iscoGroups = iscoGroupsFile.get();
		Map<String, SourceTable> collections = new LinkedHashMap<>();
		collectionFiles.forEach((tag, file) -> {
			SourceTable table = file.get();
			if (table != null) {
				collections.put(tag, table);
			}
		});

		Map<String, String> iscoNames = iscoGroups == null ? Map.of() : EscoConcepts.iscoNames(iscoGroups, problems);
		EscoConcepts concepts = new EscoConcepts(release, problems);
		concepts.occupations(occupations, plan.file(occupations.name(), 0));
		concepts.skills(skills, plan.file(skills.name(), 0));
		if (skillGroups != null) {
			concepts.skillGroups(skillGroups);
		}
		EscoRelations links = new EscoRelations(plan, problems, concepts);
		if (!collections.isEmpty()) {
			concepts.tag(links.collections(collections));
		}
		concepts.addTo(plan, occupations.name(), skills.name(), skillGroups == null ? null : skillGroups.name(),
				iscoNames);
		SourceTable relations = relationsFile.get();
		if (relations != null) {
			links.requirements(relations, occupations.name(), skills.name());
		}
		SourceTable occupationHierarchy = occupationHierarchyFile.get();
		if (occupationHierarchy != null) {
			links.occupationHierarchy(occupationHierarchy);
		}
		SourceTable skillHierarchy = skillHierarchyFile.get();
		if (skillHierarchy != null) {
			links.skillHierarchy(skillHierarchy);
		}
		SourceTable skillRelations = skillRelationsFile.get();
		if (skillRelations != null) {
			links.skillRelations(skillRelations);
		}
		failOn(problems, folder.root());
		return plan;
	}

	private static void failOn(Problems problems, Path directory) {
		if (!problems.isEmpty()) {
			throw new InvalidFrameworkDataException(Framework.ESCO, directory.toString(), problems.list());
		}
	}

}
