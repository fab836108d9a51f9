package org.competencygraph.importer.learning;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.competencygraph.importer.Problems;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.importer.learning.CatalogueEntry.Kind;
import org.competencygraph.importer.learning.CatalogueEntry.Reference;
import org.competencygraph.importer.profile.JobProfileSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CatalogueYamlTests {

	private final CatalogueYaml yaml = new CatalogueYaml(ProficiencyScale.load());

	@Test
	void readsTheExampleCatalogueMarkedAsExampleData() throws Exception {
		Problems problems = new Problems();
		List<CatalogueEntry> entries = this.yaml.read("learning-catalogue-inhouse.yaml",
				Files.readString(Path.of("examples/learning-catalogue-inhouse.yaml")), problems);
		assertThat(problems.list()).isEmpty();
		assertThat(entries).hasSize(13).allSatisfy(entry -> assertThat(entry.source()).isEqualTo("example"));
		CatalogueEntry project = entries.stream()
			.filter(e -> e.id().equals("assignment/lead-small-project"))
			.findFirst()
			.orElseThrow();
		assertThat(project.type()).isEqualTo("ASSIGNMENT");
		assertThat(project.prerequisites()).extracting(Reference::text, Reference::kind, Reference::where)
			.containsExactly(tuple("cert/prince2-practitioner", Kind.RESOURCE, "resources[6].prerequisites[0].resource"));
	}

	@Test
	void readsJsonToo() {
		Problems problems = new Problems();
		List<CatalogueEntry> entries = this.yaml.read("catalogue.json", """
				{"format": "competency-graph/learning-catalogue@1", "source": "lms",
				 "resources": [{"id": "course/a", "title": "A", "type": "COURSE", "hours": 7.5,
				   "teaches": [{"capability": "Troubleshooting", "level": "working"}]}]}
				""", problems);
		assertThat(problems.list()).isEmpty();
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.hours()).isEqualTo(7.5);
			assertThat(entry.source()).isEqualTo("lms");
			assertThat(entry.teaches()).extracting(Reference::text, Reference::level)
				.containsExactly(tuple("Troubleshooting", 3));
		});
	}

	@Test
	void structuralProblemsAndLevelWordsAreNamedByFieldPath() {
		Problems problems = new Problems();
		this.yaml.read("bad.yaml", """
				format: competency-graph/learning-catalogue@1
				resources:
				  - id: Course A
				    title: A
				    type: COURSE
				    cost: 100
				    teaches: [{capability: Troubleshooting, level: 9}]
				""", problems);
		assertThat(problems.list()).containsExactly(
				"bad.yaml: resources[0].id: 'Course A' is not a valid id: use lower-case letters and digits, words "
						+ "joined by - / . : or _",
				"bad.yaml: resources[0].teaches[0].level: must be from 0 to 7 on the proficiency scale, was 9");
		Problems words = new Problems();
		this.yaml.read("words.yaml", """
				format: competency-graph/learning-catalogue@1
				resources:
				  - id: course/a
				    title: A
				    type: COURSE
				    cost: 100
				    teaches: [{capability: Troubleshooting, level: workingish}]
				    prerequisites: [{resource: course/b, capability: Troubleshooting}]
				""", words);
		assertThat(words.list()).containsExactly(
				"words.yaml: resources[0].teaches[0].level: 'workingish' is not a level from 0 to 7 or one of the "
						+ "scale's words " + ProficiencyScale.load().words(),
				"words.yaml: resources[0].prerequisites[0]: give either resource (an id) or capability (with an "
						+ "optional level)",
				"words.yaml: resources[0].currency: is required when cost is given");
	}

	@Test
	void theSchemaUsesOnlyKeywordsTheImportWords() throws Exception {
		Set<String> used = new TreeSet<>();
		try (InputStream in = new ClassPathResource(CatalogueYaml.SCHEMA).getInputStream()) {
			collect(JsonMapper.shared().readTree(in), used);
		}
		used.removeAll(Set.of("$schema", "$id", "$ref", "$defs", "title", "description", "properties", "items"));
		assertThat(JobProfileSchema.WORDED_KEYWORDS).containsAll(used);
	}

	private static void collect(JsonNode schema, Set<String> keywords) {
		for (var entry : schema.properties()) {
			keywords.add(entry.getKey());
			if (Set.of("properties", "$defs").contains(entry.getKey())) {
				entry.getValue().properties().forEach(child -> collect(child.getValue(), keywords));
			}
			else if (entry.getValue().isObject()) {
				collect(entry.getValue(), keywords);
			}
		}
	}

}
