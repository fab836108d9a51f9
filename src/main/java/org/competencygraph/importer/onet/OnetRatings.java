package org.competencygraph.importer.onet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.framework.Framework;
import org.competencygraph.importer.CapabilityRow;
import org.competencygraph.importer.CapabilityRow.OnetElement;
import org.competencygraph.importer.GraphPlan;
import org.competencygraph.importer.GraphPlan.NodeSet;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.competencygraph.importer.GraphPlan.SourceFile;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.importer.RequiresRow;
import org.competencygraph.importer.RequiresRow.OnetRating;
import org.competencygraph.importer.RequiresRow.OnetWorkStyle;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Row;
import org.competencygraph.importer.Values;
import org.jspecify.annotations.Nullable;

/**
 * The O*NET files that rate content-model elements for each occupation on two scales, one row per scale: Skills and
 * Knowledge (importance IM and level LV), Work Styles (impact WI and distinctiveness rank DR). Each element becomes
 * a capability, and each occupation's pair of ratings a {@code REQUIRES} relationship with the project's priority,
 * level (0-7) and importance (0-1). The rules are in docs/frameworks.md; each rule that leaves a row or a value out
 * is counted in the report with its reason.
 */
final class OnetRatings {

	/** Importance (IM, 1-5) from which a requirement is essential: 3 is "important" on O*NET's anchors. */
	static final double ESSENTIAL_IMPORTANCE = 3.0;

	private static final String[] FLAGS = { "Y", "N", "n/a", "" };

	/** A scale of a rated file, its values' bounds and its name in the file's words. */
	record Scale(String id, double min, double max, String name) {
	}

	/**
	 * A rated file: the kind of its elements, their domain, its two scales (the first is the one a requirement
	 * cannot do without), and whether its rows carry Recommend Suppress and Not Relevant.
	 */
	enum RatedFile {

		SKILLS(CapabilityKind.SKILL, "Skills", new Scale("IM", 1, 5, "importance"), new Scale("LV", 0, 7, "level"),
				true),

		KNOWLEDGE(CapabilityKind.KNOWLEDGE_AREA, "Knowledge", SKILLS.first, SKILLS.second, true),

		WORK_STYLES(CapabilityKind.COMPETENCY, "Work Styles", new Scale("WI", -3, 3, "Work Styles Impact"),
				new Scale("DR", 0, 10, "Distinctiveness Rank"), false);

		private final CapabilityKind kind;

		private final String domain;

		private final Scale first;

		private final Scale second;

		private final boolean flagged;

		RatedFile(CapabilityKind kind, String domain, Scale first, Scale second, boolean flagged) {
			this.kind = kind;
			this.domain = domain;
			this.first = first;
			this.second = second;
			this.flagged = flagged;
		}

		/** The columns the file must have. */
		String[] columns() {
			List<String> columns = new ArrayList<>(List.of(OnetColumns.CODE, "Element ID", "Element Name",
					"Scale ID", "Data Value"));
			if (this.flagged) {
				columns.addAll(List.of("Recommend Suppress", "Not Relevant"));
			}
			return columns.toArray(String[]::new);
		}

	}

	/** One rated value of an element for an occupation. */
	private record Rating(long line, double value, boolean suppressed, boolean notRelevant) {
	}

	/** The two ratings of an element for an occupation; either may be missing until the file is read. */
	private static final class Pair {

		private final Rating[] ratings = new Rating[2];

		@Nullable Rating first() {
			return this.ratings[0];
		}

		@Nullable Rating second() {
			return this.ratings[1];
		}

	}

	private final ProficiencyScale scale;

	private final GraphPlan plan;

	private final OnetColumns columns;

	private final String release;

	private final Map<String, String> descriptions;

	OnetRatings(ProficiencyScale scale, GraphPlan plan, OnetColumns columns, String release,
			Map<String, String> descriptions) {
		this.scale = scale;
		this.plan = plan;
		this.columns = columns;
		this.release = release;
		this.descriptions = descriptions;
	}

