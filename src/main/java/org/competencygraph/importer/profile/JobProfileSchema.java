package org.competencygraph.importer.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.core.io.ClassPathResource;

/**
 * The structure of an import file in the project's own formats, by default a job-profile file, {@code schemas/job-profile.schema.json} (JSON Schema 2020-12): checks a
 * parsed file against it and words each violation as "field path: problem" for the person who wrote the file,
 * instead of the validator's own wording. What a schema cannot say (ids defined twice, links to jobs, level words
 * of the proficiency scale) is checked by {@link JobProfilePlanner}.
 */
public final class JobProfileSchema {

	static final String LOCATION = "schemas/job-profile.schema.json";

	/**
	 * The message of a value that breaks the pattern (or, for dates given as a number, the range) of a shared
	 * definition, by the definition's name under {@code $defs}; the schema's descriptions say the same to editors.
	 */
	private static final Map<String, String> FORMS = Map.of(
			"id", "'%s' is not a valid id: use lower-case letters and digits, words joined by - / . : or _",
			"date", "must be YYYY-MM-DD, YYYY-MM or YYYY, was '%s'",
			"requiredText", "must not be blank",
			"requiredLongText", "must not be blank");

	/** The assertion keywords {@link #describe} words; a test checks that the schema uses no other. */
	public static final Set<String> WORDED_KEYWORDS = Set.of("required", "additionalProperties", "type", "const", "enum",
			"pattern", "minimum", "maximum", "maxLength", "minItems", "maxItems", "maxProperties", "propertyNames");

	private static final int MAX_ECHO = 80;

	private final JsonNode definition;

	private final Schema schema;

	private JobProfileSchema(JsonNode definition) {
		this.definition = definition;
		this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(definition);
	}

	static JobProfileSchema load() {
		return load(LOCATION);
	}

