package org.competencygraph.importer.esco;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.framework.Framework;
import org.competencygraph.importer.CapabilityRow;
import org.competencygraph.importer.CapabilityRow.EscoSkill;
import org.competencygraph.importer.DutyRow;
import org.competencygraph.importer.GraphPlan;
import org.competencygraph.importer.GraphPlan.NodeSet;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.competencygraph.importer.GraphPlan.SourceFile;
import org.competencygraph.importer.HasDutyRow;
import org.competencygraph.importer.JobFamilyRow;
import org.competencygraph.importer.KeyLabel;
import org.competencygraph.importer.LinkRow;
import org.competencygraph.importer.OccupationRow;
import org.competencygraph.importer.OccupationRow.EscoDetails;
import org.competencygraph.importer.OrganizationRow;
import org.competencygraph.importer.Problems;
import org.competencygraph.importer.RelationshipType;
import org.competencygraph.importer.SkillGroupRow;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Row;
import org.competencygraph.importer.Values;
import org.jspecify.annotations.Nullable;

/**
 * ESCO's concept files: occupations (in job families of their ISCO unit group, named from the ISCO groups file),
 * skills and knowledge as capabilities, and skill groups; each concept by its URI, checked, and listed once.
 */
final class EscoConcepts {

	static final String OCCUPATION_URI = "http://data\\.europa\\.eu/esco/occupation/[0-9a-f-]{36}";

	static final String SKILL_URI = "http://data\\.europa\\.eu/esco/skill/[0-9a-f-]{36}";

	static final String GROUP_URI = "http://data\\.europa\\.eu/esco/(skill/[0-9a-f-]{36}|isced-f/\\d{2,4})";

	static final String ISCO_URI = "http://data\\.europa\\.eu/esco/isco/C\\d{1,4}";

	private static final Set<String> REUSE_LEVELS = Set.of("sector-specific", "cross-sector", "occupation-specific",
			"transversal", "");

	/** An occupation with its ISCO unit group, the job family it is written in. */
	private record Occupation(OccupationRow row, String iscoGroup) {
	}

	private final String release;

	private final Problems problems;

	private final Map<String, Occupation> occupations = new LinkedHashMap<>();

	private final Map<String, CapabilityRow> skills = new LinkedHashMap<>();

	private final Map<String, SkillGroupRow> groups = new LinkedHashMap<>();

	EscoConcepts(String release, Problems problems) {
		this.release = release;
		this.problems = problems;
	}

	/** {@code esco:<uuid>} for occupations and skills, {@code esco:isced-f:<code>} for ISCED-F skill groups. */
	static String id(String uri) {
		String path = uri.substring("http://data.europa.eu/esco/".length());
		String[] parts = path.split("/");
		return Framework.ESCO.idPrefix() + (parts[0].equals("isced-f") ? "isced-f:" + parts[1] : parts[1]);
	}

	boolean isOccupation(String uri) {
		return this.occupations.containsKey(uri);
	}

	/** The skill or knowledge concept of {@code uri}, or null when the release does not define it. */
	@Nullable CapabilityRow skill(String uri) {
		return this.skills.get(uri);
	}

	boolean isGroup(String uri) {
		return this.groups.containsKey(uri);
	}

	/** The skills' URIs, in the order of the skills file. */
	Set<String> skillUris() {
		return this.skills.keySet();
	}

	void occupations(SourceTable table, SourceFile file) {
		for (Row row : table.rows()) {
			String uri = Values.matching(table, row, "conceptUri", OCCUPATION_URI, "an ESCO occupation URI",
					this.problems);
			String isco = Values.matching(table, row, "iscoGroup", "\\d{4}", "a 4-digit ISCO unit group",
					this.problems);
			String title = table.get(row, "preferredLabel");
			if (title.isEmpty()) {
				this.problems.add(table.name(), row.line(), "preferredLabel is empty");
			}
			if (uri == null || isco == null || title.isEmpty()) {
				continue;
			}
			if (this.occupations.containsKey(uri)) {
				this.problems.add(table.name(), row.line(), "occupation " + uri + " is listed twice");
				continue;
			}
			if (!released(table, row)) {
				file.skip("status is not 'released'");
				continue;
			}
			this.occupations.put(uri, new Occupation(new OccupationRow(id(uri), Framework.ESCO, uri, this.release,
					title, emptyToNull(table.get(row, "code")), labels(table.get(row, "altLabels"), title),
					emptyToNull(table.get(row, "description")), "ESCO " + this.release,
					"ESCO classification v" + this.release + ", © European Union", uri, new EscoDetails(isco)), isco));
		}
	}

	void skills(SourceTable table, SourceFile file) {
		for (Row row : table.rows()) {
			String uri = Values.matching(table, row, "conceptUri", SKILL_URI, "an ESCO skill URI", this.problems);
			String type = Values.oneOf(table, row, "skillType", this.problems, "skill/competence", "knowledge", "");
			String reuse = table.get(row, "reuseLevel");
			if (!REUSE_LEVELS.contains(reuse)) {
				this.problems.add(table.name(), row.line(), "reuseLevel '" + Values.abbreviate(reuse) + "' is not one "
						+ "of sector-specific, cross-sector, occupation-specific, transversal, (empty)");
				continue;
			}
			String name = table.get(row, "preferredLabel");
			if (name.isEmpty()) {
				this.problems.add(table.name(), row.line(), "preferredLabel is empty");
			}
			if (uri == null || type == null || name.isEmpty()) {
				continue;
			}
			if (this.skills.containsKey(uri)) {
				this.problems.add(table.name(), row.line(), "skill " + uri + " is listed twice");
				continue;
			}
			if (!released(table, row)) {
				file.skip("status is not 'released'");
				continue;
			}
			if (type.isEmpty()) {
				file.leaveOut("skillType empty: imported as a Skill");
			}
			CapabilityKind kind = type.equals("knowledge") ? CapabilityKind.KNOWLEDGE_AREA : CapabilityKind.SKILL;
			this.skills.put(uri, new CapabilityRow(id(uri), Framework.ESCO, uri, this.release, kind, name,
					emptyToNull(table.get(row, "description")), labels(table.get(row, "altLabels"), name),
					List.of(Framework.ESCO.idPrefix() + uri), new EscoSkill(emptyToNull(type), emptyToNull(reuse), null)));
		}
	}

