package org.competencygraph.framework.esco;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.competencygraph.framework.Framework;
import org.competencygraph.framework.GraphPlan;
import org.competencygraph.framework.GraphPlan.SourceFile;
import org.competencygraph.framework.InvalidFrameworkDataException;
import org.competencygraph.framework.Problems;
import org.competencygraph.framework.ReleaseFolder;
import org.competencygraph.framework.ReleaseTables;
import org.competencygraph.framework.SourceTable;
import org.competencygraph.framework.SourceTable.Dialect;
import org.competencygraph.framework.SourceTable.Row;
import org.competencygraph.framework.Values;
import org.jspecify.annotations.Nullable;

/**
 * Reads an ESCO CSV release folder (files found by name, with or without the language suffix, in the folder or
 * one level below; columns by header name) into a {@link GraphPlan}. Everything is read and checked before a
 * single write. docs/frameworks.md describes the model.
 */
public final class EscoReader {

	static final String OCCUPATION_URI = "http://data\\.europa\\.eu/esco/occupation/[0-9a-f-]{36}";

	static final String SKILL_URI = "http://data\\.europa\\.eu/esco/skill/[0-9a-f-]{36}";

	static final String GROUP_URI = "http://data\\.europa\\.eu/esco/(skill/[0-9a-f-]{36}|isced-f/\\d{2,4})";

	static final String ISCO_URI = "http://data\\.europa\\.eu/esco/isco/C\\d{1,4}";

	/** Skill collections of the release and the tag each gives its skills. */
	static final Map<String, String> COLLECTIONS = collections();

	private static final Set<String> REUSE_LEVELS = Set.of("sector-specific", "cross-sector", "occupation-specific",
			"transversal", "");

	public GraphPlan read(Path directory) {
		return read(ReleaseFolder.open(directory, Framework.ESCO));
	}

