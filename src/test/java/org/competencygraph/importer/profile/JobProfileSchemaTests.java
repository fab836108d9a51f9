package org.competencygraph.importer.profile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.competencygraph.GraphFixtures;
import org.competencygraph.importer.ProficiencyScale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** How each kind of schema violation reads: field path and problem, in the words of the format's documentation. */
class JobProfileSchemaTests {

	private static final JobProfileSchema schema = JobProfileSchema.load();

	private static final YAMLMapper mapper = new YAMLMapper();

	private static final String HEADER = """
			format: competency-graph/job-profile@1
			source: {document: doc.txt}
			""";

	private static final String REQUIREMENT = "{capability: skill/a, priority: essential, provenance: {section: S, text: T}}";

	@Test
	void theSeedGraphAndTheExamplesFollowTheSchema() throws IOException {
		List<String> files = new ArrayList<>();
		for (Resource seed : new PathMatchingResourcePatternResolver().getResources(JobProfileImporter.SEED_LOCATION)) {
			files.add(seed.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThat(files).hasSize(5);
		files.add(GraphFixtures.read(GraphFixtures.SERVICE_DESK));
		files.add(GraphFixtures.read(GraphFixtures.NETWORK_ENGINEER));
		assertThat(files).allSatisfy(file -> assertThat(problems(file)).isEmpty());
	}

	@Test
	void theSchemaIsAValidDraft202012SchemaWithTheProficiencyScaleBounds() throws IOException {
		JsonNode definition;
		try (InputStream in = new ClassPathResource(JobProfileSchema.LOCATION).getInputStream()) {
			definition = JsonMapper.shared().readTree(in);
		}
		var metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
		assertThat(metaSchema.validate(definition)).isEmpty();
		JsonNode level = definition.path("$defs").path("proficiencyLevel");
		assertThat(level.path("minimum").asDouble()).isEqualTo(ProficiencyScale.MIN_LEVEL);
		assertThat(level.path("maximum").asDouble()).isEqualTo(ProficiencyScale.MAX_LEVEL);
	}

	@Test
	void everyKeywordOfTheSchemaHasItsOwnWording() throws IOException {
		Set<String> used = new TreeSet<>();
		try (InputStream in = new ClassPathResource(JobProfileSchema.LOCATION).getInputStream()) {
			collectKeywords(JsonMapper.shared().readTree(in), used);
		}
		used.removeAll(Set.of("$schema", "$id", "$ref", "$defs", "title", "description", "default", "properties",
				"items", "if", "then", "else"));
		assertThat(JobProfileSchema.WORDED_KEYWORDS).containsAll(used);
	}

	private static void collectKeywords(JsonNode schema, Set<String> keywords) {
		for (var entry : schema.properties()) {
			keywords.add(entry.getKey());
			if (Set.of("properties", "$defs").contains(entry.getKey())) {
				entry.getValue().forEach(subschema -> collectKeywords(subschema, keywords));
			}
			else if (entry.getValue().isObject()) {
				collectKeywords(entry.getValue(), keywords);
			}
		}
	}

	@Test
	void required() {
		// A missing field comes after the problems of the fields its mapping has.
		assertThat(problems("source: {}\njobs: [{id: a, organization: O}]\n")).containsExactly(
				"source.document: is required: the file name of the source document", "jobs[0].title: is required",
				"format: is required: the format of the file, competency-graph/job-profile@1");
		assertThat(problems(HEADER + "jobs: [{id: a, title: A, organization: O, requirements: [{capability: skill/a, "
				+ "priority: essential, provenance: {section: S}}]}]\n"))
			.containsExactly("jobs[0].requirements[0].provenance.text: is required: the verbatim source text");
	}

	@Test
	void requiredUnderACondition() {
		assertThat(problems(HEADER + "capabilities: [{id: cert/x, kind: Qualification, name: X}]\n"
				+ "jobs: [{id: a, title: A, organization: O}]\n"))
			.containsExactly("capabilities[0].qualificationType: is required when kind is Qualification: one of "
					+ "certification, degree, experience, licence, other, qualification-level");
		assertThat(problems(HEADER + "capabilities: [{id: skill/x, kind: Skill, name: X}]\n"
				+ "jobs: [{id: a, title: A, organization: O}]\n")).isEmpty();
	}

	@Test
	void type() {
		assertThat(problems(HEADER + "jobs: [{id: a, title: A, organization: O, detailedProfile: [1], "
				+ "responsibilityLevel: {level: 2.5}}]\n")).containsExactly(
						"jobs[0].detailedProfile: expected true or false, found a list",
						"jobs[0].responsibilityLevel.level: expected a whole number, found 2.5");
		// An id or an inline definition: one message, although the value fails both the field and the id.
		assertThat(problems(HEADER + "jobs: [{id: a, title: A, organization: O, requirements: [{capability: [x], "
				+ "priority: essential, provenance: {section: S, text: T}}]}]\n"))
			.containsExactly("jobs[0].requirements[0].capability: expected a text value or a mapping of fields, found a list");
		assertThat(problems("[a, b]\n")).containsExactly("expected a mapping of fields, found a list");
	}

	@Test
	void numbersAreTakenAsTextWhereASourceWritesCodesAndLabels() {
		assertThat(problems(HEADER + "jobs: [{id: a, title: A, organization: O, code: 440.3, grade: 4, "
				+ "effectiveDate: 2019, requirements: [{capability: skill/a, priority: essential, criterion: 11, "
				+ "provenance: {section: S, text: T}}]}]\n")).isEmpty();
		assertThat(problems(HEADER + "jobs: [{id: a, title: 4, organization: O}]\n"))
			.containsExactly("jobs[0].title: expected a text value, found 4");
	}

	@Test
	void enumAndConst() {
		assertThat(problems("""
				format: competency-graph/job-profile@2
				source: {document: doc.txt}
				capabilities: [{id: skill/x, kind: Talent, name: X}]
				jobs: [{id: a, title: A, organization: O, requirements: [{capability: skill/x, priority: 3,
				  provenance: {section: S, text: T}}]}]
				""")).containsExactly(
						"format: must be 'competency-graph/job-profile@1', was 'competency-graph/job-profile@2'",
						"capabilities[0].kind: must be one of Ability, Competency, KnowledgeArea, Qualification, Skill, "
								+ "was 'Talent'",
						"jobs[0].requirements[0].priority: must be essential or desirable, was 3");
	}

	@Test
	void pattern() {
		assertThat(problems("""
				format: competency-graph/job-profile@1
				source: {document: "  "}
				jobs: [{id: Not An Id, title: A, organization: O, effectiveDate: yesterday, requirements: [
				  {capability: Skill A, priority: essential, provenance: {section: S, text: T}}]}]
				""")).containsExactly("source.document: must not be blank",
						"jobs[0].id: 'Not An Id' is not a valid id: use lower-case letters and digits, words joined by - / . : or _",
						"jobs[0].effectiveDate: must be YYYY-MM-DD, YYYY-MM or YYYY, was 'yesterday'",
						"jobs[0].requirements[0].capability: 'Skill A' is not a valid id: use lower-case letters and digits, "
								+ "words joined by - / . : or _");
		assertThat(problems(HEADER + "jobs: [{id: a, title: A, organization: O, effectiveDate: 20190}]\n"))
			.containsExactly("jobs[0].effectiveDate: must be YYYY-MM-DD, YYYY-MM or YYYY, was '20190'");
	}

	@Test
	void unknownFields() {
		assertThat(problems(HEADER + "jobs: [{id: a, title: A, organization: O, requirements: [" + REQUIREMENT
				+ "], progressesTo: [{job: b, when: later}]}]\ncolour: blue\n")).containsExactly(
						"jobs[0].progressesTo[0].when: unknown field 'when', expected one of conditions, job, provenance, "
								+ "requiredCapabilities, track",
						"colour: unknown field 'colour', expected one of $schema, capabilities, extraction, format, jobs, source");
	}

	@Test
	void minimumAndMaximum() {
		assertThat(problems(HEADER + "jobs: [{id: a, title: A, organization: O, responsibilityLevel: {level: 0}, "
				+ "requirements: [{capability: skill/a, priority: essential, level: 7.5, importance: -0.5, "
				+ "provenance: {section: S, text: T}}]}]\n")).containsExactly(
						"jobs[0].responsibilityLevel.level: must be a whole number from 1 to 7, was 0",
						"jobs[0].requirements[0].level: must be from 0 to 7 on the proficiency scale, was 7.5",
						"jobs[0].requirements[0].importance: must be from 0 to 1, was -0.5");
	}

	@Test
	void lengthsAndCounts() {
		String longTitle = "T".repeat(501);
		String aliases = String.join(", ", java.util.Collections.nCopies(101, "alias"));
		assertThat(problems(HEADER + "jobs: [{id: a, title: " + longTitle + ", organization: O, aliases: [" + aliases
				+ "]}]\n")).containsExactly("jobs[0].title: must be at most 500 characters, has 501",
						"jobs[0].aliases: must list at most 100 entries, has 101");
		assertThat(problems(HEADER + "jobs: []\n")).containsExactly("jobs: must not be empty");
		StringBuilder jobs = new StringBuilder(HEADER + "jobs:\n");
		for (int i = 0; i <= 1000; i++) {
			jobs.append("  - {id: j").append(i).append(", title: J, organization: O}\n");
		}
		assertThat(problems(jobs.toString())).containsExactly("jobs: must list at most 1000 entries, has 1001");
		String externalIds = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "f" + i + ": x")
			.collect(java.util.stream.Collectors.joining(", "));
		assertThat(problems(HEADER + "capabilities: [{id: skill/x, kind: Skill, name: X, externalIds: {" + externalIds
				+ "}}, {id: skill/y, kind: Skill, name: Y, externalIds: {" + "f".repeat(51) + ": x}}]\n"
				+ "jobs: [{id: a, title: A, organization: O}]\n")).containsExactly(
						"capabilities[0].externalIds: must have at most 20 entries, has 21",
						"capabilities[1].externalIds: the name '" + "f".repeat(51) + "' is too long: at most 50 characters");
	}

	@Test
	void problemsComeInTheOrderOfTheFileAndLongValuesAreShortened() {
		StringBuilder file = new StringBuilder(HEADER + "jobs:\n");
		for (int i = 0; i < 12; i++) {
			file.append("  - {organization: O, title: T, id: ").append(i == 2 || i == 10 ? "Bad" + i : "j" + i).append("}\n");
		}
		file.append("format2: x\n");
		assertThat(problems(file.toString())).extracting(p -> p.substring(0, p.indexOf(':')))
			.containsExactly("jobs[2].id", "jobs[10].id", "format2");
		assertThat(problems(HEADER + "jobs: [{id: a, title: A, organization: O, effectiveDate: " + "9".repeat(200)
				+ "x}]\n")).singleElement()
			.asString()
			.endsWith("was '" + "9".repeat(80) + "...'");
	}

	private static List<String> problems(String yaml) {
		return schema.problems(mapper.readTree(yaml));
	}

}
