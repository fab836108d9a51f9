package org.competencygraph.importer.learning;

import java.util.ArrayList;
import java.util.List;

import org.competencygraph.importer.Problems;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.importer.learning.CatalogueEntry.Kind;
import org.competencygraph.importer.learning.CatalogueEntry.Reference;
import org.competencygraph.importer.learning.CatalogueFile.PrerequisiteDefinition;
import org.competencygraph.importer.learning.CatalogueFile.ResourceDefinition;
import org.competencygraph.importer.learning.CatalogueFile.TeachingDefinition;
import org.competencygraph.importer.profile.JobProfileSchema;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a catalogue in the project's format, YAML or JSON (JSON is YAML): parses it, checks its structure against
 * the JSON Schema {@value #SCHEMA}, and turns it into entries, checking the level words the schema cannot.
 */
final class CatalogueYaml {

	static final String SCHEMA = "schemas/learning-catalogue.schema.json";

	/** The parser's defaults bound the input (3 MB, 500 levels deep); no tag creates an object. */
	private final YAMLMapper mapper = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final JobProfileSchema schema = JobProfileSchema.load(SCHEMA);

	private final ProficiencyScale scale;

	CatalogueYaml(ProficiencyScale scale) {
		this.scale = scale;
	}

	List<CatalogueEntry> read(String name, String content, Problems problems) {
		JsonNode tree;
		try {
			tree = this.mapper.readTree(content);
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			Long line = (location == null || location.getLineNr() < 1) ? null : (long) location.getLineNr();
			problems.add(name, line, "cannot be parsed as YAML or JSON: "
					+ String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse(""));
			return List.of();
		}
		if (tree == null || tree.isMissingNode() || tree.isNull()) {
			problems.add(name, "is empty");
			return List.of();
		}
		withoutEmptyFields(tree);
		List<String> structural = this.schema.problems(tree);
		structural.forEach(problem -> problems.add(name, problem));
		if (!structural.isEmpty()) {
			return List.of();
		}
		CatalogueFile file;
		try {
			file = this.mapper.treeToValue(tree, CatalogueFile.class);
		}
		catch (JacksonException ex) {
			problems.add(name, String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse(""));
			return List.of();
		}
		List<CatalogueEntry> entries = new ArrayList<>();
		List<ResourceDefinition> resources = file.resources() == null ? List.of() : file.resources();
		for (int i = 0; i < resources.size(); i++) {
			entries.add(entry(name, "resources[" + i + "]", resources.get(i), file.source(), problems));
		}
		return entries;
	}

	private CatalogueEntry entry(String name, String path, ResourceDefinition resource, @Nullable String fileSource,
			Problems problems) {
		List<Reference> teaches = new ArrayList<>();
		List<TeachingDefinition> teachings = resource.teaches() == null ? List.of() : resource.teaches();
		for (int t = 0; t < teachings.size(); t++) {
			String where = path + ".teaches[" + t + "]";
			teaches.add(new Reference(where + ".capability", String.valueOf(teachings.get(t).capability()).strip(),
					level(name, where, teachings.get(t).level(), problems), Kind.CAPABILITY));
		}
		List<Reference> prerequisites = new ArrayList<>();
		List<PrerequisiteDefinition> required = resource.prerequisites() == null ? List.of() : resource.prerequisites();
		for (int p = 0; p < required.size(); p++) {
			String where = path + ".prerequisites[" + p + "]";
			PrerequisiteDefinition prerequisite = required.get(p);
			if ((prerequisite.resource() == null) == (prerequisite.capability() == null)) {
				problems.add(name, where + ": give either resource (an id) or capability (with an optional level)");
			}
			else if (prerequisite.resource() != null) {
				if (prerequisite.level() != null) {
					problems.add(name, where + ".level: a resource prerequisite has no level");
				}
				prerequisites.add(new Reference(where + ".resource", prerequisite.resource(), null, Kind.RESOURCE));
			}
			else {
				prerequisites.add(new Reference(where + ".capability", String.valueOf(prerequisite.capability()).strip(),
						level(name, where, prerequisite.level(), problems), Kind.CAPABILITY));
			}
		}
		if (resource.cost() != null && resource.cost() > 0 && resource.currency() == null) {
			problems.add(name, path + ".currency: is required when cost is given");
		}
		return new CatalogueEntry(path, String.valueOf(resource.id()), String.valueOf(resource.title()).strip(),
				resource.provider(), String.valueOf(resource.type()), resource.hours(), resource.cost(),
				resource.currency(), resource.format(), resource.language(), resource.url(), resource.level(),
				resource.description(), resource.source() != null ? resource.source() : fileSource, teaches,
				prerequisites);
	}

	/** A number 0-7 (the schema checked the range) or a word of the scale. */
	private @Nullable Integer level(String name, String where, @Nullable JsonNode level, Problems problems) {
		if (level == null) {
			return null;
		}
		Integer parsed = Levels.parse(level.asString(), this.scale);
		if (parsed == null) {
			problems.add(name, where + ".level: '" + level.asString() + "' is not " + Levels.expected(this.scale));
		}
		return parsed;
	}

	/** A field written without a value ({@code url:}) is as if it were not there. */
	private static void withoutEmptyFields(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.properties().removeIf(field -> field.getValue().isNull());
		}
		for (JsonNode child : node) {
			withoutEmptyFields(child);
		}
	}

}
