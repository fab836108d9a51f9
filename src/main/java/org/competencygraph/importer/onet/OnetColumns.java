package org.competencygraph.importer.onet;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.competencygraph.importer.GraphPlan;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.competencygraph.importer.Problems;
import org.competencygraph.importer.RequiresRow;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Row;
import org.competencygraph.importer.Values;
import org.jspecify.annotations.Nullable;

/**
 * The checks of the columns O*NET's files share (the occupation's code, the content model's element id and name),
 * the occupations a row may name, and how numbers are put in words: what every file of requirements needs.
 */
final class OnetColumns {

	static final String CODE = "O*NET-SOC Code";

	static final String SOC_CODE = "\\d{2}-\\d{4}\\.\\d{2}";

	static final String ELEMENT_ID = "\\d+(\\.[A-Za-z0-9]+)*";

	/** The reason a row of an occupation the release does not define is skipped. */
	static final String NOT_IN_OCCUPATIONS = "occupation not in " + OnetReader.OCCUPATIONS;

	private final Problems problems;

	private final Set<String> occupations;

	OnetColumns(Problems problems, Set<String> occupations) {
		this.problems = problems;
		this.occupations = occupations;
	}

	Problems problems() {
		return this.problems;
	}

	/** Whether {@code code} is an occupation of the release. */
	boolean isOccupation(String code) {
		return this.occupations.contains(code);
	}

	@Nullable String code(SourceTable table, Row row) {
		return Values.matching(table, row, CODE, SOC_CODE, "an O*NET-SOC code such as 15-1244.00", this.problems);
	}

	@Nullable String element(SourceTable table, Row row) {
		return Values.matching(table, row, "Element ID", ELEMENT_ID, "an O*NET element id such as 2.A.2.a",
				this.problems);
	}

	@Nullable String name(SourceTable table, Row row) {
		String name = table.get(row, "Element Name");
		if (name.isEmpty()) {
			this.problems.add(table.name(), row.line(), "Element Name is empty");
			return null;
		}
		return name;
	}

	/** Content Model Reference.txt: the description of each element. */
	Map<String, String> descriptions(SourceTable table) {
		Map<String, String> descriptions = new HashMap<>();
		for (Row row : table.rows()) {
			String element = Values.matching(table, row, "Element ID", ELEMENT_ID, "an O*NET element id such as "
					+ "2.A.2.a", this.problems);
			String description = table.get(row, "Description");
			if (element != null && !description.isEmpty()) {
				descriptions.put(element, description);
			}
		}
		return descriptions;
	}

	/** The requirements read from {@code file}; an import prunes those of the file the release no longer has. */
	static RelationshipSet<RequiresRow> requires(GraphPlan plan, String file) {
		return plan.requires(file, file);
	}

	/** A number in the words of a requirement's source text: whole numbers without decimals. */
	static String number(double value) {
		return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

}