	/**
	 * Another format's schema on the classpath (e.g. the learning catalogue's), worded the same way: it names its
	 * shared definitions as this one does ({@code id}, {@code requiredText}, {@code proficiencyLevel}, ...).
	 */
	public static JobProfileSchema load(String location) {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			return new JobProfileSchema(JsonMapper.shared().readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

	/** Every structural problem of the file, each as "field path: problem", in the order of the file's paths. */
	public List<String> problems(JsonNode file) {
		List<Error> errors = new ArrayList<>(this.schema.validate(file));
		errors.sort((a, b) -> compare(file, elements(a), elements(b)));
		List<String> problems = new ArrayList<>();
		Set<String> typeMismatches = new HashSet<>();
		for (Error error : errors) {
			String path = path(error);
			// A capability that is neither an id nor a definition fails both the field's type and the id's.
			if ("type".equals(error.getKeyword()) && !typeMismatches.add(path)) {
				continue;
			}
			problems.add((path.isEmpty() ? "" : path + ": ") + describe(error));
		}
		return problems;
	}

	private String describe(Error error) {
		JsonNode value = error.getInstanceNode() == null ? MissingNode.getInstance() : error.getInstanceNode();
		NodePath keywordAt = error.getSchemaLocation().getFragment();
		JsonNode owner = at(keywordAt.getParent());
		String definition = definitionName(keywordAt);
		String form = (definition == null) ? null : FORMS.get(definition);
		return switch (error.getKeyword()) {
			case "required" -> required(keywordAt.getParent(), String.valueOf(error.getProperty()));
			case "additionalProperties" -> "unknown field '" + error.getProperty() + "', expected one of "
					+ String.join(", ", sorted(owner.path("properties").propertyNames()));
			case "type" -> "expected " + typeWords(owner.path("type")) + ", found " + found(value);
			case "const" -> "must be '" + owner.path("const").asString() + "', was " + quoted(value);
			case "enum" -> "must be " + choice(owner.path("enum")) + ", was " + quoted(value);
			case "pattern" -> (form != null) ? form.formatted(echo(value)) : "'" + echo(value) + "' is not allowed here";
			case "minimum", "maximum" -> (form != null)
					? form.formatted(echo(value)) : range(owner, definition) + ", was " + echo(value);
			case "maxLength" -> "must be at most " + owner.path("maxLength").asInt() + " characters, has "
					+ value.asString().codePointCount(0, value.asString().length());
			case "minItems" -> owner.path("minItems").asInt() == 1 ? "must not be empty"
					: "must list at least " + owner.path("minItems").asInt() + " entries, has " + value.size();
			case "maxItems" -> "must list at most " + owner.path("maxItems").asInt() + " entries, has " + value.size();
			case "maxProperties" -> "must have at most " + owner.path("maxProperties").asInt() + " entries, has "
					+ value.size();
			case "propertyNames" -> "the name '" + echo(String.valueOf(error.getProperty()))
					+ "' is too long: at most " + owner.path("propertyNames").path("maxLength").asInt() + " characters";
			default -> error.getMessage();
		};
	}

	/**
	 * A missing field, with what it is (its {@code title}, or its allowed values) and, when it is required only
	 * under a condition ({@code if}/{@code then}), the condition.
	 */
	private String required(NodePath requiredIn, String property) {
		JsonNode owner = at(requiredIn);
		String condition = "";
		if ("then".equals(lastName(requiredIn))) {
			JsonNode conditional = at(requiredIn.getParent());
			condition = conditional.path("if").path("properties").properties().stream()
				.filter(entry -> entry.getValue().has("const"))
				.map(entry -> " when " + entry.getKey() + " is " + entry.getValue().path("const").asString())
				.collect(Collectors.joining(" and"));
			owner = conditional;
		}
		JsonNode field = owner.path("properties").path(property);
		String hint = field.has("title") ? ": " + field.path("title").asString()
				: field.has("enum") ? ": one of " + String.join(", ", strings(field.path("enum"))) : "";
		return "is required" + condition + hint;
	}

	private static String range(JsonNode owner, @Nullable String definition) {
		// A type may be a list of types ("integer or a level word"), which is no whole number only.
		String what = owner.path("type").isString() && "integer".equals(owner.path("type").asString())
				? "a whole number " : "";
		String scale = "proficiencyLevel".equals(definition) ? " on the proficiency scale" : "";
		if (owner.has("minimum") && owner.has("maximum")) {
			return "must be " + what + "from " + owner.path("minimum").asString() + " to "
					+ owner.path("maximum").asString() + scale;
		}
		return owner.has("minimum") ? "must be at least " + owner.path("minimum").asString() + scale
				: "must be at most " + owner.path("maximum").asString() + scale;
	}

	/** "jobs[2].requirements[0].priority" */
	private static String path(Error error) {
		var path = new StringBuilder();
		for (Object element : elements(error)) {
			if (element instanceof Integer index) {
				path.append('[').append(index).append(']');
			}
			else {
				path.append(path.isEmpty() ? "" : ".").append(element);
			}
		}
		return path.toString();
	}

	/** The schema node at a location in this schema (a keyword's fragment, without the keyword). */
	private JsonNode at(@Nullable NodePath fragment) {
		JsonNode node = this.definition;
		for (int i = 0; fragment != null && i < fragment.getNameCount(); i++) {
			Object element = fragment.getElement(i);
			node = (element instanceof Integer index) ? node.path(index) : node.path(String.valueOf(element));
		}
		return node;
	}

	/** The name under {@code $defs} of the shared definition a keyword belongs to, e.g. {@code id}. */
	private static @Nullable String definitionName(NodePath keywordAt) {
		return keywordAt.getNameCount() == 3 && "$defs".equals(keywordAt.getName(0)) ? keywordAt.getName(1) : null;
	}

	private static @Nullable String lastName(@Nullable NodePath path) {
		return (path == null || path.getNameCount() == 0) ? null : path.getName(path.getNameCount() - 1);
	}

	private static String typeWords(JsonNode type) {
		List<String> types = type.isArray() ? strings(type) : List.of(type.asString());
		return types.stream().map(JobProfileSchema::typeWord).collect(Collectors.joining(" or "));
	}

	private static String typeWord(String type) {
		return switch (type) {
			case "string" -> "a text value";
			case "integer" -> "a whole number";
			case "number" -> "a number";
			case "boolean" -> "true or false";
			case "array" -> "a list";
			case "object" -> "a mapping of fields";
			default -> type;
		};
	}

	private static String found(JsonNode value) {
		return value.isArray() ? "a list" : value.isObject() ? "a mapping of fields"
				: value.isNull() || value.isMissingNode() ? "nothing" : quoted(value);
	}

	/** A value as the file has it: text in quotes, numbers and true/false as written. */
	private static String quoted(JsonNode value) {
		return value.isString() ? "'" + echo(value) + "'" : echo(value);
	}

	private static String echo(JsonNode value) {
		return echo(value.isValueNode() ? value.asString() : value.toString());
	}

	/** Keeps a message short when the offending value is long. */
	private static String echo(String text) {
		return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "...";
	}

	/** "essential or desirable", or "one of A, B, C". */
	private static String choice(JsonNode values) {
		List<String> choices = strings(values);
		return choices.size() == 2 ? choices.get(0) + " or " + choices.get(1) : "one of " + String.join(", ", choices);
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
	}

	private static List<String> sorted(java.util.Collection<String> names) {
		return names.stream().sorted().toList();
	}

	/** Where a problem is: the instance location, and the field a keyword on a mapping names. */
	private static List<Object> elements(Error error) {
		NodePath location = error.getInstanceLocation();
		List<Object> elements = new ArrayList<>();
		for (int i = 0; i < location.getNameCount(); i++) {
			elements.add(location.getElement(i));
		}
		if (error.getProperty() != null && !"propertyNames".equals(error.getKeyword())) {
			elements.add(error.getProperty());
		}
		return elements;
	}

	/** Orders two places as the file has them: fields in the file's order (missing ones last), entries by number. */
	private static int compare(JsonNode file, List<Object> a, List<Object> b) {
		JsonNode node = file;
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int order = Integer.compare(position(node, a.get(i)), position(node, b.get(i)));
			if (order != 0) {
				return order;
			}
			node = (a.get(i) instanceof Integer index) ? node.path(index) : node.path(String.valueOf(a.get(i)));
		}
		return Integer.compare(a.size(), b.size());
	}

	private static int position(JsonNode node, Object element) {
		int position = (element instanceof Integer index) ? index
				: List.copyOf(node.propertyNames()).indexOf(String.valueOf(element));
		return position < 0 ? Integer.MAX_VALUE : position;
	}

}