	/** Reads a rated file: its elements as capabilities, its pairs of ratings as requirements. */
	void read(SourceTable table, RatedFile rated) {
		SourceFile file = this.plan.file(table.name(), 0);
		Map<String, String> names = new TreeMap<>();
		Map<String, Pair> pairs = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			String code = this.columns.code(table, row);
			String element = this.columns.element(table, row);
			String name = this.columns.name(table, row);
			String scaleId = Values.oneOf(table, row, "Scale ID", this.columns.problems(), rated.first.id(),
					rated.second.id());
			Scale scale = rated.first.id().equals(scaleId) ? rated.first : rated.second;
			Double value = (scaleId == null) ? null
					: Values.number(table, row, "Data Value", scale.min(), scale.max(), this.columns.problems());
			String suppress = rated.flagged
					? Values.oneOf(table, row, "Recommend Suppress", this.columns.problems(), FLAGS) : "N";
			String notRelevant = rated.flagged
					? Values.oneOf(table, row, "Not Relevant", this.columns.problems(), FLAGS) : "N";
			if (code == null || element == null || name == null || value == null || suppress == null
					|| notRelevant == null) {
				continue;
			}
			if (!this.columns.isOccupation(code)) {
				file.skip(OnetColumns.NOT_IN_OCCUPATIONS);
				continue;
			}
			names.putIfAbsent(element, name);
			pair(pairs, table, code, element, scale == rated.first ? 0 : 1, scale,
					new Rating(row.line(), value, suppress.equals("Y"), notRelevant.equals("Y")));
		}
		NodeSet<CapabilityRow> capabilities = this.plan.nodes(table.name(),
				"(:Capability:" + rated.kind.label() + ")");
		names.forEach((element, name) -> capabilities.add(capability(element, rated, name)));
		RelationshipSet<RequiresRow> requires = OnetColumns.requires(this.plan, table.name());
		pairs.forEach((key, pair) -> {
			String code = key.substring(0, key.indexOf('\t'));
			String element = key.substring(key.indexOf('\t') + 1);
			String section = rated.domain + " / " + names.get(element) + " (" + element + ")";
			RequiresRow requirement = switch (rated) {
				case SKILLS, KNOWLEDGE -> rating(table, file, code, element, section, pair);
				case WORK_STYLES -> workStyle(table, file, code, element, section, pair);
			};
			if (requirement != null) {
				requires.add(requirement);
			}
		});
	}

	/**
	 * Puts a rating in its place of the occupation-element pair ({@code index} 0 or 1); a second rating of the same
	 * scale for the pair is a problem of the file.
	 */
	private void pair(Map<String, Pair> pairs, SourceTable table, String code, String element, int index,
			Scale scale, Rating rating) {
		Rating[] pair = pairs.computeIfAbsent(code + "\t" + element, k -> new Pair()).ratings;
		if (pair[index] != null) {
			this.columns.problems().add(table.name(), rating.line(), "a second " + scale.id() + " row for " + code
					+ " " + element + " (the first is on line " + pair[index].line() + ")");
			return;
		}
		pair[index] = rating;
	}

	/** Skills and Knowledge: importance (IM) and level (LV), both needed. */
	private @Nullable RequiresRow rating(SourceTable table, SourceFile file, String code, String element,
			String section, Pair pair) {
		Rating importance = pair.first();
		Rating level = pair.second();
		if (importance == null || level == null) {
			Rating present = importance == null ? level : importance;
			this.columns.problems().add(table.name(), present == null ? null : present.line(), code + " " + element
					+ " has " + (importance == null ? "a level (LV) row but no importance (IM) row"
							: "an importance (IM) row but no level (LV) row")
					+ ": the file is incomplete");
			return null;
		}
		if (level.notRelevant() || importance.notRelevant()) {
			file.skip("Not Relevant = Y: the element is not a requirement of the occupation (its IM and LV rows)", 2);
			return null;
		}
		if (importance.suppressed()) {
			file.leaveOut("Recommend Suppress = Y on importance (IM): importance left out, priority desirable");
		}
		if (level.suppressed()) {
			file.leaveOut("Recommend Suppress = Y on level (LV): level left out");
		}
		return new RequiresRow(OnetReader.id(code), OnetReader.id(element),
				!importance.suppressed() && importance.value() >= ESSENTIAL_IMPORTANCE ? "essential" : "desirable",
				level.suppressed() ? null : Values.round(this.scale.fromSource("onet-level", level.value())),
				importance.suppressed() ? null
						: Values.round(this.scale.fromSource("onet-importance", importance.value())),
				table.name(), section,
				"Importance (IM) %s of 5%s; level (LV) %s of 7%s".formatted(OnetColumns.number(importance.value()),
						importance.suppressed() ? " (Recommend Suppress)" : "", OnetColumns.number(level.value()),
						level.suppressed() ? " (Recommend Suppress)" : ""),
				new OnetRating(importance.suppressed() ? null : importance.value(),
						level.suppressed() ? null : level.value()));
	}

	/** Work Styles: impact (WI), needed and positive, and distinctiveness rank (DR), which makes it essential. */
	private @Nullable RequiresRow workStyle(SourceTable table, SourceFile file, String code, String element,
			String section, Pair pair) {
		Rating impact = pair.first();
		Rating rank = pair.second();
		if (impact == null) {
			this.columns.problems().add(table.name(), rank == null ? null : rank.line(), code + " " + element
					+ " has a Distinctiveness Rank (DR) row but no Work Styles Impact (WI) row: the file is incomplete");
			return null;
		}
		if (impact.value() <= 0) {
			file.skip("Work Styles Impact (WI) is zero or negative: not a requirement (its WI and DR rows)",
					rank == null ? 1 : 2);
			return null;
		}
		boolean distinctive = rank != null && rank.value() >= 1;
		// O*NET rates no level of a work style: its impact is how much it matters, the requirement's importance.
		return new RequiresRow(OnetReader.id(code), OnetReader.id(element), distinctive ? "essential" : "desirable",
				null, Values.round(this.scale.fromSource("onet-work-style-impact", impact.value())), table.name(),
				section, "Work Styles Impact (WI) %s of 3; Distinctiveness Rank (DR) %s".formatted(
						OnetColumns.number(impact.value()), rank == null ? "not given"
								: OnetColumns.number(rank.value()) + (distinctive ? "" : " (not ranked)")),
				new OnetWorkStyle(impact.value(), rank == null ? null : rank.value()));
	}

	private CapabilityRow capability(String element, RatedFile rated, String name) {
		return new CapabilityRow(OnetReader.id(element), Framework.ONET, element, this.release, rated.kind, name,
				this.descriptions.get(element), null, List.of(OnetReader.id(element)), new OnetElement(rated.domain));
	}

}
