package org.competencygraph.framework.esco;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.competencygraph.framework.GraphPlan;
import org.competencygraph.framework.GraphPlan.RelationshipSet;
import org.competencygraph.framework.GraphPlan.SourceFile;
import org.competencygraph.framework.Problems;
import org.competencygraph.framework.SourceTable;
import org.competencygraph.framework.SourceTable.Row;
import org.competencygraph.framework.Values;
import org.jspecify.annotations.Nullable;

/**
 * ESCO's relation files: essential and optional skills of occupations as {@code REQUIRES}, the skill and
 * occupation hierarchies as {@code BROADER}, skill-skill relations as {@code RELATED_TO}, and the skill
 * collections as tags. A relation that names a concept the release does not define is skipped and reported.
 */
final class EscoRelations {

	/** Distinct missing URIs named one by one in the report; more are counted together. */
	private static final int NAMED_MISSING = 5;

	private final GraphPlan plan;

	private final Problems problems;

	private final String release;

	private final Map<String, Map<String, Object>> jobs;

	private final Map<String, Map<String, Object>> capabilities;

	private final Map<String, Map<String, Object>> groups;

	private final Set<String> namedMissing = new HashSet<>();

	EscoRelations(GraphPlan plan, Problems problems, String release, Map<String, Map<String, Object>> jobs,
			Map<String, Map<String, Object>> capabilities, Map<String, Map<String, Object>> groups) {
		this.plan = plan;
		this.problems = problems;
		this.release = release;
		this.jobs = jobs;
		this.capabilities = capabilities;
		this.groups = groups;
	}

	/** Tags each skill with the collections that list it; must run before the skills are added to the plan. */
	void collections(Map<String, SourceTable> collections) {
		if (collections.isEmpty()) {
			return;
		}
		Map<String, Set<String>> tags = new LinkedHashMap<>();
		collections.forEach((tag, table) -> {
			SourceFile file = this.plan.file(table.name(), 0);
			for (Row row : table.rows()) {
				String uri = Values.matching(table, row, "conceptUri", EscoReader.SKILL_URI, "an ESCO skill URI",
						this.problems);
				if (uri == null) {
					continue;
				}
				if (!this.capabilities.containsKey(uri)) {
					file.skip(missing("skill", uri, "the skills file"));
					continue;
				}
				tags.computeIfAbsent(uri, u -> new TreeSet<>()).add(tag);
			}
		});
		this.capabilities.forEach((uri, node) -> node.put("escoCollections",
				List.copyOf(tags.getOrDefault(uri, Set.of()))));
	}

