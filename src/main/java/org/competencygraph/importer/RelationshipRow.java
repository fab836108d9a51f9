package org.competencygraph.importer;

import java.util.Map;

/**
 * A relationship a framework import writes between two nodes of the same import, named by their ids; one record
 * type per kind of properties, so that the compiler checks what a reader writes. Each record's {@link #properties()}
 * is the one place where it becomes driver parameters; only the writer calls it.
 */
public sealed interface RelationshipRow permits RequiresRow, RelatedToRow, LinkRow, HasDutyRow {

	/** The id of the start node. */
	String from();

	/** The id of the end node. */
	String to();

	/** The relationship's properties as the driver takes them. */
	Map<String, Object> properties();

}
