package org.competencygraph.importer.esco;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.importer.CapabilityRow;
import org.competencygraph.importer.GraphPlan;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.competencygraph.importer.GraphPlan.SourceFile;
import org.competencygraph.importer.KeyLabel;
import org.competencygraph.importer.LinkRow;
import org.competencygraph.importer.Problems;
import org.competencygraph.importer.RelatedToRow;
import org.competencygraph.importer.RelationshipType;
import org.competencygraph.importer.RequiresRow;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Row;
import org.competencygraph.importer.Values;
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

	private final EscoConcepts concepts;

	private final Set<String> namedMissing = new HashSet<>();

	EscoRelations(GraphPlan plan, Problems problems, EscoConcepts concepts) {
		this.plan = plan;
		this.problems = problems;
		this.concepts = concepts;
	}

	/**
	 * The collections that list each skill, by skill URI, sorted; to tag the skills with before they are added to the
	 * plan.
	 */
	Map<String, Set<String>> collections(Map<String, SourceTable> collections) {
		Map<String, Set<String>> tags = new LinkedHashMap<>();
		collections.forEach((tag, table) -> {
			SourceFile file = this.plan.file(table.name(), 0);
			for (Row row : table.rows()) {
				String uri = Values.matching(table, row, "conceptUri", EscoConcepts.SKILL_URI, "an ESCO skill URI",
						this.problems);
				if (uri == null) {
					continue;
				}
				if (this.concepts.skill(uri) == null) {
					file.skip(missing("skill", uri, "the skills file"));
					continue;
				}
				tags.computeIfAbsent(uri, u -> new TreeSet<>()).add(tag);
			}
		});
		return tags;
	}

	void requirements(SourceTable table, String occupationsFile, String skillsFile) {
		SourceFile file = this.plan.file(table.name(), 0);
		String document = "occupationSkillRelations.csv";
		RelationshipSet<RequiresRow> requires = this.plan.requires(table.name(), document);
		Set<String> seen = new HashSet<>();
		for (Row row : table.rows()) {
			String occupation = Values.matching(table, row, "occupationUri", EscoConcepts.OCCUPATION_URI,
					"an ESCO occupation URI", this.problems);
			String skill = Values.matching(table, row, "skillUri", EscoConcepts.SKILL_URI, "an ESCO skill URI",
					this.problems);
			String type = Values.oneOf(table, row, "relationType", this.problems, "essential", "optional");
			if (occupation == null || skill == null || type == null) {
				continue;
			}
			if (!this.concepts.isOccupation(occupation)) {
				file.skip(missing("occupation", occupation, occupationsFile));
				continue;
			}
			CapabilityRow capability = this.concepts.skill(skill);
			if (capability == null) {
				file.skip(missing("skill", skill, skillsFile));
				continue;
			}
			if (!seen.add(occupation + skill)) {
				file.skip("the same occupation and skill listed again");
				continue;
			}
			// The section is short enough to be stored inline with the relationship; the release is on both ends.
			requires.add(new RequiresRow(EscoConcepts.id(occupation), EscoConcepts.id(skill),
					type.equals("essential") ? "essential" : "desirable", null, null, document,
					"occupation-skill relations", type + " "
							+ (capability.kind() == CapabilityKind.KNOWLEDGE_AREA ? "knowledge" : "skill/competence"),
					null));
		}
	}

	void occupationHierarchy(SourceTable table) {
		SourceFile file = this.plan.file(table.name(), 0);
		RelationshipSet<LinkRow> broader = this.plan.relationships(table.name(), RelationshipType.BROADER,
				KeyLabel.JOB, KeyLabel.JOB, null, true);
		Set<String> seen = new HashSet<>();
		for (Row row : table.rows()) {
			String concept = Values.matching(table, row, "conceptUri", EscoConcepts.OCCUPATION_URI + "|"
					+ EscoConcepts.ISCO_URI, "an ESCO occupation or ISCO group URI", this.problems);
			String parent = Values.matching(table, row, "broaderUri", EscoConcepts.OCCUPATION_URI + "|"
					+ EscoConcepts.ISCO_URI, "an ESCO occupation or ISCO group URI", this.problems);
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
			if (!this.concepts.isOccupation(concept) || !this.concepts.isOccupation(parent)) {
				String absent = this.concepts.isOccupation(concept) ? parent : concept;
				file.skip(missing("occupation", absent, "the occupations file"));
				continue;
			}
			if (!seen.add(concept + parent)) {
				file.skip("the same relation listed again");
				continue;
			}
			broader.add(new LinkRow(EscoConcepts.id(concept), EscoConcepts.id(parent)));
		}
	}

	void skillHierarchy(SourceTable table) {
		SourceFile file = this.plan.file(table.name(), 0);
		Map<String, RelationshipSet<LinkRow>> sets = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (Row row : table.rows()) {
			String concept = Values.matching(table, row, "conceptUri", EscoConcepts.GROUP_URI,
					"an ESCO skill or skill group URI", this.problems);
			String parent = Values.matching(table, row, "broaderUri", EscoConcepts.GROUP_URI,
					"an ESCO skill or skill group URI", this.problems);
			if (concept == null || parent == null) {
				continue;
			}
			KeyLabel from = labelOf(concept);
			KeyLabel to = labelOf(parent);
			if (from == null || to == null) {
				file.skip(missing("skill or skill group", from == null ? concept : parent,
						"the skills and skill groups files"));
				continue;
			}
			if (!seen.add(concept + parent)) {
				file.skip("the same relation listed again");
				continue;
			}
			sets.computeIfAbsent(from + ">" + to, key -> this.plan.relationships(table.name(),
					RelationshipType.BROADER, from, to, null, true))
				.add(new LinkRow(EscoConcepts.id(concept), EscoConcepts.id(parent)));
		}
	}

	void skillRelations(SourceTable table) {
		SourceFile file = this.plan.file(table.name(), 0);
		RelationshipSet<RelatedToRow> related = this.plan.relationships(table.name(), RelationshipType.RELATED_TO,
				KeyLabel.CAPABILITY, KeyLabel.CAPABILITY, null, true);
		Set<String> seen = new HashSet<>();
		for (Row row : table.rows()) {
			String original = Values.matching(table, row, "originalSkillUri", EscoConcepts.SKILL_URI,
					"an ESCO skill URI", this.problems);
			String relatedSkill = Values.matching(table, row, "relatedSkillUri", EscoConcepts.SKILL_URI,
					"an ESCO skill URI", this.problems);
			String type = Values.oneOf(table, row, "relationType", this.problems, "essential", "optional");
			if (original == null || relatedSkill == null || type == null) {
				continue;
			}
			boolean originalKnown = this.concepts.skill(original) != null;
			if (!originalKnown || this.concepts.skill(relatedSkill) == null) {
				file.skip(missing("skill", originalKnown ? relatedSkill : original, "the skills file"));
				continue;
			}
			if (!seen.add(original + relatedSkill)) {
				file.skip("the same relation listed again");
				continue;
			}
			related.add(new RelatedToRow(EscoConcepts.id(original), EscoConcepts.id(relatedSkill), type));
		}
	}

	private @Nullable KeyLabel labelOf(String uri) {
		if (this.concepts.skill(uri) != null) {
			return KeyLabel.CAPABILITY;
		}
		return this.concepts.isGroup(uri) ? KeyLabel.SKILL_GROUP : null;
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
