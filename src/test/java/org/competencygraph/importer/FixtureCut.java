package org.competencygraph.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cuts the fixture releases in src/test/resources/frameworks from the full O*NET 30.1 and ESCO 1.1.1 releases:
 * a few occupations a careers adviser would put side by side (the ICT roles near the seed jobs, and a few unrelated
 * ones as contrast) and every row of every file the importers read that belongs to them. Rows are copied as
 * released, byte for byte (header, encoding, line endings, quoting), so the fixtures test the importers on what
 * the real files look like. Needs nothing but a JDK, so that anyone can re-cut with the command in
 * src/test/resources/frameworks/README.md:
 * <pre>
 * java src/test/java/org/competencygraph/importer/FixtureCut.java ../shared/data src/test/resources/frameworks
 * </pre>
 */
public final class FixtureCut {

	/** O*NET-SOC codes: computer occupations near the seed roles, then contrast. */
	static final List<String> ONET_OCCUPATIONS = List.of("15-1244.00", "15-1231.00", "15-1232.00", "15-1211.00",
			"15-1212.00", "11-3021.00",
			// Has no Skills or Knowledge ratings and no job zone, as 122 occupations of the release.
			"15-1299.00", "53-3051.00", "29-1141.00", "35-2014.00");

	/** O*NET files read whole: reference tables, not rows of occupations. */
	static final List<String> ONET_WHOLE = List.of("Read Me.txt", "Content Model Reference.txt",
			"Job Zone Reference.txt", "Education, Training, and Experience Categories.txt");

	/** O*NET files cut to the rows of the occupations. */
	static final List<String> ONET_BY_OCCUPATION = List.of("Occupation Data.txt", "Alternate Titles.txt",
			"Job Zones.txt", "Skills.txt", "Knowledge.txt", "Work Styles.txt", "Technology Skills.txt",
			"Education, Training, and Experience.txt", "Task Statements.txt", "Tasks to DWAs.txt", "Interests.txt");

	/** ESCO occupations by preferred label: ICT roles near the seed roles, then contrast. */
	static final List<String> ESCO_OCCUPATIONS = List.of("ICT system administrator", "ICT network administrator",
			"ICT network engineer", "ICT help desk agent", "ICT help desk manager", "cook", "bus driver");

	/** The occupation the ESCO 1.1.1 relations name 67 times that occupations_en.csv does not have. */
	static final String ESCO_MISSING_OCCUPATION = "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e";

	/** How many of its relation rows the cut keeps, so that the importer's report of them is tested. */
	static final int ESCO_MISSING_OCCUPATION_ROWS = 3;

	static final List<String> ESCO_COLLECTIONS = List.of("digitalSkillsCollection_en.csv",
			"greenSkillsCollection_en.csv", "transversalSkillsCollection_en.csv", "languageSkillsCollection_en.csv");

