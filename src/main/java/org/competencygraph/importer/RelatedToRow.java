package org.competencygraph.importer;

import java.util.Map;

/**
 * A skill related to another ({@code RELATED_TO}).
 *
 * @param relationType how, in the source's words: ESCO's {@code essential} or {@code optional}
 */
public record RelatedToRow(String from, String to, String relationType) implements RelationshipRow {

	@Override
	public Map<String, Object> properties() {
		return new PropertyMap().put("relationType", this.relationType).toMap();
	}

}