	public GraphPlan read(ReleaseFolder folder) {
		String version = folder.versionInName();
		String release = version == null ? "unknown" : version;
		GraphPlan plan = new GraphPlan(Framework.ESCO, release);
		Problems problems = new Problems();
		ReleaseTables tables = new ReleaseTables(folder, Dialect.CSV, problems, plan,
				name -> new String[] { name + "_en.csv", name + ".csv" });
		ReleaseTables.Table occupationsFile = tables.required("occupations", "conceptUri", "iscoGroup", "preferredLabel",
				"altLabels", "description");
		ReleaseTables.Table skillsFile = tables.required("skills", "conceptUri", "skillType", "reuseLevel", "preferredLabel",
				"altLabels", "description");
		ReleaseTables.Table skillGroupsFile = tables.optional("skillGroups", "no skill groups; broader relations to them are "
				+ "skipped", "conceptUri", "preferredLabel", "altLabels", "description", "code");
		ReleaseTables.Table iscoGroupsFile = tables.optional("ISCOGroups", "job families are named by their ISCO code only",
				"conceptUri", "code", "preferredLabel");
		ReleaseTables.Table relationsFile = tables.optional("occupationSkillRelations", "occupations get no requirements",
				"occupationUri", "relationType", "skillUri");
		ReleaseTables.Table skillHierarchyFile = tables.optional("broaderRelationsSkillPillar", "no skill hierarchy",
				"conceptUri", "broaderUri");
		ReleaseTables.Table occupationHierarchyFile = tables.optional("broaderRelationsOccPillar", "no occupation hierarchy",
				"conceptUri", "broaderUri");
		ReleaseTables.Table skillRelationsFile = tables.optional("skillSkillRelations", "no relations between skills",
				"originalSkillUri", "relationType", "relatedSkillUri");
		Map<String, ReleaseTables.Table> collectionFiles = new LinkedHashMap<>();
		COLLECTIONS.forEach((name, tag) -> collectionFiles.put(tag, tables.optional(name, "skills are not tagged '"
				+ tag + "'", "conceptUri")));
		tables.readAll();
		failOn(problems, folder.root());
		SourceTable occupations = java.util.Objects.requireNonNull(occupationsFile.get());
		SourceTable skills = java.util.Objects.requireNonNull(skillsFile.get());
		SourceTable skillGroups = skillGroupsFile.get();
		SourceTable iscoGroups = iscoGroupsFile.get();
		SourceTable relations = relationsFile.get();
		SourceTable skillHierarchy = skillHierarchyFile.get();
		SourceTable occupationHierarchy = occupationHierarchyFile.get();
		SourceTable skillRelations = skillRelationsFile.get();
		Map<String, SourceTable> collections = new LinkedHashMap<>();
		collectionFiles.forEach((tag, file) -> {
			if (file.get() != null) {
				collections.put(tag, file.get());
			}
		});

		Map<String, String> iscoNames = iscoGroups == null ? Map.of() : iscoNames(iscoGroups, problems);
		Map<String, Map<String, Object>> jobs = occupations(occupations, release, plan, problems);
		Map<String, Map<String, Object>> capabilities = skills(skills, release, plan, problems);
		Map<String, Map<String, Object>> groups = skillGroups == null ? Map.of()
				: skillGroups(skillGroups, release, capabilities.keySet(), problems);
		EscoRelations links = new EscoRelations(plan, problems, release, jobs, capabilities, groups);
		links.collections(collections);
		writeNodes(plan, occupations.name(), skills.name(), skillGroups, release, jobs, capabilities, groups,
				iscoNames);
		if (relations != null) {
			links.requirements(relations, occupations.name(), skills.name());
		}
		if (occupationHierarchy != null) {
			links.occupationHierarchy(occupationHierarchy);
		}
		if (skillHierarchy != null) {
			links.skillHierarchy(skillHierarchy);
		}
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

	/** {@code esco:<uuid>} for occupations and skills, {@code esco:isced-f:<code>} for ISCED-F skill groups. */
	static String id(String uri) {
		String path = uri.substring("http://data.europa.eu/esco/".length());
		String[] parts = path.split("/");
		return Framework.ESCO.idPrefix() + (parts[0].equals("isced-f") ? "isced-f:" + parts[1] : parts[1]);
	}

	private static Map<String, String> iscoNames(SourceTable table, Problems problems) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			String uri = Values.matching(table, row, "conceptUri", ISCO_URI, "an ESCO ISCO group URI", problems);
			String code = Values.matching(table, row, "code", "\\d{1,4}", "an ISCO code of 1-4 digits", problems);
			if (uri != null && code != null) {
				names.put(code, table.get(row, "preferredLabel"));
			}
		}
		return names;
	}

	private static Map<String, Map<String, Object>> occupations(SourceTable table, String release, GraphPlan plan,
			Problems problems) {
		SourceFile file = plan.file(table.name(), 0);
		Map<String, Map<String, Object>> jobs = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			String uri = Values.matching(table, row, "conceptUri", OCCUPATION_URI, "an ESCO occupation URI",
					problems);
			String isco = Values.matching(table, row, "iscoGroup", "\\d{4}", "a 4-digit ISCO unit group", problems);
			String title = table.get(row, "preferredLabel");
			if (title.isEmpty()) {
				problems.add(table.name(), row.line(), "preferredLabel is empty");
			}
			if (uri == null || isco == null || title.isEmpty()) {
				continue;
			}
			if (jobs.containsKey(uri)) {
				problems.add(table.name(), row.line(), "occupation " + uri + " is listed twice");
				continue;
			}
			if (!released(table, row)) {
				file.skip("status is not 'released'");
				continue;
			}
			Map<String, Object> job = new LinkedHashMap<>();
			job.put("id", id(uri));
			job.put("framework", Framework.ESCO.id());
			job.put("sourceId", uri);
			job.put("title", title);
			job.put("aliases", labels(table.get(row, "altLabels"), title));
			job.put("summary", emptyToNull(table.get(row, "description")));
			job.put("code", emptyToNull(table.get(row, "code")));
			job.put("iscoGroup", isco);
			job.put("detailedProfile", true);
			job.put("release", release);
			job.put("sourceDocument", "ESCO " + release);
			job.put("sourceTitle", "ESCO classification v" + release + ", © European Union");
			job.put("sourceUrl", uri);
			jobs.put(uri, job);
		}
		return jobs;
	}

	private static Map<String, Map<String, Object>> skills(SourceTable table, String release, GraphPlan plan,
			Problems problems) {
		SourceFile file = plan.file(table.name(), 0);
		Map<String, Map<String, Object>> capabilities = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			String uri = Values.matching(table, row, "conceptUri", SKILL_URI, "an ESCO skill URI", problems);
			String type = Values.oneOf(table, row, "skillType", problems, "skill/competence", "knowledge", "");
			String reuse = table.get(row, "reuseLevel");
			if (!REUSE_LEVELS.contains(reuse)) {
				problems.add(table.name(), row.line(), "reuseLevel '" + Values.abbreviate(reuse) + "' is not one of "
						+ "sector-specific, cross-sector, occupation-specific, transversal, (empty)");
				continue;
			}
			String name = table.get(row, "preferredLabel");
			if (name.isEmpty()) {
				problems.add(table.name(), row.line(), "preferredLabel is empty");
			}
			if (uri == null || type == null || name.isEmpty()) {
				continue;
			}
			if (capabilities.containsKey(uri)) {
				problems.add(table.name(), row.line(), "skill " + uri + " is listed twice");
				continue;
			}
			if (!released(table, row)) {
				file.skip("status is not 'released'");
				continue;
			}
			if (type.isEmpty()) {
				file.leaveOut("skillType empty: imported as a Skill");
			}
			String kind = type.equals("knowledge") ? "KnowledgeArea" : "Skill";
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("id", id(uri));
			node.put("kind", kind);
			node.put("name", name);
			node.put("aliases", labels(table.get(row, "altLabels"), name));
			node.put("description", emptyToNull(table.get(row, "description")));
			node.put("framework", Framework.ESCO.id());
			node.put("sourceId", uri);
			node.put("externalIds", List.of(Framework.ESCO.idPrefix() + uri));
			node.put("escoSkillType", emptyToNull(type));
			node.put("escoReuseLevel", emptyToNull(reuse));
			node.put("release", release);
			capabilities.put(uri, node);
		}
		return capabilities;
	}

	private static Map<String, Map<String, Object>> skillGroups(SourceTable table, String release,
			Set<String> skillUris, Problems problems) {
		Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			String uri = Values.matching(table, row, "conceptUri", GROUP_URI, "an ESCO skill group URI", problems);
			String name = table.get(row, "preferredLabel");
			if (name.isEmpty()) {
				problems.add(table.name(), row.line(), "preferredLabel is empty");
			}
			if (uri == null || name.isEmpty()) {
				continue;
			}
			if (groups.containsKey(uri) || skillUris.contains(uri)) {
				problems.add(table.name(), row.line(), uri + " is listed twice (as a skill group or as a skill)");
				continue;
			}
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("id", id(uri));
			node.put("name", name);
			node.put("aliases", labels(table.get(row, "altLabels"), name));
			node.put("description", emptyToNull(table.get(row, "description")));
			node.put("code", emptyToNull(table.get(row, "code")));
			node.put("framework", Framework.ESCO.id());
			node.put("sourceId", uri);
			node.put("release", release);
			groups.put(uri, node);
		}
		return groups;
	}

	private static void writeNodes(GraphPlan plan, String occupationsFile, String skillsFile,
			@Nullable SourceTable skillGroups, String release, Map<String, Map<String, Object>> jobs,
			Map<String, Map<String, Object>> capabilities, Map<String, Map<String, Object>> groups,
			Map<String, String> iscoNames) {
		Map<String, Object> organization = Framework.ESCO.organization(release, "ESCO classification v" + release
				+ " of the European Commission; reuse authorised provided the source is acknowledged "
				+ "(Decision 2011/833/EU).");
		plan.nodes(occupationsFile, "Organization", "(:Organization)").add(Framework.ESCO.id(), List.of(),
				organization);
		var families = plan.nodes(occupationsFile, "JobFamily", "(:JobFamily) ISCO unit groups");
		var occupations = plan.nodes(occupationsFile, "Job", "(:Job:Occupation)");
		var ofOrganization = plan.relationships(occupationsFile, "OF_ORGANIZATION", "JobFamily", "Organization",
				"(:JobFamily)-[:OF_ORGANIZATION]->(:Organization)", null, false);
		var inOrganization = plan.relationships(occupationsFile, "IN_ORGANIZATION", "Job", "Organization",
				"(:Job)-[:IN_ORGANIZATION]->(:Organization)", null, false);
		var inFamily = plan.relationships(occupationsFile, "IN_FAMILY", "Job", "JobFamily",
				"(:Job)-[:IN_FAMILY]->(:JobFamily)", null, false);
		Map<String, String> familyIds = new TreeMap<>();
		jobs.values().forEach(job -> {
			String isco = (String) job.get("iscoGroup");
			String familyId = Framework.ESCO.idPrefix() + "isco-" + isco;
			if (familyIds.put(isco, familyId) == null) {
				Map<String, Object> family = new LinkedHashMap<>();
				family.put("id", familyId);
				family.put("name", iscoNames.getOrDefault(isco, "ISCO unit group " + isco));
				family.put("framework", Framework.ESCO.id());
				family.put("sourceId", "http://data.europa.eu/esco/isco/C" + isco);
				family.put("code", isco);
				family.put("release", release);
				families.add(familyId, List.of(), family);
				ofOrganization.add(familyId, Framework.ESCO.id(), Map.of());
			}
			occupations.add((String) job.get("id"), List.of("Occupation"), job);
			inOrganization.add((String) job.get("id"), Framework.ESCO.id(), Map.of());
			inFamily.add((String) job.get("id"), familyId, Map.of());
		});
		var skills = plan.nodes(skillsFile, "Capability", "(:Capability:Skill|KnowledgeArea)");
		capabilities.values().forEach(node -> skills.add((String) node.get("id"), List.of((String) node.get("kind")),
				node));
		if (skillGroups != null) {
			var groupSet = plan.nodes(skillGroups.name(), "SkillGroup", "(:SkillGroup)");
			groups.values().forEach(node -> groupSet.add((String) node.get("id"), List.of(), node));
		}
	}

	private static boolean released(SourceTable table, Row row) {
		return !table.hasColumn("status") || table.get(row, "status").isEmpty()
				|| table.get(row, "status").equals("released");
	}

	/** Labels of a multi-valued cell (one per line, or separated by " | " in the collections), without the name. */
	static List<String> labels(String cell, String name) {
		Set<String> labels = new LinkedHashSet<>();
		for (String label : cell.split("\\R| \\| ")) {
			String clean = label.strip();
			if (!clean.isEmpty() && !clean.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
				labels.add(clean);
			}
		}
		return List.copyOf(labels);
	}

	static @Nullable String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	private static Map<String, String> collections() {
		Map<String, String> collections = new LinkedHashMap<>();
		Arrays.asList("digital", "green", "transversal", "language")
			.forEach(tag -> collections.put(tag + "SkillsCollection", tag));
		return collections;
	}

}
