package org.competencygraph.importer;

import java.util.List;
import java.util.Map;

/**
 * A node a framework import writes, one record type per kind of node, so that the compiler checks what a reader
 * writes. Each record's {@link #properties()} is the one place where it becomes driver parameters; only the writer
 * calls it.
 */
public sealed interface NodeRow permits OrganizationRow, JobFamilyRow, OccupationRow, CapabilityRow, SkillGroupRow,
		DutyRow, WorkActivityRow {

	/** The node's id, e.g. {@code onet:15-1244.00}; unique under its {@link #keyLabel()}. */
	String id();

	KeyLabel keyLabel();

	/** The labels besides the key label, e.g. the capability's kind. */
	List<String> labels();

	/** The node's properties, {@code id} included, as the driver takes them. */
	Map<String, Object> properties();

}
