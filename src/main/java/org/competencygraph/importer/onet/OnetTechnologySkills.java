package org.competencygraph.importer.onet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.framework.Framework;
import org.competencygraph.importer.CapabilityRow;
import org.competencygraph.importer.CapabilityRow.Technology;
import org.competencygraph.importer.GraphPlan;
import org.competencygraph.importer.GraphPlan.NodeSet;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.competencygraph.importer.GraphPlan.SourceFile;
import org.competencygraph.importer.RequiresRow;
import org.competencygraph.importer.RequiresRow.OnetTechnology;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Row;
import org.competencygraph.importer.Values;

/**
 * Technology Skills.txt: one capability per technology example, required by the occupations that use it; essential
 * where O*NET says it is in demand for the occupation.
 */
final class OnetTechnologySkills {

	/** A technology as the rows that name it describe it together. */
	private static final class Example {

		private final String name;

		private boolean hot;

		private final TreeSet<String> commodityCodes = new TreeSet<>();

		private final TreeSet<String> commodityTitles = new TreeSet<>();

		Example(String name) {
			this.name = name;
		}

	}

	private final GraphPlan plan;

	private final OnetColumns columns;

	private final String release;

	OnetTechnologySkills(GraphPlan plan, OnetColumns columns, String release) {
		this.plan = plan;
		this.columns = columns;
		this.release = release;
	}

	void read(SourceTable table) {
		SourceFile file = this.plan.file(table.name(), 0);
		Map<String, String> idOfExample = new LinkedHashMap<>();
		Map<String, String> exampleOfId = new LinkedHashMap<>();
		Map<String, Example> examples = new LinkedHashMap<>();
		Map<String, RequiresRow> requirements = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			String code = this.columns.code(table, row);
			String example = table.get(row, "Example");
			String commodity = Values.matching(table, row, "Commodity Code", "\\d{8}", "an 8-digit UNSPSC code",
					this.columns.problems());
			String commodityTitle = table.get(row, "Commodity Title");
			String hot = Values.oneOf(table, row, "Hot Technology", this.columns.problems(), "Y", "N");
			String inDemand = Values.oneOf(table, row, "In Demand", this.columns.problems(), "Y", "N");
			if (example.isEmpty() || commodityTitle.isEmpty()) {
				this.columns.problems().add(table.name(), row.line(), (example.isEmpty() ? "Example" : "Commodity Title")
						+ " is empty");
				continue;
			}
			if (code == null || commodity == null || hot == null || inDemand == null) {
				continue;
			}
			if (!this.columns.isOccupation(code)) {
				file.skip(OnetColumns.NOT_IN_OCCUPATIONS);
				continue;
			}
			String id = idOfExample.computeIfAbsent(example, e -> {
				String candidate = Framework.ONET.idPrefix() + "tech:" + Values.slug(e);
				// Two names with one slug keep apart by a hash of the exact name, stable across runs.
				String unique = exampleOfId.containsKey(candidate) ? candidate + "-" + Values.shortHash(e) : candidate;
				exampleOfId.put(unique, e);
				return unique;
			});
			Example node = examples.computeIfAbsent(id, i -> new Example(example));
			node.hot |= hot.equals("Y");
			node.commodityCodes.add(commodity);
			node.commodityTitles.add(commodityTitle);
			String key = code + "\t" + id;
			RequiresRow existing = requirements.get(key);
			if (existing != null) {
				file.skip("technology listed again for the same occupation under another commodity: merged");
				if (inDemand.equals("Y")) {
					requirements.put(key, inDemand(existing));
				}
				continue;
			}
			requirements.put(key, new RequiresRow(OnetReader.id(code), id,
					inDemand.equals("Y") ? "essential" : "desirable", null, null, table.name(),
					"Technology Skills / " + commodityTitle + " (" + commodity + ")",
					example + "; Hot Technology: " + hot + "; In Demand: " + inDemand,
					new OnetTechnology(hot.equals("Y"), inDemand.equals("Y"))));
		}
		NodeSet<CapabilityRow> capabilities = this.plan.nodes(table.name(), "(:Capability:Skill) technologies");
		examples.forEach((id, example) -> capabilities.add(new CapabilityRow(id, Framework.ONET, example.name,
				this.release, CapabilityKind.SKILL, example.name, "Technology used at work (UNSPSC commodities: "
						+ String.join("; ", example.commodityTitles) + ").",
				null, null, new Technology(example.hot, List.copyOf(example.commodityCodes),
						List.copyOf(example.commodityTitles)))));
		RelationshipSet<RequiresRow> requires = OnetColumns.requires(this.plan, table.name());
		requirements.values().forEach(requires::add);
	}

	/**
	 * The requirement, merged with a row of another commodity that says the technology is in demand: essential. Its
	 * source text stays that of the first row, the one its section names.
	 */
	private static RequiresRow inDemand(RequiresRow requirement) {
		boolean hot = requirement.values() instanceof OnetTechnology technology && technology.hotTechnology();
		return new RequiresRow(requirement.job(), requirement.capability(), "essential", requirement.level(),
				requirement.importance(), requirement.sourceDocument(), requirement.sourceSection(),
				requirement.sourceText(), new OnetTechnology(hot, true));
	}

}