	private FixtureCut() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("Usage: java FixtureCut.java SHARED_DATA_DIR TARGET_DIR");
			System.exit(2);
		}
		Path data = Path.of(args[0]);
		Path target = Path.of(args[1]);
		cutOnet(data.resolve("onet-30.1"), target.resolve("onet-30.1"));
		cutEsco(data.resolve("esco-1.1.1"), target.resolve("esco-1.1.1"));
	}

	static void cutOnet(Path release, Path target) throws IOException {
		Files.createDirectories(target);
		for (String file : ONET_WHOLE) {
			Files.copy(release.resolve(file), target.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		Set<String> codes = Set.copyOf(ONET_OCCUPATIONS);
		for (String file : ONET_BY_OCCUPATION) {
			// Tab-separated without quoting: a record is a line; the code is the first column in every file.
			Table table = Table.read(release.resolve(file), '\t', false);
			table.write(target.resolve(file), row -> codes.contains(row.get("O*NET-SOC Code")));
		}
		// The detailed work activities the kept tasks involve, and their intermediate work activities (IWA): the
		// reference tables cut to what the occupations use (all 2,087 DWAs would be most of the fixture).
		Set<String> activities = new LinkedHashSet<>();
		Table.read(release.resolve("Tasks to DWAs.txt"), '\t', false).rows.stream()
			.filter(row -> codes.contains(row.get("O*NET-SOC Code")))
			.forEach(row -> activities.add(row.get("DWA ID")));
		Table dwas = Table.read(release.resolve("DWA Reference.txt"), '\t', false);
		Set<String> iwas = new LinkedHashSet<>();
		dwas.rows.stream().filter(row -> activities.contains(row.get("DWA ID"))).forEach(row -> iwas.add(row.get("IWA ID")));
		dwas.write(target.resolve("DWA Reference.txt"), row -> activities.contains(row.get("DWA ID")));
		Table.read(release.resolve("IWA Reference.txt"), '\t', false)
			.write(target.resolve("IWA Reference.txt"), row -> iwas.contains(row.get("IWA ID")));
	}

	static void cutEsco(Path release, Path target) throws IOException {
		Path classification = release.resolve("classification_en");
		Path relations = release.resolve("relations");
		Table occupations = csv(classification.resolve("occupations_en.csv"));
		Table occupationHierarchy = csv(relations.resolve("broaderRelationsOccPillar.csv"));
		Table requirements = csv(relations.resolve("occupationSkillRelations.csv"));
		Table skills = csv(classification.resolve("skills_en.csv"));
		Table skillGroups = csv(classification.resolve("skillGroups_en.csv"));
		Table skillHierarchy = csv(relations.resolve("broaderRelationsSkillPillar.csv"));

		// The occupations, and every concept above them in the occupation pillar (broader occupations, ISCO groups).
		Set<String> chosen = new LinkedHashSet<>();
		for (String label : ESCO_OCCUPATIONS) {
			Map<String, String> row = occupations.rows.stream().filter(r -> r.get("preferredLabel").equals(label))
				.findFirst().orElseThrow(() -> new IllegalStateException("no ESCO occupation " + label)).values();
			chosen.add(row.get("conceptUri"));
		}
		Set<String> occupationPillar = upwards(chosen, occupationHierarchy);
		Set<String> occupationUris = new LinkedHashSet<>();
		occupations.rows.stream().map(r -> r.get("conceptUri")).filter(occupationPillar::contains)
			.forEach(occupationUris::add);

		// Their requirements, and a few of the relations to the occupation the release lacks.
		int[] missing = { 0 };
		Predicate<Row> requirement = row -> occupationUris.contains(row.get("occupationUri"))
				|| (row.get("occupationUri").equals(ESCO_MISSING_OCCUPATION)
						&& missing[0]++ < ESCO_MISSING_OCCUPATION_ROWS);
		List<Row> keptRequirements = requirements.rows.stream().filter(requirement).toList();

		// The skills they require, and every skill and skill group above those in the skill pillar.
		Set<String> required = new LinkedHashSet<>();
		keptRequirements.forEach(r -> required.add(r.get("skillUri")));
		Set<String> skillPillar = upwards(required, skillHierarchy);

		Path classificationTarget = target.resolve("classification_en");
		Path relationsTarget = target.resolve("relations");
		Files.createDirectories(classificationTarget);
		Files.createDirectories(relationsTarget);
		occupations.write(classificationTarget.resolve("occupations_en.csv"),
				r -> occupationUris.contains(r.get("conceptUri")));
		csv(classification.resolve("ISCOGroups_en.csv")).write(classificationTarget.resolve("ISCOGroups_en.csv"),
				r -> occupationPillar.contains(r.get("conceptUri")));
		occupationHierarchy.write(relationsTarget.resolve("broaderRelationsOccPillar.csv"),
				r -> occupationPillar.contains(r.get("conceptUri")));
		Set<String> keptRequirementRows = new java.util.HashSet<>();
		keptRequirements.forEach(r -> keptRequirementRows.add(r.text()));
		requirements.write(relationsTarget.resolve("occupationSkillRelations.csv"),
				r -> keptRequirementRows.contains(r.text()));
		skills.write(classificationTarget.resolve("skills_en.csv"), r -> skillPillar.contains(r.get("conceptUri")));
		skillGroups.write(classificationTarget.resolve("skillGroups_en.csv"),
				r -> skillPillar.contains(r.get("conceptUri")));
		skillHierarchy.write(relationsTarget.resolve("broaderRelationsSkillPillar.csv"),
				r -> skillPillar.contains(r.get("conceptUri")));
		csv(relations.resolve("skillSkillRelations.csv")).write(relationsTarget.resolve("skillSkillRelations.csv"),
				r -> skillPillar.contains(r.get("originalSkillUri")) && skillPillar.contains(r.get("relatedSkillUri")));
		for (String collection : ESCO_COLLECTIONS) {
			csv(classification.resolve(collection)).write(classificationTarget.resolve(collection),
					r -> skillPillar.contains(r.get("conceptUri")));
		}
	}

	/** The concepts and every concept above them by {@code conceptUri -> broaderUri}. */
	private static Set<String> upwards(Set<String> start, Table hierarchy) {
		Map<String, List<String>> broader = new HashMap<>();
		hierarchy.rows.forEach(r -> broader.computeIfAbsent(r.get("conceptUri"), k -> new ArrayList<>())
			.add(r.get("broaderUri")));
		Set<String> all = new LinkedHashSet<>(start);
		Deque<String> todo = new ArrayDeque<>(start);
		while (!todo.isEmpty()) {
			for (String parent : broader.getOrDefault(todo.pop(), List.of())) {
				if (all.add(parent)) {
					todo.push(parent);
				}
			}
		}
		return all;
	}

	private static Table csv(Path file) throws IOException {
		return Table.read(file, ',', true);
	}

	/** A row's text as in the file (with its line end) and its values by header name. */
	record Row(String text, Map<String, String> values) {

		String get(String column) {
			String value = this.values.get(column);
			if (value == null) {
				throw new IllegalStateException("no column " + column);
			}
			return value;
		}

	}

	/** A release file: its header's text and its rows, each kept as the exact text it has in the file. */
	record Table(String header, List<Row> rows) {

		/**
		 * Splits the file into records at line ends outside quotes ({@code quoted}: RFC 4180, as ESCO; else every
		 * line a record, as O*NET). Written here, not with the project's CSV library, because the cut must copy
		 * each record's original text, which a parser does not give back.
		 */
		static Table read(Path file, char separator, boolean quoted) throws IOException {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			List<String> records = new ArrayList<>();
			boolean inQuotes = false;
			int start = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted && c == '"') {
					inQuotes = !inQuotes;
				}
				else if (c == '\n' && !inQuotes) {
					records.add(text.substring(start, i + 1));
					start = i + 1;
				}
			}
			if (start < text.length()) {
				records.add(text.substring(start));
			}
			List<String> columns = fields(records.get(0), separator, quoted);
			List<Row> rows = new ArrayList<>();
			for (String record : records.subList(1, records.size())) {
				List<String> values = fields(record, separator, quoted);
				Map<String, String> byName = new HashMap<>();
				for (int i = 0; i < columns.size() && i < values.size(); i++) {
					byName.put(columns.get(i), values.get(i));
				}
				rows.add(new Row(record, byName));
			}
			return new Table(records.get(0), rows);
		}

		/** The values of one record, without its line end. */
		private static List<String> fields(String record, char separator, boolean quoted) {
			String line = record.endsWith("\r\n") ? record.substring(0, record.length() - 2)
					: record.endsWith("\n") ? record.substring(0, record.length() - 1) : record;
			List<String> values = new ArrayList<>();
			StringBuilder value = new StringBuilder();
			boolean inQuotes = false;
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (quoted && c == '"') {
					if (inQuotes && i + 1 < line.length() && line.charAt(i + 1) == '"') {
						value.append('"');
						i++;
					}
					else {
						inQuotes = !inQuotes;
					}
				}
				else if (c == separator && !inQuotes) {
					values.add(value.toString());
					value.setLength(0);
				}
				else {
					value.append(c);
				}
			}
			values.add(value.toString());
			return values;
		}

		/** Writes the header and the rows that {@code keep} accepts, in the file's order, as they were. */
		void write(Path target, Predicate<Row> keep) throws IOException {
			StringBuilder out = new StringBuilder(this.header);
			for (Row row : this.rows) {
				if (keep.test(row)) {
					// The last record of a file may have no line end; in the cut it may not be last.
					if (out.charAt(out.length() - 1) != '\n') {
						out.append("\r\n");
					}
					out.append(row.text());
				}
			}
			Files.writeString(target, out, StandardCharsets.UTF_8);
		}

	}

}
