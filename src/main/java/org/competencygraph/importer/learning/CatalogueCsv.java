package org.competencygraph.importer.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.competencygraph.importer.Problems;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.learning.CatalogueEntry.Kind;
import org.competencygraph.importer.learning.CatalogueEntry.Reference;
import org.competencygraph.learning.LearningResource;
import org.jspecify.annotations.Nullable;

/**
 * Reads a catalogue in CSV, as a learning management system exports it: a header naming the columns (in any order),
 * one resource a row, {@code teaches} and {@code prerequisites} as {@code ;}-separated lists of
 * {@code skill[:level]}. Lines starting with {@code #} are comments. Every row is checked; each problem names the
 * file, the line and the field.
 */
final class CatalogueCsv {

	static final List<String> REQUIRED = List.of("id", "title", "type", "teaches");

	static final List<String> COLUMNS = List.of("id", "title", "provider", "type", "hours", "cost", "currency",
			"format", "language", "url", "level", "description", "teaches", "prerequisites", "source");

	/** As many resources as the YAML format's schema allows in one file. */
	static final int MAX_ROWS = 5000;

	static final Pattern ID = Pattern.compile("[a-z0-9]+([-/.:_][a-z0-9]+)*");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private final ProficiencyScale scale;

	CatalogueCsv(ProficiencyScale scale) {
		this.scale = scale;
	}

	/** The file's resources, or an empty list with the reasons in {@code problems}. */
	List<CatalogueEntry> read(String name, String content, Problems problems) {
		SourceTable table = SourceTable.parseCsv(name, content, REQUIRED, problems);
		if (table == null) {
			return List.of();
		}
		List<String> unknown = table.columns().stream().filter(c -> !COLUMNS.contains(c)).sorted().toList();
		if (!unknown.isEmpty()) {
			problems.add(name, 1L, "unknown column " + String.join(", ", unknown.stream().map(c -> "'" + c + "'")
				.toList()) + "; the columns are " + String.join(", ", COLUMNS) + " (id, title, type and teaches "
					+ "required)");
			return List.of();
		}
		if (table.rows().isEmpty()) {
			problems.add(name, "has a header but no resources");
			return List.of();
		}
		if (table.rows().size() > MAX_ROWS) {
			problems.add(name, "has " + table.rows().size() + " resources; split it into files of at most " + MAX_ROWS);
			return List.of();
		}
		List<CatalogueEntry> entries = new ArrayList<>();
		for (SourceTable.Row row : table.rows()) {
			CatalogueEntry entry = new Row(name, table, row, problems).entry();
			if (entry != null) {
				entries.add(entry);
			}
		}
		return entries;
	}

	/** One row being checked; its problems go to the file's. */
	private final class Row {

		private final String file;

		private final SourceTable table;

		private final SourceTable.Row row;

		private final Problems problems;

		private boolean valid = true;

		Row(String file, SourceTable table, SourceTable.Row row, Problems problems) {
			this.file = file;
			this.table = table;
			this.row = row;
			this.problems = problems;
		}

		@Nullable CatalogueEntry entry() {
			String id = required("id");
			if (!id.isEmpty() && !ID.matcher(id).matches()) {
				problem("id", "'" + id + "' is not a valid id: use lower-case letters and digits, words joined by "
						+ "- / . : or _");
			}
			String title = required("title");
			String type = required("type").toUpperCase(Locale.ROOT);
			if (!type.isEmpty() && !LearningResource.TYPES.contains(type)) {
				problem("type", "must be one of " + String.join(", ", LearningResource.TYPES) + ", was '"
						+ value("type") + "'");
			}
			Double hours = number("hours");
			Double cost = number("cost");
			String currency = optional("currency");
			if (currency != null && !CURRENCY.matcher(currency).matches()) {
				problem("currency", "must be an ISO 4217 code of three capital letters (e.g. GBP), was '" + currency
						+ "'");
			}
			if (cost != null && cost > 0 && currency == null) {
				problem("currency", "is required when cost is given");
			}
			List<Reference> teaches = references("teaches", Kind.CAPABILITY);
			if (value("teaches").isEmpty()) {
				problem("teaches", "is required");
			}
			else if (teaches.isEmpty()) {
				problem("teaches", "names no skill");
			}
			List<Reference> prerequisites = references("prerequisites", Kind.RESOURCE_OR_CAPABILITY);
			if (!this.valid) {
				return null;
			}
			return new CatalogueEntry("line " + this.row.line(), id, title, optional("provider"), type, hours, cost,
					currency, optional("format"), optional("language"), optional("url"), optional("level"),
					optional("description"), optional("source"), teaches, prerequisites);
		}

		/** {@code a:3; b; c:working}: the items, each with its level when it ends with {@code :level}. */
		private List<Reference> references(String column, Kind kind) {
			List<Reference> references = new ArrayList<>();
			for (String item : value(column).split(";")) {
				String text = item.strip();
				if (text.isEmpty()) {
					continue;
				}
				Integer level = null;
				int colon = text.lastIndexOf(':');
				if (colon > 0) {
					String suffix = text.substring(colon + 1).strip();
					Integer parsed = Levels.parse(suffix, CatalogueCsv.this.scale);
					if (parsed != null) {
						level = parsed;
						text = text.substring(0, colon).strip();
					}
					else if (suffix.matches("\\d+") || suffix.isEmpty()) {
						problem(column, "'" + item.strip() + "': the level after ':' must be "
								+ Levels.expected(CatalogueCsv.this.scale));
						continue;
					}
				}
				// A prerequisite with a level, or written in words, is a capability; a single token may be a resource.
				Kind itemKind = (kind == Kind.RESOURCE_OR_CAPABILITY && (level != null || text.contains(" ")))
						? Kind.CAPABILITY : kind;
				references.add(new Reference(where(column), text, level, itemKind));
			}
			return references;
		}

		private String required(String column) {
			String value = value(column);
			if (value.isEmpty()) {
				problem(column, "is required");
			}
			return value;
		}

		private @Nullable String optional(String column) {
			String value = value(column);
			return value.isEmpty() ? null : value;
		}

		private @Nullable Double number(String column) {
			String value = value(column);
			if (value.isEmpty()) {
				return null;
			}
			try {
				double number = Double.parseDouble(value);
				if (number < 0 || Double.isNaN(number) || Double.isInfinite(number)) {
					problem(column, "must be a number of at least 0, was '" + value + "'");
					return null;
				}
				return number;
			}
			catch (NumberFormatException ex) {
				problem(column, "must be a number (e.g. 21 or 21.5), was '" + value + "'");
				return null;
			}
		}

		private String value(String column) {
			return this.table.get(this.row, column);
		}

		private String where(String column) {
			return "line " + this.row.line() + ", field '" + column + "'";
		}

		private void problem(String column, String message) {
			this.valid = false;
			this.problems.add(this.file, where(column) + ": " + message);
		}

	}

}
