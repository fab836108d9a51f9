package org.competencygraph.importer.profile;

import java.util.ArrayList;
import java.util.List;

import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.importer.profile.JobProfileFile.CapabilityDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a job-profile file (YAML or JSON): parses it, checks its structure against {@link JobProfileSchema},
 * binds it to {@link JobProfileFile} and has {@link JobProfilePlanner} check the cross references and flatten it.
 * All problems of a file are reported together; what it rejects never reaches the database.
 */
final class JobProfileReader {

	/** More would not be read; the first ones show what is wrong. */
	static final int MAX_PROBLEMS = 100;

	/**
	 * The YAML parser's defaults bound the input: at most 3 MB of text, nesting at most 500 deep, and an alias
	 * reads as its anchor's name, never as a copy of the anchored content. Only mappings, lists and scalars come
	 * out of it: no tag creates an object of a type the file names.
	 */
	private final YAMLMapper mapper = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		// The schema reports unknown fields with the fields allowed; "$schema" is for editors, not for the import.
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final JobProfileSchema schema = JobProfileSchema.load();

	private final ProficiencyScale scale;

	JobProfileReader(ProficiencyScale scale) {
		this.scale = scale;
	}

	JobProfilePlan read(String fileName, String content) {
		JsonNode tree;
		try {
			tree = this.mapper.readTree(content);
		}
		catch (JacksonException ex) {
			throw new InvalidJobProfileException(fileName, List.of(describe(ex)));
		}
		if (tree == null || tree.isMissingNode()) {
			throw new InvalidJobProfileException(fileName, List.of("the file is empty"));
		}
		withoutEmptyFields(tree);
		List<String> problems = new ArrayList<>(this.schema.problems(tree));
		JobProfileFile file = bind(tree, JobProfileFile.class, problems);
		JobProfilePlan plan = null;
		if (file != null) {
			var planner = new JobProfilePlanner(fileName, file, this.scale,
					capability -> bind(capability, CapabilityDefinition.class, problems));
			plan = planner.plan();
			problems.addAll(planner.problems());
		}
		if (plan == null || !problems.isEmpty()) {
			throw new InvalidJobProfileException(fileName, limited(problems));
		}
		return plan;
	}

	/**
	 * Binds a checked tree. After a structural problem binding may fail as well: then the structural problems
	 * say what is wrong, and the cross references are not checked.
	 */
	private <T> @Nullable T bind(JsonNode tree, Class<T> type, List<String> problems) {
		try {
			return this.mapper.treeToValue(tree, type);
		}
		catch (JacksonException ex) {
			if (problems.isEmpty()) {
				problems.add(describe(ex));
			}
			return null;
		}
	}

	/** A field written without a value ({@code title:} or {@code title: null}) is as if it were not there. */
	private static void withoutEmptyFields(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.properties().removeIf(field -> field.getValue().isNull());
		}
		for (JsonNode child : node) {
			withoutEmptyFields(child);
		}
	}

	private static List<String> limited(List<String> problems) {
		if (problems.size() <= MAX_PROBLEMS) {
			return problems;
		}
		List<String> first = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
		first.add("and " + (problems.size() - MAX_PROBLEMS) + " more problems");
		return first;
	}

	/** Turns a parse or binding error into "where: what" without Java type names. */
	private static String describe(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		String where = (location == null || location.getLineNr() < 1) ? ""
				: "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
		if (ex instanceof DatabindException bind && !bind.getPath().isEmpty()) {
			where = path(bind.getPath()) + ": ";
		}
		String message = String.valueOf(ex.getOriginalMessage());
		if (ex instanceof StreamConstraintsException) {
			return where + (message.contains("nesting depth") ? "the file is nested more than 500 levels deep"
					: "the file has a value longer than the reader allows");
		}
		if (message.contains("exceeds the limit") && message.contains("code points")) {
			return where + "the file is too large: " + message.replaceAll(".*limit: (\\d+) code points.*",
					"at most $1 characters");
		}
		if (message.startsWith("Trailing token")) {
			return where + "the file holds more than one document; put all jobs into one";
		}
		return where + firstLine(message);
	}

	private static String path(List<JacksonException.Reference> references) {
		var path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
		}
		return path.toString();
	}

	private static String firstLine(String message) {
		String line = message.lines().findFirst().orElse(message).strip();
		// Parser messages may name internal classes; keep only the human part.
		return line.replaceAll("\\(class [^)]*\\)", "").replaceAll("`[A-Za-z]+(\\.[A-Za-z$]+)+`", "value");
	}

}
