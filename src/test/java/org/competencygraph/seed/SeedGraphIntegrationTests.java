package org.competencygraph.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Pins the seed graph loaded on first start: every role of the five seed documents, requirement by requirement,
 * each traceable to the sentence it came from.
 */
@IntegrationTest
class SeedGraphIntegrationTests {

	static final Path SEED_DOCUMENTS = Path.of("../shared/seeds");

	static final String UK_B = "uk-council-b/infrastructure-engineer-l";

	/** Seed jobs are those curated from the five seed documents (other tests add example jobs). */
	static final String SEED_JOB = "j.sourceDocument IN ['000_55f2f8bc5684f72f.txt', '001_fc351c15d9ca3776.txt', "
			+ "'002_dd9e86adabad5abe.txt', '003_fb9a97c59ae04a26.txt', '004_fdec466b3eb52a20.txt']";

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Test
	void everyRoleOfTheDocumentsIsThereWithItsOrganization() {
		Map<String, Long> jobs = rows("MATCH (j:Job)-[:IN_ORGANIZATION]->(o) WHERE " + SEED_JOB
				+ " RETURN o.name AS org, count(j) AS n").stream()
			.collect(Collectors.toMap(r -> r.get("org").asString(), r -> r.get("n").asLong()));
		assertThat(jobs).containsExactlyInAnyOrderEntriesOf(Map.of("City of Houston", 6L, "City of Chicago", 1L,
				"UK council A (unnamed)", 1L, "Harvard University", 9L, "UK council B (unnamed)", 4L));
		assertThat(titles("Harvard University")).containsExactlyInAnyOrder("IT Infrastructure Professional II",
				"IT Infrastructure Professional III", "IT Infrastructure Professional IV",
				"IT Infrastructure Professional V", "IT Infrastructure Professional VI", "IT Infrastructure Mgt III",
				"IT Infrastructure Mgt IV", "IT Infrastructure Mgt V", "IT Infrastructure Mgt VI");
		assertThat(titles("City of Houston")).containsExactlyInAnyOrder("IT Associate – Infrastructure",
				"IT Specialist – Infrastructure", "IT Professional – Infrastructure",
				"IT Sr. Professional – Infrastructure", "IT Lead – Infrastructure", "IT Manager – Infrastructure");
		// Through the API, as a planner would ask.
		GraphQlClients.anonymous(this.port)
			.document("{ jobs(filter: {organization: \"UK council B (unnamed)\"}) { totalCount edges { node { code grade } } } }")
			.execute()
			.path("jobs.edges[*].node.code")
			.entityList(String.class)
			.satisfies(codes -> assertThat(codes).containsExactlyInAnyOrder("IT096a", "IT096b", "IT096c", "IT096d"));
	}

	@Test
	void requirementsPerOrganizationAndKind() {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		rows("MATCH (j:Job)-[:IN_ORGANIZATION]->(o), (j)-[:REQUIRES]->(c) WHERE " + SEED_JOB
				+ " RETURN o.name AS org, c.kind AS kind, count(*) AS n")
			.forEach(r -> counts.computeIfAbsent(r.get("org").asString(), o -> new HashMap<>())
				.put(r.get("kind").asString(), r.get("n").asLong()));
		assertThat(counts.get("City of Chicago")).isEqualTo(Map.of("Skill", 20L, "Ability", 10L, "KnowledgeArea", 10L,
				"Competency", 13L, "Qualification", 3L));
		assertThat(counts.get("Harvard University")).isEqualTo(Map.of("Skill", 46L, "KnowledgeArea", 15L,
				"Competency", 44L, "Qualification", 25L));
		assertThat(counts.get("City of Houston")).isEqualTo(Map.of("Skill", 14L, "Ability", 2L, "KnowledgeArea", 1L,
				"Competency", 4L, "Qualification", 3L));
		assertThat(counts.get("UK council A (unnamed)")).isEqualTo(Map.of("Skill", 19L, "Ability", 1L,
				"KnowledgeArea", 3L, "Competency", 9L, "Qualification", 2L));
		// Levels 1-4 with every lower level's requirements included.
		assertThat(counts.get("UK council B (unnamed)")).isEqualTo(Map.of("Skill", 48L, "KnowledgeArea", 23L,
				"Competency", 61L, "Qualification", 25L));
		List<Record> capabilities = rows("MATCH (j:Job)-[:REQUIRES]->(c) WHERE " + SEED_JOB
				+ " WITH DISTINCT c RETURN c.kind AS kind, count(c) AS n");
		assertThat(capabilities.stream().collect(Collectors.toMap(r -> r.get("kind").asString(), r -> r.get("n").asLong())))
			.isEqualTo(Map.of("Skill", 42L, "Competency", 31L, "KnowledgeArea", 18L, "Qualification", 17L,
					"Ability", 12L));
	}