	void requirements(SourceTable table, String occupationsFile, String skillsFile) {
		SourceFile file = this.plan.file(table.name(), 0);
		String document = "occupationSkillRelations.csv";
		RelationshipSet requires = this.plan.relationships(table.name(), "REQUIRES", "Job", "Capability",
				"(:Job)-[:REQUIRES]->(:Capability)", document, false);
		Set<String> seen = new HashSet<>();
		for (Row row : table.rows()) {
			String occupation = Values.matching(table, row, "occupationUri", EscoReader.OCCUPATION_URI,
					"an ESCO occupation URI", this.problems);
			String skill = Values.matching(table, row, "skillUri", EscoReader.SKILL_URI, "an ESCO skill URI",
					this.problems);
			String type = Values.oneOf(table, row, "relationType", this.problems, "essential", "optional");
			if (occupation == null || skill == null || type == null) {
				continue;
			}
			if (!this.jobs.containsKey(occupation)) {
				file.skip(missing("occupation", occupation, occupationsFile));
				continue;
			}
			Map<String, Object> capability = this.capabilities.get(skill);
			if (capability == null) {
				file.skip(missing("skill", skill, skillsFile));
				continue;
			}
			if (!seen.add(occupation + skill)) {
				file.skip("the same occupation and skill listed again");
				continue;
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("priority", type.equals("essential") ? "essential" : "desirable");
			properties.put("derivedFromDuty", false);
			properties.put("sourceDocument", document);
			// Short enough to be stored inline with the relationship; the release is on both end nodes.
			properties.put("sourceSection", "occupation-skill relations");
			properties.put("sourceText", type + " " + (capability.get("kind").equals("KnowledgeArea") ? "knowledge"
					: "skill/competence"));
			requires.add(EscoReader.id(occupation), EscoReader.id(skill), properties);
		}
	}

	void occupationHierarchy(SourceTable table) {
		SourceFile file = this.plan.file(table.name(), 0);
		RelationshipSet broader = this.plan.relationships(table.name(), "BROADER", "Job", "Job",
				"(:Job)-[:BROADER]->(:Job)", null, true);
		Set<String> seen = new HashSet<>();
		for (Row row : table.rows()) {
			String concept = Values.matching(table, row, "conceptUri", EscoReader.OCCUPATION_URI + "|"
					+ EscoReader.ISCO_URI, "an ESCO occupation or ISCO group URI", this.problems);
			String parent = Values.matching(table, row, "broaderUri", EscoReader.OCCUPATION_URI + "|"
					+ EscoReader.ISCO_URI, "an ESCO occupation or ISCO group URI", this.problems);
			if (concept == null || parent == null) {
				continue;
			}
			if (concept.contains("/isco/")) {
				file.skip("ISCO group hierarchy: not imported (an occupation's unit group is its job family)");
				continue;
			}
			if (parent.contains("/isco/")) {
				file.skip("occupation to ISCO unit group: recorded as the occupation's job family");
				continue;
			}
			if (!this.jobs.containsKey(concept) || !this.jobs.containsKey(parent)) {
				String absent = this.jobs.containsKey(concept) ? parent : concept;
				file.skip(missing("occupation", absent, "the occupations file"));
				continue;
			}
			if (!seen.add(concept + parent)) {
				file.skip("the same relation listed again");
				continue;
			}
			broader.add(EscoReader.id(concept), EscoReader.id(parent), Map.of());
		}
	}

	void skillHierarchy(SourceTable table) {
		SourceFile file = this.plan.file(table.name(), 0);
		Map<String, RelationshipSet> sets = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (Row row : table.rows()) {
			String concept = Values.matching(table, row, "conceptUri", EscoReader.GROUP_URI,
					"an ESCO skill or skill group URI", this.problems);
			String parent = Values.matching(table, row, "broaderUri", EscoReader.GROUP_URI,
					"an ESCO skill or skill group URI", this.problems);
			if (concept == null || parent == null) {
				continue;
			}
			String from = labelOf(concept);
			String to = labelOf(parent);
			if (from == null || to == null) {
				file.skip(missing("skill or skill group", from == null ? concept : parent,
						"the skills and skill groups files"));
				continue;
			}
			if (!seen.add(concept + parent)) {
				file.skip("the same relation listed again");
				continue;
			}
			sets.computeIfAbsent(from + ">" + to, key -> this.plan.relationships(table.name(), "BROADER", from, to,
					"(:" + from + ")-[:BROADER]->(:" + to + ")", null, true))
				.add(EscoReader.id(concept), EscoReader.id(parent), Map.of());
		}
	}

	void skillRelations(SourceTable table) {
		SourceFile file = this.plan.file(table.name(), 0);
		RelationshipSet related = this.plan.relationships(table.name(), "RELATED_TO", "Capability", "Capability",
				"(:Capability)-[:RELATED_TO]->(:Capability)", null, true);
		Set<String> seen = new HashSet<>();
		for (Row row : table.rows()) {
			String original = Values.matching(table, row, "originalSkillUri", EscoReader.SKILL_URI,
					"an ESCO skill URI", this.problems);
			String relatedSkill = Values.matching(table, row, "relatedSkillUri", EscoReader.SKILL_URI,
					"an ESCO skill URI", this.problems);
			String type = Values.oneOf(table, row, "relationType", this.problems, "essential", "optional");
			if (original == null || relatedSkill == null || type == null) {
				continue;
			}
			if (!this.capabilities.containsKey(original) || !this.capabilities.containsKey(relatedSkill)) {
				file.skip(missing("skill", this.capabilities.containsKey(original) ? relatedSkill : original,
						"the skills file"));
				continue;
			}
			if (!seen.add(original + relatedSkill)) {
				file.skip("the same relation listed again");
				continue;
			}
			related.add(EscoReader.id(original), EscoReader.id(relatedSkill),
					Map.of("relationType", type));
		}
	}

	private @Nullable String labelOf(String uri) {
		if (this.capabilities.containsKey(uri)) {
			return "Capability";
		}
		return this.groups.containsKey(uri) ? "SkillGroup" : null;
	}

	/** The skip reason for a relation to a concept the release does not define, naming the first few URIs. */
	private String missing(String what, String uri, String file) {
		if (this.namedMissing.contains(uri) || this.namedMissing.size() < NAMED_MISSING) {
			this.namedMissing.add(uri);
			return what + " " + uri + " is not in " + file;
		}
		return what + " not in " + file + " (further URIs)";
	}

}
