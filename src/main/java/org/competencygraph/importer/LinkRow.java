package org.competencygraph.importer;

import java.util.Map;

/**
 * A relationship without properties: membership ({@code IN_FAMILY}, {@code IN_ORGANIZATION},
 * {@code OF_ORGANIZATION}) or hierarchy ({@code BROADER}); the set it is in says which.
 */
public record LinkRow(String from, String to) implements RelationshipRow {

	@Override
	public Map<String, Object> properties() {
		return Map.of();
	}

}