	@Test
	void everyRequirementAndCareerLinkQuotesItsSourceDocumentVerbatim() throws IOException {
		assumeThat(SEED_DOCUMENTS).as("the seed documents beside the checkout").isDirectory();
		Map<String, String> documents = new HashMap<>();
		try (var files = Files.list(SEED_DOCUMENTS)) {
			for (Path file : files.toList()) {
				documents.put(file.getFileName().toString(), normalize(Files.readString(file)));
			}
		}
		List<Record> quotes = rows("""
				MATCH (j:Job)-[r:REQUIRES|PROGRESSES_TO]->() WHERE %s AND r.sourceText IS NOT NULL
				RETURN j.id AS job, type(r) AS type, r.sourceDocument AS document, r.sourceText AS text
				""".formatted(SEED_JOB));
		assertThat(quotes).hasSizeGreaterThan(400);
		for (Record quote : quotes) {
			String document = quote.get("document").asString();
			assertThat(documents).as("source document of %s", quote.get("job")).containsKey(document);
			assertThat(documents.get(document)).as("%s %s quotes %s", quote.get("job"), quote.get("type"), document)
				.contains(normalize(quote.get("text").asString()));
		}
		assertThat(rows("MATCH (j:Job)-[r:REQUIRES]->() WHERE " + SEED_JOB
				+ " AND (r.sourceText IS NULL OR r.sourceSection IS NULL) RETURN j.id")).isEmpty();
	}

