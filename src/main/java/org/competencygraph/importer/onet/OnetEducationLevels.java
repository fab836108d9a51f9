package org.competencygraph.importer.onet;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.framework.Framework;
import org.competencygraph.importer.CapabilityRow;
import org.competencygraph.importer.CapabilityRow.Qualification;
import org.competencygraph.importer.GraphPlan;
import org.competencygraph.importer.GraphPlan.NodeSet;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.competencygraph.importer.GraphPlan.SourceFile;
import org.competencygraph.importer.RequiresRow;
import org.competencygraph.importer.RequiresRow.OnetEducation;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Row;
import org.competencygraph.importer.Values;
import org.jspecify.annotations.Nullable;

/**
 * Education, Training, and Experience.txt: for required education (RL) and related work experience (RW), the
 * median category of the respondents' answers becomes one requirement of a qualification, named from
 * Education, Training, and Experience Categories.txt.
 */
final class OnetEducationLevels {

	private final GraphPlan plan;

	private final OnetColumns columns;

	private final String release;

	OnetEducationLevels(GraphPlan plan, OnetColumns columns, String release) {
		this.plan = plan;
		this.columns = columns;
		this.release = release;
	}

	void read(SourceTable table, @Nullable SourceTable categories) {
		SourceFile file = this.plan.file(table.name(), 0);
		Map<String, String> categoryNames = new LinkedHashMap<>();
		if (categories != null) {
			for (Row row : categories.rows()) {
				categoryNames.put(categories.get(row, "Scale ID") + "\t" + categories.get(row, "Category"),
						categories.get(row, "Category Description"));
			}
		}
		Map<String, TreeMap<Integer, Double>> distributions = new LinkedHashMap<>();
		Map<String, Integer> rowsOf = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			String code = this.columns.code(table, row);
			String scaleId = Values.oneOf(table, row, "Scale ID", this.columns.problems(), "RL", "RW", "PT", "OJ",
					"IM");
			if (code == null || scaleId == null) {
				continue;
			}
			if (scaleId.equals("PT") || scaleId.equals("OJ")) {
				file.skip("on-site and on-the-job training (PT, OJ) are not imported");
				continue;
			}
			if (scaleId.equals("IM")) {
				file.skip("importance of certification and apprenticeship (IM) is not imported");
				continue;
			}
			Double category = Values.number(table, row, "Category", 1, 12, this.columns.problems());
			Double share = Values.number(table, row, "Data Value", 0, 100, this.columns.problems());
			String suppress = Values.oneOf(table, row, "Recommend Suppress", this.columns.problems(), "Y", "N", "n/a",
					"");
			if (category == null || share == null || suppress == null) {
				continue;
			}
			if (!this.columns.isOccupation(code)) {
				file.skip(OnetColumns.NOT_IN_OCCUPATIONS);
				continue;
			}
			if (categories == null) {
				file.skip("categories have no names (" + OnetReader.EDUCATION_CATEGORIES + " not found)");
				continue;
			}
			if (suppress.equals("Y")) {
				file.skip("Recommend Suppress = Y: share left out of the distribution");
				continue;
			}
			String key = scaleId + "\t" + code;
			distributions.computeIfAbsent(key, k -> new TreeMap<>()).merge(category.intValue(), share, Double::sum);
			rowsOf.merge(key, 1, Integer::sum);
		}
		NodeSet<CapabilityRow> capabilities = this.plan.nodes(table.name(), "(:Capability:Qualification)");
		RelationshipSet<RequiresRow> requires = OnetColumns.requires(this.plan, table.name());
		Set<String> defined = new TreeSet<>();
		distributions.forEach((key, distribution) -> {
			String scaleId = key.substring(0, key.indexOf('\t'));
			String code = key.substring(key.indexOf('\t') + 1);
			double total = distribution.values().stream().mapToDouble(Double::doubleValue).sum();
			int median = -1;
			double cumulative = 0;
			for (Map.Entry<Integer, Double> entry : distribution.entrySet()) {
				cumulative += entry.getValue();
				if (cumulative >= total / 2) {
					median = entry.getKey();
					break;
				}
			}
			String description = categoryNames.get(scaleId + "\t" + median);
			if (total <= 0 || description == null) {
				file.skip("no share above zero, or a category without a name: no typical category",
						rowsOf.get(key));
				return;
			}
			if (median == 1) {
				file.skip("the typical (median) answer is no education or no experience: not a requirement",
						rowsOf.get(key));
				return;
			}
			boolean education = scaleId.equals("RL");
			String id = Framework.ONET.idPrefix() + (education ? "education:" : "experience:") + median;
			if (defined.add(id)) {
				capabilities.add(qualification(id, education, median, description));
			}
			String distributionText = distribution.entrySet().stream()
				.filter(e -> e.getValue() > 0)
				.map(e -> e.getKey() + ": " + OnetColumns.number(e.getValue()) + "%")
				.collect(Collectors.joining(", "));
			double share = distribution.get(median);
			requires.add(new RequiresRow(OnetReader.id(code), id, "essential", null, null, table.name(),
					"Education, Training, and Experience / " + (education ? "Required Level of Education (RL)"
							: "Related Work Experience (RW)"),
					"Median category %d (%s), %s%% of respondents in it; all categories: %s".formatted(median,
							shortName(description), OnetColumns.number(share), distributionText),
					new OnetEducation(share)));
		});
	}

	private CapabilityRow qualification(String id, boolean education, int category, String description) {
		String name = education ? shortName(description)
				: "Related work experience: " + description.substring(0, 1).toLowerCase(Locale.ROOT)
						+ description.substring(1);
		return new CapabilityRow(id, Framework.ONET, (education ? "2.D.1 RL" : "3.A.1 RW") + " category " + category,
				this.release, CapabilityKind.QUALIFICATION, name, description, null, null,
				new Qualification(education ? "qualification-level" : "experience"));
	}

	/** "Bachelor's Degree" of "Bachelor's Degree", "Post-Secondary Certificate - awarded for ...", "... (or ...)". */
	private static String shortName(String description) {
		String name = description;
		int dash = name.indexOf(" - ");
		if (dash > 0) {
			name = name.substring(0, dash);
		}
		int parenthesis = name.indexOf(" (");
		return parenthesis > 0 ? name.substring(0, parenthesis) : name;
	}

}
