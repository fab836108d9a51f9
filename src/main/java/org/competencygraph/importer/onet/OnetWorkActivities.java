package org.competencygraph.importer.onet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.competencygraph.framework.Framework;
import org.competencygraph.importer.GraphPlan;
import org.competencygraph.importer.GraphPlan.NodeSet;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.competencygraph.importer.GraphPlan.SourceFile;
import org.competencygraph.importer.KeyLabel;
import org.competencygraph.importer.LinkRow;
import org.competencygraph.importer.RelationshipType;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Row;
import org.competencygraph.importer.Values;
import org.competencygraph.importer.WorkActivityRow;
import org.jspecify.annotations.Nullable;

/**
 * O*NET's detailed work activities: DWA Reference.txt (each DWA with its IWA and work activity element; the IWA's
 * title from IWA Reference.txt, if there) as {@code (:WorkActivity)} nodes, and Tasks to DWAs.txt as
 * {@code (:Duty)-[:INVOLVES]->(:WorkActivity)} from each task statement to the DWAs it involves. What an occupation
 * does is then the DWAs of its tasks, comparable across occupations where the task texts are not.
 */
final class OnetWorkActivities {

	static final String DWA_ID = "DWA ID";

	static final String IWA_ID = "IWA ID";

	/** A DWA ID: the work activity element, then .I<n> for its IWA and .D<n> for itself. */
	private static final String DWA_PATTERN = OnetColumns.ELEMENT_ID;

	private final GraphPlan plan;

	private final OnetColumns columns;

	private final String release;

	/** The DWA IDs the reference defines. */
	private final Set<String> activities = new HashSet<>();

	OnetWorkActivities(GraphPlan plan, OnetColumns columns, String release) {
		this.plan = plan;
		this.columns = columns;
		this.release = release;
	}

	/** DWA Reference.txt, with the IWAs' titles from IWA Reference.txt when given. */
	void reference(SourceTable table, @Nullable SourceTable iwas) {
		Map<String, String> iwaTitles = new HashMap<>();
		if (iwas != null) {
			for (Row row : iwas.rows()) {
				String iwa = Values.matching(iwas, row, IWA_ID, DWA_PATTERN, "an IWA id such as 4.A.1.a.1.I01",
						this.columns.problems());
				String title = iwas.get(row, "IWA Title");
				if (iwa != null && !title.isEmpty()) {
					iwaTitles.put(iwa, title);
				}
			}
		}
		this.plan.file(table.name(), 0);
		NodeSet<WorkActivityRow> nodes = this.plan.nodes(table.name(), "(:WorkActivity) detailed work activities");
		for (Row row : table.rows()) {
			String element = this.columns.element(table, row);
			String iwa = Values.matching(table, row, IWA_ID, DWA_PATTERN, "an IWA id such as 4.A.1.a.1.I01",
					this.columns.problems());
			String dwa = Values.matching(table, row, DWA_ID, DWA_PATTERN, "a DWA id such as 4.A.1.a.1.I01.D01",
					this.columns.problems());
			String title = table.get(row, "DWA Title");
			if (title.isEmpty()) {
				this.columns.problems().add(table.name(), row.line(), "DWA Title is empty");
				continue;
			}
			if (element == null || iwa == null || dwa == null) {
				continue;
			}
			if (!this.activities.add(dwa)) {
				this.columns.problems().add(table.name(), row.line(), "DWA ID " + dwa + " is listed twice");
				continue;
			}
			nodes.add(new WorkActivityRow(id(dwa), Framework.ONET, dwa, this.release, title, iwa,
					iwaTitles.get(iwa), element));
		}
	}

	/**
	 * Tasks to DWAs.txt: each task statement imported (by Task ID) to the DWAs it involves; rows of tasks not
	 * imported or of DWAs the reference does not define are skipped and counted.
	 */
	void tasks(SourceTable table, Set<String> taskIds) {
		SourceFile file = this.plan.file(table.name(), 0);
		RelationshipSet<LinkRow> involves = this.plan.relationships(table.name(), RelationshipType.INVOLVES,
				KeyLabel.DUTY, KeyLabel.WORK_ACTIVITY, null, true);
		Set<String> pairs = new HashSet<>();
		for (Row row : table.rows()) {
			String code = this.columns.code(table, row);
			String taskId = Values.matching(table, row, OnetTasks.TASK_ID, "\\d{1,9}", "a task id (a whole number)",
					this.columns.problems());
			String dwa = Values.matching(table, row, DWA_ID, DWA_PATTERN, "a DWA id such as 4.A.1.a.1.I01.D01",
					this.columns.problems());
			if (code == null || taskId == null || dwa == null) {
				continue;
			}
			if (!this.columns.isOccupation(code)) {
				file.skip(OnetColumns.NOT_IN_OCCUPATIONS);
			}
			else if (!taskIds.contains(taskId)) {
				file.skip("task not in " + OnetReader.TASKS);
			}
			else if (!this.activities.contains(dwa)) {
				file.skip("DWA not in " + OnetReader.DWA_REFERENCE);
			}
			else if (pairs.add(taskId + " " + dwa)) {
				involves.add(new LinkRow(OnetTasks.dutyId(taskId), id(dwa)));
			}
		}
	}

	static String id(String dwa) {
		return Framework.ONET.idPrefix() + "dwa:" + dwa;
	}

}
