package org.competencygraph.importer.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.competencygraph.importer.Problems;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.people.PeopleRows.HoldingRow;
import org.competencygraph.importer.people.PeopleRows.PersonRow;
import org.competencygraph.importer.people.PeopleRows.PositionRow;
import org.competencygraph.importer.people.PeopleRows.TeamRow;
import org.jspecify.annotations.Nullable;

/**
 * Reads teams.csv, people.csv and holdings.csv (columns in any order, {@code #} comment lines) and checks every
 * row on its own: required fields, formats, ids unique in the file. Each problem names the file, the line and the
 * field. References between files and to the graph are checked by {@link PeopleImporter}.
 */
final class PeopleCsv {

	static final List<String> TEAM_COLUMNS = List.of("id", "name", "parent", "manager", "positions");

	static final List<String> PERSON_COLUMNS = List.of("id", "name", "email", "employee_number", "username", "job",
			"team", "manager");

	static final List<String> HOLDING_COLUMNS = List.of("person", "capability", "level", "source", "evidence",
			"assessed_at", "assessed_by", "expires");

	static final List<String> SOURCES = List.of("SELF_ASSESSED", "MANAGER_ASSESSED", "CERTIFICATE", "LEARNING");

	static final int MAX_ROWS = 10_000;

	static final int MAX_TEXT = 1000;

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9]+([-/.:_][A-Za-z0-9]+)*");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private PeopleCsv() {
	}

	static List<TeamRow> teams(String name, String content, Problems problems) {
		List<TeamRow> rows = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		SourceTable table = table(name, content, List.of("id", "name"), TEAM_COLUMNS, problems);
		if (table == null) {
			return rows;
		}
		for (SourceTable.Row row : table.rows()) {
			Cells cells = new Cells(name, table, row, problems);
			String id = cells.id("id", ids);
			String teamName = cells.required("name");
			List<PositionRow> positions = new ArrayList<>();
			for (String item : cells.value("positions").split(";")) {
				if (!item.isBlank()) {
					positions.add(cells.position(item.strip()));
				}
			}
			if (cells.valid()) {
				rows.add(new TeamRow(id, teamName, cells.optional("parent"), cells.optional("manager"), positions));
			}
		}
		return rows;
	}

	static List<PersonRow> people(String name, String content, Problems problems) {
		List<PersonRow> rows = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Set<String> usernames = new HashSet<>();
		SourceTable table = table(name, content, List.of("id", "name"), PERSON_COLUMNS, problems);
		if (table == null) {
			return rows;
		}
		for (SourceTable.Row row : table.rows()) {
			Cells cells = new Cells(name, table, row, problems);
			String id = cells.id("id", ids);
			String personName = cells.required("name");
			String email = cells.optional("email");
			if (email != null && !EMAIL.matcher(email).matches()) {
				cells.problem("email", "'" + email + "' is not an e-mail address");
			}
			String username = cells.optional("username");
			if (username != null && !usernames.add(username)) {
				cells.problem("username", "'" + username + "' is used by an earlier row");
			}
			if (id.equals(cells.optional("manager"))) {
				cells.problem("manager", "a person cannot be their own manager");
			}
			if (cells.valid()) {
				rows.add(new PersonRow(id, personName, email, cells.optional("employee_number"), username,
						cells.optional("job"), cells.optional("team"), cells.optional("manager")));
			}
		}
		return rows;
	}

	static List<HoldingRow> holdings(String name, String content, Problems problems) {
		List<HoldingRow> rows = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		SourceTable table = table(name, content, List.of("person", "capability", "source"), HOLDING_COLUMNS, problems);
		if (table == null) {
			return rows;
		}
		for (SourceTable.Row row : table.rows()) {
			Cells cells = new Cells(name, table, row, problems);
			String person = cells.required("person");
			String capability = cells.required("capability");
			if (!person.isEmpty() && !capability.isEmpty() && !keys.add(person + "\u001f" + capability)) {
				cells.problem("capability", "'" + capability + "' is given for '" + person + "' by an earlier row");
			}
			Double level = cells.level("level");
			String source = cells.required("source").toUpperCase(Locale.ROOT).replace('-', '_');
			if (!source.isEmpty() && !SOURCES.contains(source)) {
				cells.problem("source", "must be one of " + String.join(", ", SOURCES).toLowerCase(Locale.ROOT)
					.replace('_', '-') + ", was '" + cells.value("source") + "'");
			}
			String assessedAt = cells.optional("assessed_at");
			if (assessedAt != null && !isDate(assessedAt) && !isDateTime(assessedAt)) {
				cells.problem("assessed_at", "must be an ISO date or date-time, was '" + assessedAt + "'");
			}
			String expires = cells.optional("expires");
			if (expires != null && !isDate(expires)) {
				cells.problem("expires", "must be an ISO date such as 2027-03-31, was '" + expires + "'");
			}
			if (cells.valid()) {
				rows.add(new HoldingRow(person, capability, level, source, cells.optional("evidence"), assessedAt,
						cells.optional("assessed_by"), expires));
			}
		}
		return rows;
	}

	private static @Nullable SourceTable table(String name, String content, List<String> required,
			List<String> columns, Problems problems) {
		SourceTable table = SourceTable.parseCsv(name, content, required, problems);
		if (table == null) {
			return null;
		}
		List<String> unknown = table.columns().stream().filter(c -> !columns.contains(c)).sorted().toList();
		if (!unknown.isEmpty()) {
			problems.add(name, 1L, "unknown column " + String.join(", ", unknown) + "; the columns are "
					+ String.join(", ", columns) + " (" + String.join(", ", required) + " required)");
			return null;
		}
		if (table.rows().size() > MAX_ROWS) {
			problems.add(name, "has " + table.rows().size() + " rows; split it into files of at most " + MAX_ROWS);
			return null;
		}
		return table;
	}

	static boolean isDate(String text) {
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static boolean isDateTime(String text) {
		try {
			OffsetDateTime.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/** The cells of one row; problems name the file, line and column. */
	private static final class Cells {

		private final String file;

		private final SourceTable table;

		private final SourceTable.Row row;

		private final Problems problems;

		private boolean valid = true;

		Cells(String file, SourceTable table, SourceTable.Row row, Problems problems) {
			this.file = file;
			this.table = table;
			this.row = row;
			this.problems = problems;
		}

		boolean valid() {
			return this.valid;
		}

		String value(String column) {
			return this.table.get(this.row, column);
		}

		@Nullable String optional(String column) {
			String value = value(column);
			if (value.length() > MAX_TEXT) {
				problem(column, "is longer than " + MAX_TEXT + " characters");
			}
			return value.isEmpty() ? null : value;
		}

		String required(String column) {
			String value = value(column);
			if (value.isEmpty()) {
				problem(column, "is required");
			}
			else if (value.length() > MAX_TEXT) {
				problem(column, "is longer than " + MAX_TEXT + " characters");
			}
			return value;
		}

		String id(String column, Set<String> seen) {
			String id = required(column);
			if (!id.isEmpty() && !ID.matcher(id).matches()) {
				problem(column, "'" + id + "' is not a valid id: letters and digits, words joined by - / . : or _");
			}
			else if (!id.isEmpty() && !seen.add(id)) {
				problem(column, "'" + id + "' is given by an earlier row");
			}
			return id;
		}

		@Nullable Double level(String column) {
			String text = value(column);
			if (text.isEmpty()) {
				return null;
			}
			try {
				double level = Double.parseDouble(text);
				if (level >= ProficiencyScale.MIN_LEVEL && level <= ProficiencyScale.MAX_LEVEL) {
					return level;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			problem(column, "must be a number from " + (int) ProficiencyScale.MIN_LEVEL + " to "
					+ (int) ProficiencyScale.MAX_LEVEL + ", was '" + text + "'");
			return null;
		}

		/** {@code job=count} or {@code job=count@2027-06-30}. */
		PositionRow position(String item) {
			String[] parts = item.split("[=@]", -1);
			if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
				problem("positions", "'" + item + "' is not job=count or job=count@date");
				return new PositionRow(item, 1, null);
			}
			int count = 0;
			try {
				count = Integer.parseInt(parts[1].strip());
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			if (count < 1 || count > 1000) {
				problem("positions", "'" + item + "': the count must be a whole number from 1 to 1000");
			}
			String by = parts.length == 3 ? parts[2].strip() : null;
			if (by != null && !isDate(by)) {
				problem("positions", "'" + item + "': the date must be an ISO date such as 2027-06-30");
			}
			return new PositionRow(parts[0].strip(), count, by);
		}

		void problem(String column, String message) {
			this.valid = false;
			this.problems.add(this.file, this.row.line(), column + ": " + message);
		}

	}

}