	@Test
	void sampleRequirementsOfEveryDocumentMatchTheirSourceFieldByField() {
		// City of Chicago: an O*NET skill, starred ("may be required at entry"), and the two knowledge levels.
		assertThat(requirement("chicago/infrastructure-and-operations-lead", "skill/critical-thinking"))
			.containsEntry("name", "Critical Thinking")
			.containsEntry("kind", "Skill")
			.containsEntry("externalIds", List.of("onet:2.A.2.a"))
			.containsEntry("priority", "essential")
			.containsEntry("priorityText", "may be required at entry")
			.containsEntry("sourceDocument", "001_fc351c15d9ca3776.txt")
			.containsEntry("sourceSection", "KNOWLEDGE, SKILLS, ABILITIES, AND OTHER WORK REQUIREMENTS / Skills")
			.containsEntry("sourceText", "CRITICAL THINKING - Use logic and reasoning to identify the strengths and "
					+ "weaknesses of alternative solutions, conclusions, or approaches to problems");
		assertThat(requirement("chicago/infrastructure-and-operations-lead", "ability/oral-comprehension"))
			.containsEntry("name", "Oral Comprehension")
			.containsEntry("externalIds", List.of("onet:1.A.1.a.1"))
			.containsEntry("sourceText", "COMPREHEND ORAL INFORMATION - Listen to and understand information and "
					+ "ideas presented through spoken words and sentences");
		assertThat(requirement("chicago/infrastructure-and-operations-lead", "knowledge/server-administration"))
			.containsEntry("level", 5.0)
			.containsEntry("levelText", "comprehensive")
			.containsEntry("sourceText", "server administration");
		assertThat(requirement("chicago/infrastructure-and-operations-lead", "knowledge/management-and-supervisory-methods"))
			.containsEntry("level", 3.0)
			.containsEntry("levelText", "moderate")
			.containsEntry("priorityText", null);
		// City of Houston: a qualification, and a capability derived from a duty.
		assertThat(requirement("houston/it-professional-infrastructure", "qualification/bachelors-degree-computer-science"))
			.containsEntry("kind", "Qualification")
			.containsEntry("qualificationType", "degree")
			.containsEntry("priority", "essential")
			.containsEntry("sourceText", "Requires a Bachelor's degree in Computer Science, Management and "
					+ "Information Systems (MIS) or a closely related field.");
		assertThat(requirement("houston/it-professional-infrastructure", "skill/troubleshooting"))
			.containsEntry("derivedFromDuty", true)
			.containsEntry("sourceText", "Provides on site or remote access diagnoses and resolution to hardware and "
					+ "software problems by responding to service desk requests and planned work requests.");
		// Harvard: knowledge that grows from maintenance to configuration and design.
		assertThat(requirement("harvard/it-infrastructure-professional-ii", "knowledge/it-infrastructure-systems"))
			.containsEntry("level", 3.0)
			.containsEntry("sourceText", "Knowledge of maintenance and support of IT infrastructure systems within an "
					+ "enterprise environment");
		assertThat(requirement("harvard/it-infrastructure-professional-iv", "knowledge/it-infrastructure-systems"))
			.containsEntry("level", 5.0)
			.containsEntry("sourceSection", "IT Infrastructure Professional IV / Additional Qualifications and Skills");
		// UK council A: a desirable criterion and a duty.
		assertThat(requirement("uk-council-a/junior-infrastructure-engineer", "experience/public-sector"))
			.containsEntry("priority", "desirable")
			.containsEntry("sourceText", "Experience working in the public sector");
		assertThat(requirement("uk-council-a/junior-infrastructure-engineer", "skill/network-administration"))
			.containsEntry("derivedFromDuty", true)
			.containsEntry("priority", "essential");
		// UK council B: numbered criteria with their level band and how they are assessed.
		assertThat(requirement(UK_B + "3", "knowledge/it-infrastructure-systems"))
			.containsEntry("criterion", "11")
			.containsEntry("priority", "essential")
			.containsEntry("assessedBy", List.of("application form", "interview", "assessment"))
			.containsEntry("level", 5.0)
			.containsEntry("sourceSection", "Person specification / Essential / Knowledge / Level 3&4")
			.containsEntry("sourceText", "Current infrastructure systems knowledge and/or systems support and "
					+ "management methods and tools. An in-depth knowledge of at least one area");
		assertThat(requirement(UK_B + "1", "certification/itil-foundation")).containsEntry("criterion", "31")
			.containsEntry("priority", "desirable")
			.containsEntry("assessedBy", List.of("application form"));
		assertThat(requirement(UK_B + "2", "certification/itil-foundation")).containsEntry("criterion", "3")
			.containsEntry("priority", "essential")
			.containsEntry("inheritedFrom", null);
	}

	@Test
	void everyCriterionOfTheUkPersonSpecificationIsARequirement() {
		Set<String> criteria = rows("MATCH (j:Job)-[r:REQUIRES]->() WHERE j.id STARTS WITH $prefix "
				+ "AND r.criterion IS NOT NULL RETURN DISTINCT r.criterion AS c", Map.of("prefix", UK_B))
			.stream()
			.map(r -> r.get("c").asString())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(criteria).containsAll(IntStream.rangeClosed(1, 53).mapToObj(String::valueOf).toList());
	}

