package org.competencygraph.semantic;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.competencygraph.importer.Values;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The texts {@link ModelComparison} embeds, read straight from the release files and the seed files, with the ids the
 * importers give them (docs/frameworks.md), so that the development sets' ids name them.
 */
final class ReleaseTexts {

	/** A capability: its id, kind family, name, other labels and description (null when it has none). */
	record Concept(String id, boolean qualification, String name, List<String> aliases, @Nullable String description) {

		/** The text of the stored description vector (semantic/EmbeddedText): name and description; null without one. */
		@Nullable String described() {
			return this.description == null ? null : this.name + ": " + this.description;
		}

	}

	/** An occupation: id, title, description and duties (O*NET task statements; empty for ESCO). */
	record Occupation(String id, String code, String title, @Nullable String description, List<String> tasks) {
	}

	private static final CSVFormat TAB = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
		.setQuote(null).get();

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	private ReleaseTexts() {
	}

	/** The seed files' capabilities, each once. */
	static List<Concept> seedCapabilities(Path seedFolder) throws IOException {
		Map<String, Concept> concepts = new LinkedHashMap<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(seedFolder, "*.yaml")) {
			for (Path file : files) {
				for (JsonNode c : new YAMLMapper().readTree(file.toFile()).path("capabilities")) {
					List<String> aliases = new ArrayList<>();
					c.path("aliases").forEach(a -> aliases.add(a.asString()));
					String description = c.path("description").isMissingNode() ? null : c.path("description").asString();
					concepts.putIfAbsent(c.path("id").asString(), new Concept(c.path("id").asString(),
							c.path("kind").asString().equals("Qualification"), c.path("name").asString(), aliases, description));
				}
			}
		}
		return List.copyOf(concepts.values());
	}

	/** O*NET's rated elements (skills, knowledge, work styles), technology examples and education/experience levels. */
	static List<Concept> onetConcepts(Path onet) throws IOException {
		Map<String, String[]> model = new LinkedHashMap<>();
		for (CSVRecord r : records(onet.resolve("Content Model Reference.txt"), TAB)) {
			model.put(r.get("Element ID"), new String[] { r.get("Element Name"), r.get("Description") });
		}
		Set<String> elements = new LinkedHashSet<>();
		for (String file : List.of("Skills.txt", "Knowledge.txt", "Work Styles.txt")) {
			for (CSVRecord r : records(onet.resolve(file), TAB)) {
				elements.add(r.get("Element ID"));
			}
		}
		List<Concept> concepts = new ArrayList<>();
		for (String element : elements) {
			String[] named = model.get(element);
			concepts.add(new Concept("onet:" + element, false, named[0], List.of(), named[1]));
		}
		Set<String> examples = new LinkedHashSet<>();
		for (CSVRecord r : records(onet.resolve("Technology Skills.txt"), TAB)) {
			examples.add(r.get("Example"));
		}
		Set<String> ids = new LinkedHashSet<>();
		for (String example : examples) {
			String id = "onet:tech:" + Values.slug(example);
			concepts.add(new Concept(ids.add(id) ? id : id + "-" + Values.shortHash(example), false, example, List.of(),
					null));
		}
		for (CSVRecord r : records(onet.resolve("Education, Training, and Experience Categories.txt"), TAB)) {
			String scale = r.get("Scale ID");
			if (scale.equals("RL") || scale.equals("RW")) {
				concepts.add(new Concept("onet:" + (scale.equals("RL") ? "education:" : "experience:") + r.get("Category"),
						true, r.get("Category Description"), List.of(), null));
			}
		}
		return concepts;
	}

	/** ESCO's skills and knowledge concepts. */
	static List<Concept> escoConcepts(Path esco) throws IOException {
		List<Concept> concepts = new ArrayList<>();
		for (CSVRecord r : records(esco.resolve("classification_en/skills_en.csv"), CSV)) {
			String description = r.get("description").isBlank() ? null : r.get("description").strip();
			concepts.add(new Concept(escoId(r.get("conceptUri")), false, r.get("preferredLabel"),
					r.get("altLabels").isBlank() ? List.of() : List.of(r.get("altLabels").split("\n")), description));
		}
		return concepts;
	}

	static List<Occupation> escoOccupations(Path esco) throws IOException {
		List<Occupation> occupations = new ArrayList<>();
		for (CSVRecord r : records(esco.resolve("classification_en/occupations_en.csv"), CSV)) {
			String description = r.get("description").isBlank() ? null : r.get("description").strip();
			occupations.add(new Occupation(escoId(r.get("conceptUri")), r.get("iscoGroup"), r.get("preferredLabel"),
					description, List.of()));
		}
		return occupations;
	}

	static List<Occupation> onetOccupations(Path onet) throws IOException {
		Map<String, List<String>> tasks = new LinkedHashMap<>();
		for (CSVRecord r : records(onet.resolve("Task Statements.txt"), TAB)) {
			tasks.computeIfAbsent(r.get("O*NET-SOC Code"), c -> new ArrayList<>()).add(r.get("Task"));
		}
		List<Occupation> occupations = new ArrayList<>();
		for (CSVRecord r : records(onet.resolve("Occupation Data.txt"), TAB)) {
			String code = r.get("O*NET-SOC Code");
			occupations.add(new Occupation("onet:" + code, code, r.get("Title"), r.get("Description"),
					tasks.getOrDefault(code, List.of())));
		}
		return occupations;
	}

	private static String escoId(String uri) {
		return "esco:" + uri.substring(uri.lastIndexOf('/') + 1);
	}

	private static List<CSVRecord> records(Path file, CSVFormat format) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return format.parse(reader).getRecords();
		}
	}

}
