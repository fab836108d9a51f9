package org.competencygraph.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.competencygraph.background.BackgroundJob;
import org.competencygraph.background.BackgroundJobs;
import org.competencygraph.background.JobProgress;
import org.apache.commons.csv.CSVRecord;
import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.database.Sessions;
import org.competencygraph.framework.Framework;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.competencygraph.importer.FrameworkCalls.closest;
import static org.competencygraph.importer.FrameworkCalls.count;
import static org.competencygraph.importer.FrameworkCalls.file;
import static org.competencygraph.importer.FrameworkCalls.fingerprint;
import static org.competencygraph.importer.FrameworkCalls.importThroughGraphQl;
import static org.competencygraph.importer.FrameworkCalls.requirementsFrom;
import static org.competencygraph.importer.FrameworkCalls.single;
import static org.competencygraph.importer.FrameworkCalls.skipped;

/**
 * O*NET 30.1 and ESCO 1.1.1 imported from the real files in ../shared/data, once for the whole class, then checked
 * against the files and ../shared/data/README.md; damaged copies rejected without a change; re-runs, interrupted
 * runs and missing optional files; linking to the seed graph. The only test class that imports frameworks into
 * the shared test database: the tests run in order and build on each other.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// CI and the development machines have the releases in ../shared/data; a user's clone may not. A condition rather
// than an assumption in @BeforeAll, which Surefire counted as no test at all: this way the report lists the class as
// skipped, with the reason.
@EnabledIf(value = "releasesPresent", disabledReason = "the O*NET 30.1 and ESCO 1.1.1 releases are not in ../shared/data")
class FrameworkImportIntegrationTests {

	private static final String ICT_SYSTEM_ADMINISTRATOR = "http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300";

	private static final String MISSING_OCCUPATION = "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	DatabaseSelectionProvider databases;

	@Autowired
	FrameworkImports imports;

	@Autowired
	FrameworkProperties properties;

	@Autowired
	ImportStatusCheck importStatusCheck;

	@Autowired
	BackgroundJobs jobs;

	@TempDir
	Path temp;

	/** Seed and user data before any framework was imported. */
	private List<String> seedBefore;

	/** The whole graph after both frameworks were imported once. */
	private List<String> imported;

	static boolean releasesPresent() {
		return Files.isDirectory(ReleaseFiles.ONET) && Files.isDirectory(ReleaseFiles.ESCO);
	}

	@BeforeAll
	void recordSeed() {
		this.seedBefore = seedFingerprint();
		// The GraphQL imports read only from the import folder, and follow no links out of it: real copies.
		ReleaseFiles.copyWithoutLinks(ReleaseFiles.ONET, importFolder().resolve("onet-30.1"), "", bytes -> bytes);
		ReleaseFiles.copyWithoutLinks(ReleaseFiles.ESCO, importFolder().resolve("esco-1.1.1"), "", bytes -> bytes);
	}

	@AfterAll
	void deleteCopies() {
		ReleaseFiles.delete(importFolder());
	}

	@Test
	@Order(1)
	void damagedCopiesAreRejectedWithAClearMessageAndChangeNothing() {
		List<String> before = fingerprint(this.driver);
		rejected(Framework.ONET, "Skills.txt", bytes -> ReleaseFiles.truncated(bytes, 0.6), "Skills.txt, line",
				"truncated");
		rejected(Framework.ONET, "Skills.txt", ReleaseFiles::cutAfterImportanceRow,
				"has an importance (IM) row but no level (LV) row", "incomplete");
		rejected(Framework.ONET, "Knowledge.txt", bytes -> ReleaseFiles.replaced(bytes,
				"Administration and Management\tLV", "Administration and Management\tL\u00FF")
			.clone(), "Knowledge.txt, line 3", "Scale ID 'L\u00FF' is not one of IM, LV");
		rejected(Framework.ONET, "Knowledge.txt", ReleaseFiles::withInvalidUtf8, "Knowledge.txt, line",
				"not UTF-8");
		rejected(Framework.ONET, "Skills.txt", bytes -> ReleaseFiles.replaced(bytes, "Scale ID", "Scale"),
				"Skills.txt, line 1: has no column 'Scale ID'");
		rejected(Framework.ONET, "Technology Skills.txt", bytes -> ReleaseFiles.replaced(bytes,
				"Adobe Acrobat\t43232202", "Adobe Acrobat 43232202"), "Technology Skills.txt, line 2",
				"5 fields where the header has 6");
		rejected(Framework.ONET, "Occupation Data.txt", bytes -> null, "Occupation Data.txt: is required");
		rejected(Framework.ESCO, "relations/occupationSkillRelations.csv",
				bytes -> ReleaseFiles.truncated(bytes, 0.7), "occupationSkillRelations.csv, line", "truncated");
		rejected(Framework.ESCO, "classification_en/skills_en.csv", ReleaseFiles::cutInsideQuotedValue,
				"skills_en.csv, line", "truncated or garbled");
		rejected(Framework.ESCO, "classification_en/occupations_en.csv", bytes -> ReleaseFiles.replaced(bytes,
				"occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34", "occupation/00030d09#2b3a"),
				"occupations_en.csv, line 2", "is not an ESCO occupation URI");
		rejected(Framework.ESCO, "relations/occupationSkillRelations.csv", bytes -> ReleaseFiles.replaced(bytes,
				",essential,", ",esential,"), "occupationSkillRelations.csv, line 2",
				"relationType 'esential' is not one of essential, optional");

		// The same through GraphQL: the job fails with the problems as data.
		Path copy = ReleaseFiles.copyWithoutLinks(ReleaseFiles.ESCO, importFolder().resolve("esco-damaged"),
				"relations/occupationSkillRelations.csv", bytes -> ReleaseFiles.truncated(bytes, 0.5));
		assertThat(FrameworkCalls.importErrors(admin(), "importEsco", "esco-damaged")).first().asString()
			.contains("occupationSkillRelations.csv", "truncated");
		ReleaseFiles.delete(copy);
		assertThat(fingerprint(this.driver)).isEqualTo(before);
	}

	@Test
	@Order(2)
	void importsAreRefusedWithoutTheAdminCredential() {
		anonymous().documentName("importOnet")
			.variable("input", Map.of("path", ReleaseFiles.ONET.toString()))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

	@Test
	@Order(3)
	void bothFrameworksImportCompletelyThroughGraphQl() {
		Map<String, Object> esco = importThroughGraphQl(admin(), "importEsco", "esco-1.1.1");
		assertThat(esco).containsEntry("framework", "esco").containsEntry("release", "1.1.1")
			.containsEntry("directory", "esco-1.1.1")
			.containsEntry("firstLoad", true).containsEntry("updated", 0).containsEntry("removed", 0);
		Map<String, Object> relations = file(esco, "occupationSkillRelations.csv");
		assertThat(relations).containsEntry("read", 123_855).containsEntry("created", 123_788);
		assertThat(skipped(relations)).containsEntry("occupation " + MISSING_OCCUPATION + " is not in occupations_en.csv",
				67);
		assertThat(file(esco, "occupations_en.csv")).containsEntry("read", 3_007);
		assertThat(file(esco, "skills_en.csv")).containsEntry("read", 13_896).containsEntry("created", 13_896);
		assertThat((List<?>) esco.get("missingFiles")).isEmpty();

		Map<String, Object> onet = importThroughGraphQl(admin(), "importOnet", "onet-30.1");
		assertThat(onet).containsEntry("framework", "onet").containsEntry("release", "30.1")
			.containsEntry("firstLoad", true).containsEntry("updated", 0);
		Map<String, Object> skills = file(onet, "Skills.txt");
		assertThat(skills).containsEntry("read", 62_580);
		assertThat(skipped(skills)).containsKey(
				"Not Relevant = Y: the element is not a requirement of the occupation (its IM and LV rows)");
		assertThat(file(onet, "Occupation Data.txt")).containsEntry("read", 1_016);
		assertThat(file(onet, "Technology Skills.txt")).containsEntry("read", 32_773);
		this.imported = fingerprint(this.driver);
	}

	@Test
	@Order(4)
	void countsPerTypeMatchTheDataReadme() {
		assertThat(count(this.driver, "MATCH (j:Job:Occupation {framework: 'onet'}) RETURN count(j)")).isEqualTo(1_016);
		assertThat(count(this.driver, """
				MATCH (j:Occupation {framework: 'onet'})
				WHERE EXISTS { (j)-[:REQUIRES {sourceDocument: 'Skills.txt'}]->() } RETURN count(j)
				""")).isEqualTo(894);
		assertThat(count(this.driver, "MATCH (c:Skill {framework: 'onet', onetDomain: 'Skills'}) RETURN count(c)")).isEqualTo(35);
		assertThat(count(this.driver, "MATCH (c:KnowledgeArea {framework: 'onet'}) RETURN count(c)")).isEqualTo(33);
		assertThat(count(this.driver, "MATCH (c:Competency {framework: 'onet'}) RETURN count(c)")).isEqualTo(21);
		assertThat(count(this.driver, "MATCH (c:Skill {framework: 'onet', technology: true}) RETURN count(c)")).isEqualTo(8_785);
		assertThat(count(this.driver, "MATCH (c:Skill {framework: 'onet', hotTechnology: true}) RETURN count(c)")).isEqualTo(
				ReleaseFiles.onet("Technology Skills.txt").stream().filter(r -> r.get("Hot Technology").equals("Y"))
					.map(r -> r.get("Example")).distinct().count());
		assertThat(requirementsFrom(this.driver, "Skills.txt")).isEqualTo(relevantPairs("Skills.txt"));
		assertThat(requirementsFrom(this.driver, "Knowledge.txt")).isEqualTo(relevantPairs("Knowledge.txt"));
		assertThat(requirementsFrom(this.driver, "Technology Skills.txt")).isEqualTo(32_773);
		// Detailed work activities, the task statements' links to them, and the occupations rated on all six interests.
		assertThat(count(this.driver, "MATCH (w:WorkActivity {framework: 'onet'}) RETURN count(w)")).isEqualTo(2_087);
		assertThat(count(this.driver, "MATCH (:Duty)-[i:INVOLVES]->(:WorkActivity) RETURN count(i)")).isEqualTo(23_850);
		assertThat(count(this.driver, "MATCH (j:Occupation {framework: 'onet'}) WHERE size(j.interests) = 6 RETURN count(j)"))
			.isEqualTo(923);
		assertThat(requirementsFrom(this.driver, "Work Styles.txt")).isEqualTo(ReleaseFiles.onet("Work Styles.txt").stream()
			.filter(r -> r.get("Scale ID").equals("WI") && Double.parseDouble(r.get("Data Value")) > 0).count());

		assertThat(count(this.driver, "MATCH (j:Job:Occupation {framework: 'esco'}) RETURN count(j)")).isEqualTo(3_007);
		assertThat(count(this.driver, "MATCH (c:Capability {framework: 'esco'}) RETURN count(c)")).isEqualTo(13_896);
		assertThat(count(this.driver, "MATCH (c:Capability {framework: 'esco', escoSkillType: 'skill/competence'}) RETURN count(c)"))
			.isEqualTo(10_831);
		assertThat(count(this.driver, "MATCH (c:KnowledgeArea {framework: 'esco'}) RETURN count(c)")).isEqualTo(3_059);
		assertThat(count(this.driver, "MATCH (g:SkillGroup {framework: 'esco'}) RETURN count(g)")).isEqualTo(640);
		List<CSVRecord> relations = ReleaseFiles.esco("relations/occupationSkillRelations.csv");
		assertThat(relations).hasSize(123_855);
		List<CSVRecord> toMissing = relations.stream().filter(r -> r.get("occupationUri").equals(MISSING_OCCUPATION))
			.toList();
		assertThat(toMissing).hasSize(67);
		long essential = toMissing.stream().filter(r -> r.get("relationType").equals("essential")).count();
		assertThat(count(this.driver, "MATCH (:Occupation {framework: 'esco'})-[r:REQUIRES {priority: 'essential'}]->() RETURN count(r)"))
			.isEqualTo(64_946 - essential);
		assertThat(count(this.driver, "MATCH (:Occupation {framework: 'esco'})-[r:REQUIRES {priority: 'desirable'}]->() RETURN count(r)"))
			.isEqualTo(58_909 - (67 - essential));
		assertThat(count(this.driver, "MATCH (a)-[r:RELATED_TO]->(b) WHERE a.framework = 'esco' RETURN count(r)")).isEqualTo(5_899);
		Set<String> concepts = new HashSet<>();
		ReleaseFiles.esco("classification_en/skills_en.csv").forEach(r -> concepts.add(r.get("conceptUri")));
		ReleaseFiles.esco("classification_en/skillGroups_en.csv").forEach(r -> concepts.add(r.get("conceptUri")));
		List<CSVRecord> broader = ReleaseFiles.esco("relations/broaderRelationsSkillPillar.csv");
		assertThat(broader).hasSize(20_656);
		assertThat(count(this.driver, """
				MATCH (a)-[r:BROADER]->(b) WHERE (a:Capability OR a:SkillGroup) AND a.framework = 'esco'
				RETURN count(r)
				""")).isEqualTo(broader.stream()
			.filter(r -> concepts.contains(r.get("conceptUri")) && concepts.contains(r.get("broaderUri"))).count());
		assertThat(count(this.driver, "MATCH (:Organization {id: 'esco'})<-[:OF_ORGANIZATION]-(f:JobFamily) RETURN count(f)"))
			.isEqualTo(ReleaseFiles.esco("classification_en/occupations_en.csv").stream().map(r -> r.get("iscoGroup"))
				.distinct().count());
	}

	@Test
	@Order(5)
	void onetNetworkAndComputerSystemsAdministratorsIsAsInTheFiles() {
		Record job = single(this.driver, """
				MATCH (j:Job {id: 'onet:15-1244.00'})-[:IN_ORGANIZATION]->(o:Organization),
				      (j)-[:IN_FAMILY]->(f:JobFamily)
				RETURN j, o.name AS organization, f.name AS family, labels(j) AS labels
				""");
		Value node = job.get("j");
		assertThat(node.get("title").asString()).isEqualTo("Network and Computer Systems Administrators");
		assertThat(node.get("framework").asString()).isEqualTo("onet");
		assertThat(node.get("sourceId").asString()).isEqualTo("15-1244.00");
		assertThat(node.get("jobZone").asLong()).isEqualTo(4);
		assertThat(node.get("summary").asString()).startsWith("Install, configure, and maintain an organization's");
		assertThat(job.get("labels").asList(Value::asString)).contains("Job", "Occupation");
		assertThat(job.get("organization").asString()).isEqualTo("O*NET");
		assertThat(job.get("family").asString()).isEqualTo("Computer and Mathematical Occupations");
		Set<String> titles = new LinkedHashSet<>();
		ReleaseFiles.onet("Alternate Titles.txt").stream().filter(r -> r.get("O*NET-SOC Code").equals("15-1244.00"))
			.forEach(r -> {
				titles.add(r.get("Alternate Title"));
				if (!r.get("Short Title").equals("n/a")) {
					titles.add(r.get("Short Title"));
				}
			});
		titles.removeIf(title -> title.equalsIgnoreCase("Network and Computer Systems Administrators"));
		assertThat(node.get("aliases").asList(Value::asString)).containsExactlyInAnyOrderElementsOf(titles);

		// Critical Thinking: IM 3.88 and LV 3.88 in Skills.txt.
		Map<String, String> importance = skillRow("15-1244.00", "2.A.2.a", "IM");
		Map<String, String> level = skillRow("15-1244.00", "2.A.2.a", "LV");
		assertThat(importance.get("Data Value")).isEqualTo("3.88");
		assertThat(level.get("Data Value")).isEqualTo("3.88");
		Value requires = single(this.driver, "MATCH (:Job {id: 'onet:15-1244.00'})-[r:REQUIRES]->(:Skill {id: 'onet:2.A.2.a'}) RETURN r")
			.get("r");
		assertThat(requires.get("importance").asDouble()).isCloseTo((3.88 - 1) / 4, within(1e-9));
		assertThat(requires.get("level").asDouble()).isCloseTo(3.88, within(1e-9));
		assertThat(requires.get("onetImportance").asDouble()).isEqualTo(3.88);
		assertThat(requires.get("priority").asString()).isEqualTo("essential");
		assertThat(requires.get("sourceDocument").asString()).isEqualTo("Skills.txt");
		assertThat(requires.get("derivedFromDuty").asBoolean()).isFalse();

		// Through the job API, as every other job: Job.of and Requirement.of read standard occupations.
		admin().documentName("job").variable("id", "onet:15-1244.00").execute()
			.path("job.organization.name").entity(String.class).isEqualTo("O*NET")
			.path("job.requirements[?(@.capability.id == 'onet:2.A.2.a')].level").entityList(Double.class)
			.containsExactly(3.88)
			.path("job.requirements[?(@.capability.id == 'onet:2.A.2.a')].importance").entityList(Double.class)
			.containsExactly(0.72);

		// Not Relevant = Y on LV: no requirement. Recommend Suppress = Y on LV: no level, importance kept.
		assertThat(skillRow("11-1011.00", "2.B.3.c", "LV").get("Not Relevant")).isEqualTo("Y");
		assertThat(count(this.driver, "MATCH (:Job {id: 'onet:11-1011.00'})-[r:REQUIRES]->(:Skill {id: 'onet:2.B.3.c'}) RETURN count(r)"))
			.isZero();
		assertThat(skillRow("11-3013.01", "2.B.3.a", "LV").get("Recommend Suppress")).isEqualTo("Y");
		Value suppressed = single(this.driver, "MATCH (:Job {id: 'onet:11-3013.01'})-[r:REQUIRES]->(:Skill {id: 'onet:2.B.3.a'}) RETURN r")
			.get("r");
		assertThat(suppressed.get("level").isNull()).isTrue();
		assertThat(suppressed.get("importance").asDouble()).isCloseTo((2.25 - 1) / 4, within(1e-9));
		assertThat(suppressed.get("priority").asString()).isEqualTo("desirable");

		// Technology skills with their flags; C, C++ and C# stay three capabilities.
		Value bash = single(this.driver, """
				MATCH (:Job {id: 'onet:15-1244.00'})-[r:REQUIRES]->(t:Skill {id: 'onet:tech:bash'}) RETURN r, t
				""").get("r");
		assertThat(bash.get("hotTechnology").asBoolean()).isTrue();
		assertThat(bash.get("inDemand").asBoolean()).isTrue();
		assertThat(bash.get("priority").asString()).isEqualTo("essential");
		assertThat(count(this.driver, "MATCH (t:Skill) WHERE t.id IN ['onet:tech:c', 'onet:tech:c-plus-plus', 'onet:tech:c-sharp'] RETURN count(t)"))
			.isEqualTo(3);
	}

	@Test
	@Order(6)
	void escoIctSystemAdministratorIsAsInTheFiles() {
		CSVRecord row = ReleaseFiles.esco("classification_en/occupations_en.csv").stream()
			.filter(r -> r.get("conceptUri").equals(ICT_SYSTEM_ADMINISTRATOR))
			.findFirst()
			.orElseThrow();
		Record job = single(this.driver, """
				MATCH (j:Job:Occupation {sourceId: $uri})-[:IN_FAMILY]->(f:JobFamily)
				RETURN j, f.name AS family, f.code AS code
				""", Map.of("uri", ICT_SYSTEM_ADMINISTRATOR));
		Value node = job.get("j");
		assertThat(node.get("id").asString()).isEqualTo("esco:9e2e6e1e-363b-4e1b-a673-7bc0f7343300");
		assertThat(node.get("title").asString()).isEqualTo(row.get("preferredLabel")).isEqualTo("ICT system administrator");
		assertThat(node.get("iscoGroup").asString()).isEqualTo(row.get("iscoGroup"));
		assertThat(job.get("code").asString()).isEqualTo(row.get("iscoGroup"));
		assertThat(node.get("summary").asString()).isEqualTo(row.get("description"));
		assertThat(node.get("aliases").asList(Value::asString)).containsExactlyInAnyOrderElementsOf(
				List.of(row.get("altLabels").split("\n")).stream().map(String::strip).distinct()
					.filter(a -> !a.equalsIgnoreCase(row.get("preferredLabel"))).toList());
		for (String type : List.of("essential", "optional")) {
			Set<String> expected = ReleaseFiles.esco("relations/occupationSkillRelations.csv").stream()
				.filter(r -> r.get("occupationUri").equals(ICT_SYSTEM_ADMINISTRATOR) && r.get("relationType").equals(type))
				.map(r -> r.get("skillUri"))
				.collect(Collectors.toSet());
			List<String> actual = this.driver.executableQuery("""
					MATCH (:Job {sourceId: $uri})-[r:REQUIRES {priority: $priority}]->(c:Capability)
					RETURN c.sourceId AS uri
					""").withParameters(Map.of("uri", ICT_SYSTEM_ADMINISTRATOR, "priority",
					type.equals("essential") ? "essential" : "desirable"))
				.execute().records().stream().map(r -> r.get("uri").asString()).toList();
			assertThat(expected).isNotEmpty();
			assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
		}

		// A skill: kind, reuse level, labels, description and place in the hierarchy as in the files.
		CSVRecord skill = ReleaseFiles.esco("classification_en/skills_en.csv").stream()
			.filter(r -> r.get("preferredLabel").equals("administer ICT system"))
			.findFirst()
			.orElseThrow();
		Value capability = single(this.driver, "MATCH (c:Capability {sourceId: $uri}) RETURN c", Map.of("uri", skill.get("conceptUri")))
			.get("c");
		assertThat(capability.get("kind").asString()).isEqualTo("Skill");
		assertThat(capability.get("escoReuseLevel").asString()).isEqualTo(skill.get("reuseLevel"));
		assertThat(capability.get("description").asString()).isEqualTo(skill.get("description"));
		assertThat(capability.get("externalIds").asList(Value::asString))
			.containsExactly("esco:" + skill.get("conceptUri"));
		Set<String> parents = ReleaseFiles.esco("relations/broaderRelationsSkillPillar.csv").stream()
			.filter(r -> r.get("conceptUri").equals(skill.get("conceptUri")))
			.map(r -> r.get("broaderUri"))
			.collect(Collectors.toSet());
		assertThat(this.driver.executableQuery("MATCH (:Capability {sourceId: $uri})-[:BROADER]->(p) RETURN p.sourceId AS uri")
			.withParameters(Map.of("uri", skill.get("conceptUri"))).execute().records().stream()
			.map(r -> r.get("uri").asString()).toList()).isNotEmpty().containsExactlyInAnyOrderElementsOf(parents);
	}

	@Test
	@Order(7)
	void aSecondRunChangesNothing() {
		for (Framework framework : Framework.values()) {
			ImportReport report = this.imports.importRelease(framework, framework == Framework.ONET ? ReleaseFiles.ONET
					: ReleaseFiles.ESCO);
			assertThat(report.firstLoad()).isFalse();
			assertThat(report.created()).isZero();
			assertThat(report.updated()).isZero();
			assertThat(report.removed()).isZero();
			assertThat(report.unchanged()).isPositive();
		}
		assertThat(fingerprint(this.driver)).isEqualTo(this.imported);
	}

	@Test
	@Order(8)
	void aRunThatStoppedHalfWayIsCompletedByRunningItAgain() {
		// What a killed import leaves: some batches committed, later ones not. Here: ESCO skills, their
		// relationships and requirements of occupations missing; and a requirement the release does not have.
		this.driver.executableQuery("""
				MATCH (c:Capability {framework: 'esco'}) WITH c ORDER BY c.id SKIP 5000 LIMIT 3000 DETACH DELETE c
				""").execute();
		this.driver.executableQuery("""
				MATCH (:Occupation {framework: 'esco'})-[r:REQUIRES]->() WITH r LIMIT 20000 DELETE r
				""").execute();
		this.driver.executableQuery("""
				MATCH (j:Job {id: 'esco:9e2e6e1e-363b-4e1b-a673-7bc0f7343300'}),
				      (c:Capability {id: 'esco:0005c151-5b5a-4a66-8aac-60e734beb1ab'})
				CREATE (j)-[:REQUIRES {priority: 'essential', sourceDocument: 'occupationSkillRelations.csv'}]->(c)
				""").execute();
		ImportReport report = this.imports.importRelease(Framework.ESCO, ReleaseFiles.ESCO);
		assertThat(report.firstLoad()).isFalse();
		assertThat(report.created()).isGreaterThan(20_000 + 3_000);
		assertThat(report.removed()).isEqualTo(1);
		assertThat(fingerprint(this.driver)).isEqualTo(this.imported);
	}

	@Test
	@Order(9)
	@ExtendWith(OutputCaptureExtension.class)
	void anImportKilledHalfWayIsShownIncompleteUntilARunCompletesIt(CapturedOutput output) throws InterruptedException {
		// A user's first O*NET import, killed after it wrote every node and before the first relationship: what the
		// review found (O*NET with 0 occupations, 1,016 occupations without an organization).
		try (Session session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE n.framework = 'onet' CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
					""").consume();
		}
		GraphPlan plan = this.imports.read(Framework.ONET, ReleaseFiles.ONET);
		assertThatThrownBy(() -> new FrameworkWriter(new Sessions(KilledImport.beforeFirstRelationship(this.driver), this.databases), 10_000, 25_000)
			.write(plan, "onet-30.1", System.nanoTime(), JobProgress.NONE)).hasStackTraceContaining(KilledImport.MESSAGE);
		assertThat(count(this.driver, "MATCH (j:Job {framework: 'onet'}) WHERE NOT (j)-[:IN_ORGANIZATION]->() RETURN count(j)"))
			.isEqualTo(1_016);

		// The frameworks query says so, with what to do.
		assertThat(framework("onet")).containsEntry("status", "INCOMPLETE").containsEntry("occupations", 1_016)
			.containsEntry("importCompletedAt", null)
			.hasEntrySatisfying("statusReason", reason -> assertThat(reason).asString()
				.startsWith("interrupted import of O*NET 30.1 started at ")
				.endsWith(": run import-onet (or the importOnet mutation) again to complete it"));
		assertThat(framework("esco")).containsEntry("status", "COMPLETE").containsEntry("statusReason", null);

		// So does the start-up check, in one line.
		this.importStatusCheck.report();
		assertThat(output.getOut()).containsOnlyOnce("O*NET data is incomplete until an import of it completes: "
				+ "interrupted import of O*NET 30.1 started at ").doesNotContain("ESCO data is incomplete");

		// While an import of it runs, the same record is an import in progress: said so, and not warned about.
		CountDownLatch finish = new CountDownLatch(1);
		BackgroundJob running = this.jobs.start("import-onet", "a test's import that waits", "test", progress -> {
			finish.await();
			return "done";
		});
		try {
			assertThat(framework("onet")).containsEntry("status", "INCOMPLETE").containsEntry("statusReason",
					"import of O*NET 30.1 running as background job " + running.id()
							+ ": the data is complete when it finishes");
			this.importStatusCheck.report();
			assertThat(output.getOut()).containsOnlyOnce("O*NET data is incomplete until");
		}
		finally {
			finish.countDown();
		}
		for (int i = 0; i < 200 && !running.state().finished(); i++) {
			Thread.sleep(50);
		}
		assertThat(running.state().finished()).as("the waiting job ended").isTrue();

		// Its occupations show their framework's organization, not an error, and say that their data is partial.
		admin().documentName("job").variable("id", "onet:15-1244.00").execute()
			.path("job.organization.name").entity(String.class).isEqualTo("O*NET")
			.path("job.title").entity(String.class).isEqualTo("Network and Computer Systems Administrators");
		assertThat(occupationImportStatus("onet:15-1244.00")).containsEntry("importStatus", "INCOMPLETE")
			.hasEntrySatisfying("importStatusReason", reason -> assertThat(reason).asString()
				.startsWith("interrupted import of O*NET 30.1 started at ")
				.endsWith(": run import-onet (or the importOnet mutation) again to complete it"));
		assertThat(occupationImportStatus(escoOccupation())).containsEntry("importStatus", "COMPLETE").containsEntry("importStatusReason", null);

		// Data left by a version that kept no record of imports: the missing organization links tell.
		this.driver.executableQuery("MATCH (i:FrameworkImport {framework: 'onet'}) DELETE i").execute();
		assertThat(framework("onet")).containsEntry("status", "INCOMPLETE").containsEntry("statusReason",
				"interrupted import of O*NET 30.1 (1016 of 1016 occupations without their organization): "
						+ "run import-onet (or the importOnet mutation) again to complete it");
		assertThat(occupationImportStatus("onet:15-1244.00")).containsEntry("importStatus", "INCOMPLETE")
			.containsEntry("importStatusReason", "interrupted import of O*NET 30.1 (occupations without their "
					+ "organization): run import-onet (or the importOnet mutation) again to complete it");

		// Running it again completes it: the graph is as after an uninterrupted import, and says so.
		ImportReport report = this.imports.importRelease(Framework.ONET, ReleaseFiles.ONET);
		assertThat(report.firstLoad()).isFalse();
		assertThat(report.created()).isPositive();
		assertThat(fingerprint(this.driver)).isEqualTo(this.imported);
		for (String id : List.of("onet", "esco")) {
			assertThat(framework(id)).containsEntry("status", "COMPLETE").containsEntry("statusReason", null);
		}
		assertThat(framework("onet").get("importCompletedAt")).isNotNull();
		assertThat(occupationImportStatus("onet:15-1244.00")).containsEntry("importStatus", "COMPLETE")
			.containsEntry("importStatusReason", null);
		admin().documentName("occupationImportStatus").variable("id", "onet:15-1244.00").execute()
			.path("job.requirements[*].capability.frameworkSource.importStatus").entityList(String.class)
			.satisfies(statuses -> assertThat(statuses).isNotEmpty().containsOnly("COMPLETE"));
	}

	/** The frameworkSource of an occupation, as a user reads it next to the occupation. */
	private Map<String, Object> occupationImportStatus(String id) {
		return admin().documentName("occupationImportStatus").variable("id", id).execute()
			.path("job.frameworkSource").entity(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
	}

	/** The id of some ESCO occupation. */
	private String escoOccupation() {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (j:Job {framework: 'esco'}) RETURN j.id AS id ORDER BY id LIMIT 1").single()
				.get("id").asString();
		}
	}

	@Test
	@Order(10)
	void missingOptionalFilesAreReportedNotFatalAndLeaveTheirDataAsItWas() {
		Path copy = ReleaseFiles.copy(ReleaseFiles.ONET, this.temp.resolve("onet-partial"), "Work Styles.txt",
				bytes -> null);
		try {
			Files.delete(copy.resolve("Alternate Titles.txt"));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		ImportReport report = this.imports.importRelease(Framework.ONET, copy);
		ReleaseFiles.delete(copy);
		assertThat(report.missingFiles()).containsExactlyInAnyOrder(
				"Alternate Titles.txt (occupations get no aliases)", "Work Styles.txt (no work styles (competencies))");
		assertThat(report.created()).isZero();
		assertThat(report.updated()).isZero();
		assertThat(fingerprint(this.driver)).isEqualTo(this.imported);
	}

	@Test
	@Order(11)
	void frameworkImportsLeaveSeedDataUntouched() {
		assertThat(seedFingerprint()).isEqualTo(this.seedBefore);
	}

	@Test
	@Order(12)
	void linkingRelatesSeedCapabilitiesAndJobsToTheFrameworks() {
		Map<String, Object> report = FrameworkCalls.linkThroughGraphQl(admin());
		assertThat((List<?>) report.get("frameworks")).hasSize(2);

		// Chicago's Critical Thinking names O*NET 2.A.2.a.
		admin().documentName("sameAs").variable("id", "skill/critical-thinking").execute()
			.path("capability.sameAs[?(@.capability.id == 'onet:2.A.2.a')].method").entityList(String.class)
			.containsExactly("external-id")
			.path("capability.sameAs[?(@.capability.id == 'onet:2.A.2.a')].confidence").entityList(Double.class)
			.containsExactly(1.0);
		admin().documentName("sameAs").variable("id", "onet:2.A.2.a").execute()
			.path("capability.frameworkSource.sourceId").entity(String.class).isEqualTo("2.A.2.a")
			.path("capability.sameAs[*].capability.id").entityList(String.class).contains("skill/critical-thinking");

		// Houston's IT Professional - Infrastructure: network and systems administration among the closest.
		List<String> onet = closest(admin(), "houston/it-professional-infrastructure", "onet", "code");
		assertThat(onet).hasSize(3).contains("15-1244.00");
		List<String> esco = closest(admin(), "houston/it-professional-infrastructure", "esco", "title");
		assertThat(esco).hasSize(3).anySatisfy(title -> assertThat(title).startsWith("ICT"));
		assertThat(closest(admin(), "uk-council-a/junior-infrastructure-engineer", "esco", "title"))
			.contains("ICT system administrator");

		// Linking again gives the same links.
		List<String> linked = fingerprint(this.driver);
		FrameworkCalls.linkThroughGraphQl(admin());
		assertThat(fingerprint(this.driver)).isEqualTo(linked);
		assertThat(seedFingerprint()).isEqualTo(this.seedBefore);
	}

	@Test
	@Order(13)
	void standardOccupationsAreJobsOfTheirFrameworkOrganization() {
		anonymous().documentName("jobs")
			.variable("filter", Map.of("organization", "O*NET"))
			.variable("first", 5)
			.execute()
			.path("jobs.totalCount").entity(Integer.class).isEqualTo(1_016);
		anonymous().documentName("jobs")
			.variable("filter", Map.of("organization", "esco", "text", "ICT system administrator"))
			.execute()
			.path("jobs.edges[*].node.id").entityList(String.class).contains("esco:9e2e6e1e-363b-4e1b-a673-7bc0f7343300");
		anonymous().documentName("frameworks").execute()
			.path("frameworks[*].id").entityList(String.class).containsExactly("esco", "onet")
			.path("frameworks[*].status").entityList(String.class).containsExactly("COMPLETE", "COMPLETE")
			.path("frameworks[?(@.id == 'esco')].occupations").entityList(Integer.class).containsExactly(3_007)
			.path("frameworks[?(@.id == 'onet')].capabilities").entityList(Integer.class)
			.containsExactly(35 + 33 + 21 + 8_785 + (int) count(this.driver, "MATCH (c:Qualification {framework: 'onet'}) RETURN count(c)"));
	}

	@Test
	@Order(14)
	void gapsAndSimilarRolesWorkAcrossFrameworks() {
		// The analysis index saw the imports and the linking without waiting for its periodic check.
		// Chicago's lead needs Critical Thinking, which is SAME_AS O*NET's 2.A.2.a: held, not missing.
		var gap = anonymous().documentName("skillGap")
			.variable("from", Map.of("job", "chicago/infrastructure-and-operations-lead"))
			.variable("to", "onet:15-1244.00")
			.execute();
		gap.path("skillGap.requirements[?(@.capability.id == 'onet:2.A.2.a')].match").entityList(String.class)
			.containsExactly("SAME_AS");
		gap.path("skillGap.requirements[?(@.capability.id == 'onet:2.A.2.a')].heldAs.id").entityList(String.class)
			.containsExactly("skill/critical-thinking");
		gap.path("skillGap.requirements[?(@.capability.id == 'onet:2.A.2.a')].status").entityList(String.class)
			.satisfies(statuses -> assertThat(statuses).singleElement().isNotEqualTo("MISSING"));
		gap.path("skillGap.readiness").entity(Double.class).satisfies(readiness -> assertThat(readiness)
			.isGreaterThan(0).isLessThan(1));

		// Among O*NET's roles most like its network administrators are other computer occupations (SOC 15-).
		anonymous().documentName("similarJobs")
			.variable("to", "onet:15-1244.00")
			.variable("first", 5)
			.variable("filter", Map.of("organization", "onet"))
			.execute()
			.path("similarJobs.results[*].job.organization.name").entityList(String.class)
			.satisfies(names -> assertThat(names).hasSize(5).containsOnly("O*NET"))
			.path("similarJobs.results[*].job.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).anySatisfy(id -> assertThat(id).startsWith("onet:15-")));
	}

	@Test
	@Order(14)
	void requiredByUnderEveryRequirementOfAnOccupationAnswersWithoutErrors() {
		// Issue 9, item 2: this gave 44 INTERNAL_ERRORs ("Connection pool pending acquisition queue is full").
		var response = GraphQlClients.anonymous(this.port).documentName("occupationRequiredBy")
			.variable("id", "onet:15-1244.00")
			.execute();
		response.errors().verify();
		List<String> ids = response.path("job.requirements[*].capability.id").entityList(String.class).get();
		List<Integer> totals = response.path("job.requirements[*].capability.requiredBy.totalCount")
			.entityList(Integer.class).get();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(44);
		for (int i = 0; i < ids.size(); i++) {
			assertThat(totals.get(i)).as(ids.get(i)).isEqualTo(this.driver
				.executableQuery("MATCH (:Capability {id: $id})<-[r:REQUIRES]-(:Job) RETURN count(r) AS total")
				.withParameters(Map.of("id", ids.get(i)))
				.execute()
				.records()
				.getFirst()
				.get("total")
				.asInt());
		}
	}

	private void rejected(Framework framework, String file, UnaryOperator<byte[]> damage, String... expected) {
		Path release = framework == Framework.ONET ? ReleaseFiles.ONET : ReleaseFiles.ESCO;
		Path copy = ReleaseFiles.copy(release, this.temp.resolve("damaged-" + System.nanoTime()), file, damage);
		try {
			assertThatThrownBy(() -> this.imports.importRelease(framework, copy))
				.isInstanceOf(InvalidFrameworkDataException.class)
				.satisfies(ex -> assertThat(String.join("\n", ((InvalidFrameworkDataException) ex).problems()))
					.as("problems reported for a damaged %s", file)
					.contains(expected))
				.hasMessageContaining("nothing was changed");
		}
		finally {
			ReleaseFiles.delete(copy);
		}
	}

	private HttpGraphQlTester anonymous() {
		// Queries over the whole imported frameworks may take seconds on a busy machine.
		return GraphQlClients.anonymous(this.port).mutate().responseTimeout(Duration.ofMinutes(1)).build();
	}

	private HttpGraphQlTester admin() {
		// Imports of full releases take tens of seconds on a busy machine.
		Duration timeout = Duration.ofMinutes(10);
		return HttpGraphQlTester.create(GraphQlClients.client(this.port)
			.responseTimeout(timeout)
			.defaultHeaders(headers -> headers.setBasicAuth(IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD))
			.build()).mutate().responseTimeout(timeout).build();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> framework(String id) {
		return admin().documentName("frameworks").execute().path("frameworks").entityList(Map.class).get().stream()
			.filter(f -> f.get("id").equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no framework " + id));
	}

	private Path importFolder() {
		return this.properties.importFolder();
	}

	/** Occupation-element pairs of Skills.txt or Knowledge.txt whose level (LV) row is not Not Relevant. */
	private static long relevantPairs(String file) {
		return ReleaseFiles.onet(file).stream()
			.filter(r -> r.get("Scale ID").equals("LV") && !r.get("Not Relevant").equals("Y"))
			.count();
	}

	private static Map<String, String> skillRow(String code, String element, String scale) {
		return ReleaseFiles.onet("Skills.txt").stream()
			.filter(r -> r.get("O*NET-SOC Code").equals(code) && r.get("Element ID").equals(element)
					&& r.get("Scale ID").equals(scale))
			.findFirst()
			.orElseThrow();
	}

	/** Nodes without a framework (seed and user data) and the relationships between them, as GraphFixtures. */
	private List<String> seedFingerprint() {
		List<String> lines = new ArrayList<>();
		// Every node's sentence vectors are computed after an import, the seed's too: derived data, not the seed's
		// content, so left out here with their keys.
		this.driver.executableQuery("""
				MATCH (n) WHERE n.framework IS NULL AND NOT n:SchemaMigration
				RETURN labels(n) AS labels,
				       [key IN keys(n) WHERE NOT key IN $vectors AND NOT key IN [v IN $vectors | v + 'Key'] | [key, n[key]]]
				         AS properties
				""").withParameters(Map.of("vectors", GraphFixtures.VECTOR_PROPERTIES)).execute().records()
			.forEach(r -> lines.add(r.get("labels").asList(Value::asString).stream().sorted()
				.collect(Collectors.joining(":")) + " " + new java.util.TreeMap<>(r.get("properties").asList(p -> p)
					.stream().collect(Collectors.toMap(p -> p.get(0).asString(), p -> p.get(1).asObject())))));
		this.driver.executableQuery("""
				MATCH (a)-[r]->(b) WHERE a.framework IS NULL AND b.framework IS NULL AND NOT a:SchemaMigration
				RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS properties
				""").execute().records().forEach(r -> lines.add(r.get("a").asString(null) + " -" + r.get("type").asString()
					+ "-> " + r.get("b").asString(null) + " " + new java.util.TreeMap<>(r.get("properties").asMap())));
		return lines.stream().sorted().toList();
	}

}