	@Test
	void eachUkLevelCarriesEveryRequirementOfTheLevelBelowPlusItsOwn() {
		for (int level = 2; level <= 4; level++) {
			Set<String> below = capabilities(UK_B + (level - 1));
			Set<String> here = capabilities(UK_B + level);
			assertThat(here).as("Level %d includes Level %d", level, level - 1).containsAll(below);
			assertThat(here).hasSizeGreaterThan(below.size());
		}
		// What Level 4 adds to Level 3 is exactly what its own column of the document lists.
		Set<String> ownCriteria = rows("MATCH (:Job {id: $id})-[r:REQUIRES]->() WHERE r.inheritedFrom IS NULL "
				+ "AND r.criterion IS NOT NULL RETURN r.criterion AS c", Map.of("id", UK_B + "4"))
			.stream()
			.map(r -> r.get("c").asString())
			.collect(Collectors.toSet());
		assertThat(ownCriteria).containsExactlyInAnyOrder("9", "10", "14", "15", "33", "34", "48");
		assertThat(rows("MATCH (:Job {id: $id})-[r:REQUIRES]->() WHERE r.inheritedFrom IS NOT NULL "
				+ "RETURN DISTINCT r.inheritedFrom AS f", Map.of("id", UK_B + "4")).stream()
			.map(r -> r.get("f").asString())
			.toList()).containsExactlyInAnyOrder(UK_B + "1", UK_B + "2", UK_B + "3");
	}

	@Test
	void laddersAndLateralLinks() {
		Set<String> links = rows("MATCH (a:Job)-[p:PROGRESSES_TO]->(b:Job) WHERE a.id STARTS WITH 'harvard/' "
				+ "RETURN p.track + ' ' + a.id + ' -> ' + b.id AS l")
			.stream()
			.map(r -> r.get("l").asString().replace("harvard/it-infrastructure-", ""))
			.collect(Collectors.toSet());
		assertThat(links).containsExactlyInAnyOrder("technical professional-ii -> professional-iii",
				"technical professional-iii -> professional-iv", "technical professional-iv -> professional-v",
				"technical professional-v -> professional-vi", "management mgt-iii -> mgt-iv",
				"management mgt-iv -> mgt-v", "management mgt-v -> mgt-vi",
				"lateral professional-iii -> mgt-iii", "lateral mgt-iii -> professional-iii",
				"lateral professional-iv -> mgt-iv", "lateral mgt-iv -> professional-iv",
				"lateral professional-v -> mgt-v", "lateral mgt-v -> professional-v",
				"lateral professional-vi -> mgt-vi", "lateral mgt-vi -> professional-vi");
		assertThat(rows("MATCH p = (:Job {id: 'houston/it-associate-infrastructure'})-[:PROGRESSES_TO*3]->"
				+ "(:Job {id: 'houston/it-sr-professional-infrastructure'}) RETURN p")).hasSize(1);
		assertThat(rows("MATCH (:Job {id: 'houston/it-lead-infrastructure'})-[p:PROGRESSES_TO]->"
				+ "(:Job {id: 'houston/it-manager-infrastructure'}) RETURN p.track AS t")).singleElement()
			.satisfies(r -> assertThat(r.get("t").asString()).isEqualTo("management"));
		assertThat(rows("MATCH (j:Job) WHERE j.id STARTS WITH 'houston/' AND NOT j.detailedProfile RETURN j.id"))
			.hasSize(5);
		assertThat(rows("MATCH (:Job {id: $from})-[p:PROGRESSES_TO]->(:Job {id: $to}) RETURN p.requiredCapabilities AS c",
				Map.of("from", UK_B + "1", "to", UK_B + "2")))
			.singleElement()
			.satisfies(r -> assertThat(r.get("c").asList(v -> v.asString())).containsExactly("certification/itil-foundation"));
	}

