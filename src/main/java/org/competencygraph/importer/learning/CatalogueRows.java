package org.competencygraph.importer.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a catalogue file writes, one record type per kind of row, so that the compiler checks what the planner
 * builds; {@link #parameters} is the one place a row becomes driver parameters.
 */
final class CatalogueRows {

	private CatalogueRows() {
	}

	sealed interface Row permits ResourceRow, TeachingRow, CapabilityPrerequisiteRow, ResourcePrerequisiteRow {

		Map<String, Object> parameters();

	}

	/** A {@code (:LearningResource)}; its properties replace the stored ones, absent values left out. */
	record ResourceRow(String id, String title, @Nullable String provider, String type, @Nullable Double hours,
			@Nullable Double cost, @Nullable String currency, @Nullable String format, @Nullable String language,
			@Nullable String url, @Nullable String level, @Nullable String description, @Nullable String source)
			implements Row {

		static ResourceRow of(CatalogueEntry entry) {
			return new ResourceRow(entry.id(), entry.title(), entry.provider(), entry.type(), entry.hours(),
					entry.cost(), entry.currency(), entry.format(), entry.language(), entry.url(), entry.level(),
					entry.description(), entry.source());
		}

		@Override
		public Map<String, Object> parameters() {
			Map<String, Object> properties = new LinkedHashMap<>();
			put(properties, "id", this.id);
			put(properties, "title", this.title);
			put(properties, "provider", this.provider);
			put(properties, "type", this.type);
			put(properties, "hours", this.hours);
			put(properties, "cost", this.cost);
			put(properties, "currency", this.currency);
			put(properties, "format", this.format);
			put(properties, "language", this.language);
			put(properties, "url", this.url);
			put(properties, "level", this.level);
			put(properties, "description", this.description);
			put(properties, "source", this.source);
			return Map.of("id", this.id, "properties", properties);
		}

	}

	/** {@code (:LearningResource)-[:TEACHES {level, method, score, evidence}]->(:Capability)}. */
	record TeachingRow(String resourceId, String capabilityId, @Nullable Integer level, String method, double score,
			String evidence) implements Row {

		@Override
		public Map<String, Object> parameters() {
			return matched(this.resourceId, this.capabilityId, this.level, this.method, this.score, this.evidence);
		}

	}

	/** {@code (:LearningResource)-[:PREREQUISITE {level}]->(:Capability)}. */
	record CapabilityPrerequisiteRow(String resourceId, String capabilityId, @Nullable Integer level, String method,
			double score, String evidence) implements Row {

		@Override
		public Map<String, Object> parameters() {
			return matched(this.resourceId, this.capabilityId, this.level, this.method, this.score, this.evidence);
		}

	}

	/** {@code (:LearningResource)-[:PREREQUISITE]->(:LearningResource)}. */
	record ResourcePrerequisiteRow(String resourceId, String prerequisiteId) implements Row {

		@Override
		public Map<String, Object> parameters() {
			return Map.of("from", this.resourceId, "to", this.prerequisiteId, "properties", Map.of());
		}

	}

	static List<Map<String, Object>> parameters(List<? extends Row> rows) {
		return rows.stream().map(Row::parameters).toList();
	}

	/** A relationship to a capability the catalogue named: its level and how the words were matched. */
	private static Map<String, Object> matched(String from, String to, @Nullable Integer level, String method,
			double score, String evidence) {
		Map<String, Object> properties = new LinkedHashMap<>();
		put(properties, "level", level);
		properties.put("method", method);
		properties.put("score", score);
		properties.put("evidence", evidence);
		return Map.of("from", from, "to", to, "properties", properties);
	}

	private static void put(Map<String, Object> properties, String key, @Nullable Object value) {
		if (value != null) {
			properties.put(key, value);
		}
	}

}
