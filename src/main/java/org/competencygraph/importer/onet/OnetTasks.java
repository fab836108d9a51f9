package org.competencygraph.importer.onet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.competencygraph.framework.Framework;
import org.competencygraph.importer.DutyRow;
import org.competencygraph.importer.GraphPlan;
import org.competencygraph.importer.GraphPlan.NodeSet;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.competencygraph.importer.GraphPlan.SourceFile;
import org.competencygraph.importer.HasDutyRow;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Row;
import org.competencygraph.importer.Values;

/**
 * Task Statements.txt: each task statement a duty of its occupation ({@code onet:task:<Task ID>}), in the order of
 * the file; {@code core} from the Task Type (Core, Supplemental, or n/a: not rated).
 */
final class OnetTasks {

	static final String TASK_ID = "Task ID";

	static final String TASK_TYPE = "Task Type";

	/** The id of the duty node of a task statement. */
	static String dutyId(String taskId) {
		return Framework.ONET.idPrefix() + "task:" + taskId;
	}

	private final GraphPlan plan;

	private final OnetColumns columns;

	private final String release;

	OnetTasks(GraphPlan plan, OnetColumns columns, String release) {
		this.plan = plan;
		this.columns = columns;
		this.release = release;
	}

	/** Reads the file; returns the Task IDs of the duties it adds (the tasks of the release's occupations). */
	Set<String> read(SourceTable table) {
		SourceFile file = this.plan.file(table.name(), 0);
		NodeSet<DutyRow> duties = this.plan.nodes(table.name(), "(:Duty) task statements");
		RelationshipSet<HasDutyRow> hasDuty = this.plan.hasDuty(table.name());
		Set<String> taskIds = new HashSet<>();
		Set<String> added = new HashSet<>();
		Map<String, Long> dutiesOfOccupation = new HashMap<>();
		for (Row row : table.rows()) {
			String code = this.columns.code(table, row);
			String taskId = Values.matching(table, row, TASK_ID, "\\d{1,9}", "a task id (a whole number)",
					this.columns.problems());
			String type = Values.oneOf(table, row, TASK_TYPE, this.columns.problems(), "Core", "Supplemental", "n/a");
			String text = table.get(row, "Task");
			if (text.isEmpty()) {
				this.columns.problems().add(table.name(), row.line(), "Task is empty");
				continue;
			}
			if (code == null || taskId == null || type == null) {
				continue;
			}
			if (!taskIds.add(taskId)) {
				this.columns.problems().add(table.name(), row.line(), "Task ID " + taskId + " is listed twice");
				continue;
			}
			if (!this.columns.isOccupation(code)) {
				file.skip(OnetColumns.NOT_IN_OCCUPATIONS);
				continue;
			}
			String id = dutyId(taskId);
			Boolean core = switch (type) {
				case "Core" -> true;
				case "Supplemental" -> false;
				default -> null;
			};
			added.add(taskId);
			duties.add(new DutyRow(id, Framework.ONET, taskId, this.release, text, DutyRow.TASK, core));
			long order = dutiesOfOccupation.merge(code, 1L, Long::sum) - 1;
			hasDuty.add(new HasDutyRow(OnetReader.id(code), id, order));
		}
		return added;
	}

}