	@Test
	void responsibilityLevelsAreStatedForTheUkLevelsAndMarkedInferredElsewhere() {
		List<Record> jobs = rows("MATCH (j:Job) WHERE " + SEED_JOB + " RETURN j.id AS id, "
				+ "j.responsibilityLevel AS level, j.responsibilityLevelInferred AS inferred, j.responsibilityLevelBasis AS basis");
		assertThat(jobs).hasSize(21).allSatisfy(job -> {
			assertThat(job.get("level").asInt()).isBetween(1, 7);
			assertThat(job.get("basis").asString()).isNotBlank();
			boolean ukLevel = job.get("id").asString().startsWith(UK_B);
			assertThat(job.get("inferred").asBoolean()).as(job.get("id").asString()).isEqualTo(!ukLevel);
		});
		for (int level = 1; level <= 4; level++) {
			int expected = level;
			assertThat(jobs).filteredOn(j -> j.get("id").asString().equals(UK_B + expected))
				.singleElement()
				.satisfies(j -> assertThat(j.get("level").asInt()).isEqualTo(expected));
		}
	}

	@Test
	void oneNodePerConceptAndNoOrphanCapabilities() {
		assertThat(rows("MATCH (c:Capability) WHERE c.framework IS NULL AND NOT EXISTS { (:Job)-[:REQUIRES]->(c) } "
				+ "RETURN c.id")).as("capabilities no job requires").isEmpty();
		List<Record> names = rows("""
				MATCH (c:Capability) WHERE c.framework IS NULL
				UNWIND [c.name] + coalesce(c.aliases, []) AS name
				WITH toLower(trim(name)) AS name, collect(DISTINCT c.id) AS ids
				WHERE size(ids) > 1
				RETURN name, ids
				""");
		assertThat(names).as("names or aliases shared by two capabilities").isEmpty();
		assertThat(rows("MATCH (:Job {id: $l2})-[:REQUIRES]->(c:Capability {name: 'ITIL Foundation'}), "
				+ "(:Job {id: $l1})-[:REQUIRES]->(c) RETURN c", Map.of("l1", UK_B + "1", "l2", UK_B + "2"))).hasSize(1);
	}

	private Set<String> capabilities(String jobId) {
		return rows("MATCH (:Job {id: $id})-[:REQUIRES]->(c) RETURN c.id AS id", Map.of("id", jobId)).stream()
			.map(r -> r.get("id").asString())
			.collect(Collectors.toSet());
	}

	private Map<String, Object> requirement(String jobId, String capabilityId) {
		List<Record> found = rows("""
				MATCH (:Job {id: $job})-[r:REQUIRES]->(c:Capability {id: $capability})
				RETURN properties(r) AS r, c.name AS name, c.kind AS kind, c.externalIds AS externalIds,
				       c.qualificationType AS qualificationType
				""", Map.of("job", jobId, "capability", capabilityId));
		assertThat(found).as("%s requires %s", jobId, capabilityId).hasSize(1);
		Record record = found.getFirst();
		Map<String, Object> fields = new HashMap<>(record.get("r").asMap());
		fields.putIfAbsent("priorityText", null);
		fields.putIfAbsent("inheritedFrom", null);
		fields.put("name", record.get("name").asString());
		fields.put("kind", record.get("kind").asString());
		fields.put("externalIds", record.get("externalIds").asList(v -> v.asString(), List.of()));
		fields.put("qualificationType", record.get("qualificationType").asString(null));
		return fields;
	}

	private List<String> titles(String organization) {
		return rows("MATCH (j:Job)-[:IN_ORGANIZATION]->(:Organization {name: $org}) WHERE " + SEED_JOB
				+ " RETURN j.title AS t", Map.of("org", organization)).stream().map(r -> r.get("t").asString()).toList();
	}

	List<Record> rows(String cypher) {
		return rows(cypher, Map.of());
	}

	List<Record> rows(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher).withParameters(parameters).execute().records();
	}

	/** Whitespace collapsed, emphasis asterisks of the text documents dropped. */
	static String normalize(String text) {
		return text.replace("*", "").replaceAll("\\s+", " ").strip();
	}

}
