package org.competencygraph.importer.onet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.importer.GraphPlan.SourceFile;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Row;
import org.competencygraph.importer.Values;

/**
 * Interests.txt: per occupation its occupational interest (scale OI, 1-7) in each of the six RIASEC types, who tends
 * to do the work. The high-point codes (scale IH) are derived from the same ratings and not kept. An occupation
 * gets its interests only when all six are rated.
 */
final class OnetInterests {

	/** The RIASEC types' element ids in the order the vector holds them (Holland's order). */
	static final List<String> TYPES = List.of("1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e", "1.B.1.f");

	private OnetInterests() {
	}

	/** The interest vector (R, I, A, S, E, C) per occupation code. */
	static Map<String, List<Double>> read(SourceTable table, OnetColumns columns, SourceFile file) {
		Map<String, double[]> ratings = new HashMap<>();
		for (Row row : table.rows()) {
			if (!"OI".equals(table.get(row, "Scale ID"))) {
				file.skip("not an occupational interest rating (OI): the high-point codes (IH) follow from them");
				continue;
			}
			String code = columns.code(table, row);
			String element = columns.element(table, row);
			Double value = Values.number(table, row, "Data Value", 1, 7, columns.problems());
			if (code == null || element == null || value == null) {
				continue;
			}
			int type = TYPES.indexOf(element);
			if (type < 0) {
				file.skip("not a RIASEC interest");
				continue;
			}
			if (!columns.isOccupation(code)) {
				file.skip(OnetColumns.NOT_IN_OCCUPATIONS);
				continue;
			}
			double[] vector = ratings.computeIfAbsent(code, c -> {
				double[] fresh = new double[TYPES.size()];
				Arrays.fill(fresh, Double.NaN);
				return fresh;
			});
			vector[type] = value;
		}
		Map<String, List<Double>> interests = new HashMap<>();
		ratings.forEach((code, vector) -> {
			if (Arrays.stream(vector).noneMatch(Double::isNaN)) {
				List<Double> values = new ArrayList<>();
				Arrays.stream(vector).forEach(values::add);
				interests.put(code, List.copyOf(values));
			}
			else {
				file.leaveOut("interests of an occupation not rated in all six RIASEC types");
			}
		});
		return interests;
	}

}
