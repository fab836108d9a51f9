package org.competencygraph.framework.onet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.competencygraph.framework.Framework;
import org.competencygraph.framework.GraphPlan;
import org.competencygraph.framework.GraphPlan.NodeSet;
import org.competencygraph.framework.GraphPlan.RelationshipSet;
import org.competencygraph.framework.GraphPlan.SourceFile;
import org.competencygraph.framework.Problems;
import org.competencygraph.framework.SourceTable;
import org.competencygraph.framework.SourceTable.Row;
import org.competencygraph.framework.Values;
import org.competencygraph.importer.ProficiencyScale;
import org.jspecify.annotations.Nullable;

/**
 * The O*NET files that say what occupations require, turned into capabilities and {@code REQUIRES}
 * relationships with the project's priority, level (0-7) and importance (0-1). The rules are in
 * docs/frameworks.md; each rule that leaves a row or a value out is counted in the report with its reason.
 */
final class OnetRequirements {

	/** Importance (IM, 1-5) from which a requirement is essential: 3 is "important" on O*NET's anchors. */
	static final double ESSENTIAL_IMPORTANCE = 3.0;

	private static final String NOT_IN_OCCUPATIONS = "occupation not in " + OnetReader.OCCUPATIONS;

	private final ProficiencyScale scale;

	private final GraphPlan plan;

	private final Problems problems;

	private final String release;

	private final Set<String> occupations;

	private final Map<String, String> descriptions;

	OnetRequirements(ProficiencyScale scale, GraphPlan plan, Problems problems, String release,
			Set<String> occupations, Map<String, String> descriptions) {
		this.scale = scale;
		this.plan = plan;
		this.problems = problems;
		this.release = release;
		this.occupations = occupations;
		this.descriptions = descriptions;
	}

	/** One rated value of an element for an occupation. */
	private record Rating(long line, double value, boolean suppressed, boolean notRelevant) {
	}