	void skillGroups(SourceTable table) {
		for (Row row : table.rows()) {
			String uri = Values.matching(table, row, "conceptUri", GROUP_URI, "an ESCO skill group URI", this.problems);
			String name = table.get(row, "preferredLabel");
			if (name.isEmpty()) {
				this.problems.add(table.name(), row.line(), "preferredLabel is empty");
			}
			if (uri == null || name.isEmpty()) {
				continue;
			}
			if (this.groups.containsKey(uri) || this.skills.containsKey(uri)) {
				this.problems.add(table.name(), row.line(), uri + " is listed twice (as a skill group or as a skill)");
				continue;
			}
			this.groups.put(uri, new SkillGroupRow(id(uri), Framework.ESCO, uri, this.release, name,
					labels(table.get(row, "altLabels"), name), emptyToNull(table.get(row, "description")),
					emptyToNull(table.get(row, "code"))));
		}
	}

	/** Tags each skill with the collections that list it ({@code tags} by skill URI); before {@link #addTo}. */
	void tag(Map<String, Set<String>> tags) {
		this.skills.replaceAll((uri, skill) -> skill.details() instanceof EscoSkill details
				? skill.withDetails(details.withCollections(List.copyOf(tags.getOrDefault(uri, Set.of()))))
				: skill);
	}

	/**
	 * Adds the organization, the job families (ISCO unit groups, named from {@code iscoNames} by code), the
	 * occupations with their links to both, each occupation's description as its one duty, the capabilities and, when
	 * the release has their file, the skill groups.
	 */
	void addTo(GraphPlan plan, String occupationsFile, String skillsFile, @Nullable String skillGroupsFile,
			Map<String, String> iscoNames) {
		plan.<OrganizationRow>nodes(occupationsFile, "(:Organization)").add(new OrganizationRow(Framework.ESCO,
				this.release, "ESCO classification v" + this.release + " of the European Commission; reuse authorised "
						+ "provided the source is acknowledged (Decision 2011/833/EU)."));
		NodeSet<JobFamilyRow> families = plan.nodes(occupationsFile, "(:JobFamily) ISCO unit groups");
		NodeSet<OccupationRow> occupationSet = plan.nodes(occupationsFile, "(:Job:Occupation)");
		RelationshipSet<LinkRow> ofOrganization = plan.relationships(occupationsFile,
				RelationshipType.OF_ORGANIZATION, KeyLabel.JOB_FAMILY, KeyLabel.ORGANIZATION, null, false);
		RelationshipSet<LinkRow> inOrganization = plan.relationships(occupationsFile,
				RelationshipType.IN_ORGANIZATION, KeyLabel.JOB, KeyLabel.ORGANIZATION, null, false);
		RelationshipSet<LinkRow> inFamily = plan.relationships(occupationsFile, RelationshipType.IN_FAMILY,
				KeyLabel.JOB, KeyLabel.JOB_FAMILY, null, false);
		NodeSet<DutyRow> descriptions = plan.nodes(occupationsFile, "(:Duty) descriptions");
		RelationshipSet<HasDutyRow> hasDuty = plan.hasDuty(occupationsFile);
		String organization = Framework.ESCO.id();
		Map<String, String> familyIds = new TreeMap<>();
		this.occupations.values().forEach(occupation -> {
			String isco = occupation.iscoGroup();
			String familyId = Framework.ESCO.idPrefix() + "isco-" + isco;
			if (familyIds.put(isco, familyId) == null) {
				families.add(new JobFamilyRow(familyId, Framework.ESCO, "http://data.europa.eu/esco/isco/C" + isco,
						this.release, iscoNames.getOrDefault(isco, "ISCO unit group " + isco), isco));
				ofOrganization.add(new LinkRow(familyId, organization));
			}
			String id = occupation.row().id();
			occupationSet.add(occupation.row());
			inOrganization.add(new LinkRow(id, organization));
			inFamily.add(new LinkRow(id, familyId));
			String description = occupation.row().summary();
			if (description != null && !description.isBlank()) {
				// The description stays the occupation's summary too; as a duty it is compared like a task.
				String dutyId = Framework.ESCO.idPrefix() + "description:"
						+ id.substring(Framework.ESCO.idPrefix().length());
				descriptions.add(new DutyRow(dutyId, Framework.ESCO, occupation.row().sourceId(), this.release,
						description, DutyRow.DESCRIPTION, null));
				hasDuty.add(new HasDutyRow(id, dutyId, 0));
			}
		});
		NodeSet<CapabilityRow> capabilities = plan.nodes(skillsFile, "(:Capability:Skill|KnowledgeArea)");
		this.skills.values().forEach(capabilities::add);
		if (skillGroupsFile != null) {
			NodeSet<SkillGroupRow> groupSet = plan.nodes(skillGroupsFile, "(:SkillGroup)");
			this.groups.values().forEach(groupSet::add);
		}
	}

	/** ISCOGroups: the names of the ISCO groups by code. */
	static Map<String, String> iscoNames(SourceTable table, Problems problems) {
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

	private static @Nullable String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