	/** Skills.txt and Knowledge.txt: IM and LV rows per occupation and element. */
	void ratings(SourceTable table, String kind, String domain) {
		SourceFile file = this.plan.file(table.name(), 0);
		Map<String, String> names = new TreeMap<>();
		Map<String, Rating[]> pairs = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			String code = code(table, row);
			String element = element(table, row);
			String name = name(table, row);
			String scaleId = Values.oneOf(table, row, "Scale ID", this.problems, "IM", "LV");
			Double value = (scaleId == null) ? null
					: Values.number(table, row, "Data Value", scaleId.equals("IM") ? 1 : 0, scaleId.equals("IM") ? 5 : 7,
							this.problems);
			String suppress = Values.oneOf(table, row, "Recommend Suppress", this.problems, "Y", "N", "n/a", "");
			String notRelevant = Values.oneOf(table, row, "Not Relevant", this.problems, "Y", "N", "n/a", "");
			if (code == null || element == null || name == null || value == null || suppress == null
					|| notRelevant == null) {
				continue;
			}
			if (!this.occupations.contains(code)) {
				file.skip(NOT_IN_OCCUPATIONS);
				continue;
			}
			names.putIfAbsent(element, name);
			pair(pairs, table, code, element, scaleId, scaleId.equals("IM") ? 0 : 1,
					new Rating(row.line(), value, suppress.equals("Y"), notRelevant.equals("Y")));
		}
		NodeSet capabilities = this.plan.nodes(table.name(), "Capability", "(:Capability:" + kind + ")");
		names.forEach((element, name) -> capabilities.add(OnetReader.id(element), List.of(kind),
				capability(element, kind, name, domain)));
		RelationshipSet requires = requires(table.name());
		pairs.forEach((key, pair) -> {
			String code = key.substring(0, key.indexOf('\t'));
			String element = key.substring(key.indexOf('\t') + 1);
			if (pair[0] == null || pair[1] == null) {
				Rating present = pair[0] == null ? pair[1] : pair[0];
				this.problems.add(table.name(), present.line(), code + " " + element + " has " + (pair[0] == null
						? "a level (LV) row but no importance (IM) row" : "an importance (IM) row but no level (LV) row")
						+ ": the file is incomplete");
				return;
			}
			Rating importance = pair[0];
			Rating level = pair[1];
			if (level.notRelevant() || importance.notRelevant()) {
				file.skip("Not Relevant = Y: the element is not a requirement of the occupation (its IM and LV rows)",
						2);
				return;
			}
			if (importance.suppressed()) {
				file.leaveOut("Recommend Suppress = Y on importance (IM): importance left out, priority desirable");
			}
			if (level.suppressed()) {
				file.leaveOut("Recommend Suppress = Y on level (LV): level left out");
			}
			Map<String, Object> properties = requirement(
					!importance.suppressed() && importance.value() >= ESSENTIAL_IMPORTANCE ? "essential" : "desirable",
					level.suppressed() ? null : Values.round(this.scale.fromSource("onet-level", level.value())),
					importance.suppressed() ? null
							: Values.round(this.scale.fromSource("onet-importance", importance.value())),
					table.name(), domain + " / " + names.get(element) + " (" + element + ")",
					"Importance (IM) %s of 5%s; level (LV) %s of 7%s".formatted(number(importance.value()),
							importance.suppressed() ? " (Recommend Suppress)" : "", number(level.value()),
							level.suppressed() ? " (Recommend Suppress)" : ""));
			properties.put("onetImportance", importance.suppressed() ? null : importance.value());
			properties.put("onetLevel", level.suppressed() ? null : level.value());
			requires.add(OnetReader.id(code), OnetReader.id(element), properties);
		});
	}

	/**
	 * Puts a rating in its place of the occupation-element pair ({@code index} 0 or 1); a second rating of the same
	 * scale for the pair is a problem of the file.
	 */
	private void pair(Map<String, Rating[]> pairs, SourceTable table, String code, String element, String scaleId,
			int index, Rating rating) {
		Rating[] pair = pairs.computeIfAbsent(code + "\t" + element, k -> new Rating[2]);
		if (pair[index] != null) {
			this.problems.add(table.name(), rating.line(), "a second " + scaleId + " row for " + code + " " + element
					+ " (the first is on line " + pair[index].line() + ")");
			return;
		}
		pair[index] = rating;
	}

	/** Work Styles.txt: Work Styles Impact (WI, -3..3) and Distinctiveness Rank (DR, 0-10) per occupation. */
	void workStyles(SourceTable table) {
		SourceFile file = this.plan.file(table.name(), 0);
		Map<String, String> names = new TreeMap<>();
		Map<String, Rating[]> pairs = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			String code = code(table, row);
			String element = element(table, row);
			String name = name(table, row);
			String scaleId = Values.oneOf(table, row, "Scale ID", this.problems, "WI", "DR");
			Double value = (scaleId == null) ? null
					: Values.number(table, row, "Data Value", scaleId.equals("WI") ? -3 : 0,
							scaleId.equals("WI") ? 3 : 10, this.problems);
			if (code == null || element == null || name == null || value == null) {
				continue;
			}
			if (!this.occupations.contains(code)) {
				file.skip(NOT_IN_OCCUPATIONS);
				continue;
			}
			names.putIfAbsent(element, name);
			pair(pairs, table, code, element, scaleId, scaleId.equals("WI") ? 0 : 1,
					new Rating(row.line(), value, false, false));
		}
		NodeSet capabilities = this.plan.nodes(table.name(), "Capability", "(:Capability:Competency)");
		names.forEach((element, name) -> capabilities.add(OnetReader.id(element), List.of("Competency"),
				capability(element, "Competency", name, "Work Styles")));
		RelationshipSet requires = requires(table.name());
		pairs.forEach((key, pair) -> {
			String code = key.substring(0, key.indexOf('\t'));
			String element = key.substring(key.indexOf('\t') + 1);
			Rating impact = pair[0];
			Rating rank = pair[1];
			if (impact == null) {
				this.problems.add(table.name(), rank.line(), code + " " + element + " has a Distinctiveness Rank (DR) "
						+ "row but no Work Styles Impact (WI) row: the file is incomplete");
				return;
			}
			if (impact.value() <= 0) {
				file.skip("Work Styles Impact (WI) is zero or negative: not a requirement (its WI and DR rows)",
						rank == null ? 1 : 2);
				return;
			}
			boolean distinctive = rank != null && rank.value() >= 1;
			Map<String, Object> properties = requirement(distinctive ? "essential" : "desirable", null,
					Values.round(this.scale.fromSource("onet-work-style-impact", impact.value())), table.name(),
					"Work Styles / " + names.get(element) + " (" + element + ")",
					"Work Styles Impact (WI) %s of 3; Distinctiveness Rank (DR) %s".formatted(number(impact.value()),
							rank == null ? "not given" : number(rank.value()) + (distinctive ? "" : " (not ranked)")));
			properties.put("onetWorkStyleImpact", impact.value());
			properties.put("onetDistinctivenessRank", rank == null ? null : rank.value());
			requires.add(OnetReader.id(code), OnetReader.id(element), properties);
		});
	}

	/** Technology Skills.txt: one capability per technology example, required by the occupations that use it. */
	void technology(SourceTable table) {
		SourceFile file = this.plan.file(table.name(), 0);
		Map<String, String> idOfExample = new LinkedHashMap<>();
		Map<String, String> exampleOfId = new LinkedHashMap<>();
		Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
		Map<String, Map<String, Object>> requirements = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			String code = code(table, row);
			String example = table.get(row, "Example");
			String commodity = Values.matching(table, row, "Commodity Code", "\\d{8}", "an 8-digit UNSPSC code",
					this.problems);
			String commodityTitle = table.get(row, "Commodity Title");
			String hot = Values.oneOf(table, row, "Hot Technology", this.problems, "Y", "N");
			String inDemand = Values.oneOf(table, row, "In Demand", this.problems, "Y", "N");
			if (example.isEmpty() || commodityTitle.isEmpty()) {
				this.problems.add(table.name(), row.line(), (example.isEmpty() ? "Example" : "Commodity Title")
						+ " is empty");
				continue;
			}
			if (code == null || commodity == null || hot == null || inDemand == null) {
				continue;
			}
			if (!this.occupations.contains(code)) {
				file.skip(NOT_IN_OCCUPATIONS);
				continue;
			}
			String id = idOfExample.computeIfAbsent(example, e -> {
				String candidate = Framework.ONET.idPrefix() + "tech:" + Values.slug(e);
				// Two names with one slug keep apart by a hash of the exact name, stable across runs.
				String unique = exampleOfId.containsKey(candidate) ? candidate + "-" + Values.shortHash(e) : candidate;
				exampleOfId.put(unique, e);
				return unique;
			});
			Map<String, Object> node = nodes.computeIfAbsent(id, i -> technologyNode(i, example));
			node.put("hotTechnology", (Boolean) node.get("hotTechnology") || hot.equals("Y"));
			addSorted(node, "commodityCodes", commodity);
			addSorted(node, "commodityTitles", commodityTitle);
			String key = code + "\t" + id;
			Map<String, Object> existing = requirements.get(key);
			if (existing != null) {
				file.skip("technology listed again for the same occupation under another commodity: merged");
				if (inDemand.equals("Y")) {
					existing.put("inDemand", true);
					existing.put("priority", "essential");
				}
				continue;
			}
			Map<String, Object> properties = requirement(inDemand.equals("Y") ? "essential" : "desirable", null, null,
					table.name(), "Technology Skills / " + commodityTitle + " (" + commodity + ")",
					example + "; Hot Technology: " + hot + "; In Demand: " + inDemand);
			properties.put("hotTechnology", hot.equals("Y"));
			properties.put("inDemand", inDemand.equals("Y"));
			properties.put("occupation", code);
			requirements.put(key, properties);
		}
		NodeSet capabilities = this.plan.nodes(table.name(), "Capability", "(:Capability:Skill) technologies");
		nodes.forEach((id, node) -> {
			node.put("description", "Technology used at work (UNSPSC commodities: "
					+ String.join("; ", (List<String>) node.get("commodityTitles")) + ").");
			capabilities.add(id, List.of("Skill"), node);
		});
		RelationshipSet requires = requires(table.name());
		requirements.forEach((key, properties) -> {
			String code = (String) properties.remove("occupation");
			requires.add(OnetReader.id(code), key.substring(key.indexOf('\t') + 1), properties);
		});
	}

	private Map<String, Object> technologyNode(String id, String example) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("id", id);
		node.put("kind", "Skill");
		node.put("name", example);
		node.put("framework", Framework.ONET.id());
		node.put("sourceId", example);
		node.put("technology", true);
		node.put("hotTechnology", false);
		node.put("commodityCodes", new java.util.ArrayList<String>());
		node.put("commodityTitles", new java.util.ArrayList<String>());
		node.put("release", this.release);
		return node;
	}

	@SuppressWarnings("unchecked")
	private static void addSorted(Map<String, Object> node, String key, String value) {
		List<String> values = (List<String>) node.get(key);
		if (!values.contains(value)) {
			values.add(value);
			values.sort(null);
		}
	}

	/**
	 * Education, Training, and Experience.txt: for required education (RL) and related work experience (RW), the
	 * median category of the respondents' answers becomes one requirement of a qualification.
	 */
	void education(SourceTable table, @Nullable SourceTable categories) {
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
			String code = code(table, row);
			String scaleId = Values.oneOf(table, row, "Scale ID", this.problems, "RL", "RW", "PT", "OJ", "IM");
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
			Double category = Values.number(table, row, "Category", 1, 12, this.problems);
			Double share = Values.number(table, row, "Data Value", 0, 100, this.problems);
			String suppress = Values.oneOf(table, row, "Recommend Suppress", this.problems, "Y", "N", "n/a", "");
			if (category == null || share == null || suppress == null) {
				continue;
			}
			if (!this.occupations.contains(code)) {
				file.skip(NOT_IN_OCCUPATIONS);
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
		NodeSet capabilities = this.plan.nodes(table.name(), "Capability", "(:Capability:Qualification)");
		RelationshipSet requires = requires(table.name());
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
				capabilities.add(id, List.of("Qualification"), qualification(id, education, median, description));
			}
			String distributionText = distribution.entrySet().stream()
				.filter(e -> e.getValue() > 0)
				.map(e -> e.getKey() + ": " + number(e.getValue()) + "%")
				.collect(Collectors.joining(", "));
			Map<String, Object> properties = requirement("essential", null, null, table.name(),
					"Education, Training, and Experience / " + (education ? "Required Level of Education (RL)"
							: "Related Work Experience (RW)"),
					"Median category %d (%s), %s%% of respondents in it; all categories: %s".formatted(median,
							shortName(description), number(distribution.get(median)), distributionText));
			properties.put("shareOfRespondents", distribution.get(median));
			requires.add(OnetReader.id(code), id, properties);
		});
	}

	private Map<String, Object> qualification(String id, boolean education, int category, String description) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("id", id);
		node.put("kind", "Qualification");
		node.put("name", education ? shortName(description)
				: "Related work experience: " + description.substring(0, 1).toLowerCase(Locale.ROOT)
						+ description.substring(1));
		node.put("description", description);
		node.put("qualificationType", education ? "qualification-level" : "experience");
		node.put("framework", Framework.ONET.id());
		node.put("sourceId", (education ? "2.D.1 RL" : "3.A.1 RW") + " category " + category);
		node.put("release", this.release);
		return node;
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

	private Map<String, Object> capability(String element, String kind, String name, String domain) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("id", OnetReader.id(element));
		node.put("kind", kind);
		node.put("name", name);
		node.put("description", this.descriptions.get(element));
		node.put("framework", Framework.ONET.id());
		node.put("sourceId", element);
		node.put("externalIds", List.of(OnetReader.id(element)));
		node.put("onetDomain", domain);
		node.put("release", this.release);
		return node;
	}

	private Map<String, Object> requirement(String priority, @Nullable Double level, @Nullable Double importance,
			String file, String section, String text) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("priority", priority);
		properties.put("level", level);
		properties.put("importance", importance);
		properties.put("derivedFromDuty", false);
		properties.put("sourceDocument", file);
		properties.put("sourceSection", section);
		properties.put("sourceText", text);
		return properties;
	}

	private RelationshipSet requires(String file) {
		return this.plan.relationships(file, "REQUIRES", "Job", "Capability", "(:Job)-[:REQUIRES]->(:Capability)",
				file, false);
	}

	private @Nullable String code(SourceTable table, Row row) {
		return Values.matching(table, row, OnetReader.CODE, OnetReader.SOC_CODE, "an O*NET-SOC code such as "
				+ "15-1244.00", this.problems);
	}

	private @Nullable String element(SourceTable table, Row row) {
		return Values.matching(table, row, "Element ID", OnetReader.ELEMENT_ID, "an O*NET element id such as 2.A.2.a",
				this.problems);
	}

	private @Nullable String name(SourceTable table, Row row) {
		String name = table.get(row, "Element Name");
		if (name.isEmpty()) {
			this.problems.add(table.name(), row.line(), "Element Name is empty");
			return null;
		}
		return name;
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

}
