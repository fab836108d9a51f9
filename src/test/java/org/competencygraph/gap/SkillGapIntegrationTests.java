package org.competencygraph.gap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competencygraph.GraphQlErrorAssertions.assertError;

/** skillGap on the seed graph, over HTTP: the answers a planner or a person relies on. */
@IntegrationTest
class SkillGapIntegrationTests {

	static final String L = "uk-council-b/infrastructure-engineer-l";

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		this.graphQl = GraphQlClients.anonymous(this.port);
	}

	GraphQlTester.Response gap(Object from, String to) {
		return this.graphQl.documentName("skillGap").variable("from", from).variable("to", to).execute();
	}

	@Test
	void fromLevel3ToLevel4HoldsExactlyTheCriteriaThatOnlyLevel4Adds() {
		var gap = gap(Map.of("job", L + "3"), L + "4");
		List<Map<String, Object>> rows = rows(gap);
		List<String> notMet = rows.stream().filter(r -> !"MET".equals(r.get("status"))).map(SkillGapIntegrationTests::id).toList();
		// Level 4's own requirements (criteria 9, 10, 14, 15, 33, 34, 48 and three duties); everything it inherits
		// from Levels 1-3 is met.
		List<String> ownOfLevel4 = ownRequirements(L + "4");
		assertThat(ownOfLevel4).hasSize(10);
		assertThat(notMet).containsExactlyInAnyOrderElementsOf(ownOfLevel4);
		assertThat(rows).filteredOn(r -> "MET".equals(r.get("status")))
			.allSatisfy(r -> assertThat(r.get("inheritedFromId")).isNotNull());
		// Essential first, then by weighted gap: the 7 essential missing, the essential met, then the desirable.
		assertThat(rows.subList(0, 7)).allSatisfy(r -> {
			assertThat(r).containsEntry("priority", "ESSENTIAL").containsEntry("status", "MISSING");
			assertThat(r.get("weightedGap")).isEqualTo(1.0);
		});
		assertThat(rows.subList(7, 45)).allSatisfy(r -> assertThat(r).containsEntry("priority", "ESSENTIAL")
			.containsEntry("status", "MET"));
		assertThat(rows.subList(45, 48)).extracting(SkillGapIntegrationTests::id)
			.containsExactly("knowledge/management-and-supervisory-methods",
					"certification/project-management-qualification",
					"qualification/management-qualification-nqf-level-3");
		// Level 3 asks for resource planning (criterion 41) only as desirable; Level 4 makes it essential.
		assertThat(row(rows, "skill/resource-planning")).containsEntry("status", "MISSING")
			.containsEntry("explanation", "The source job asks for 'Resource Planning and Allocation' only as "
					+ "desirable, so its holders are not assured to have it; this requirement is essential. Credit 0. "
					+ "Weight 1 (essential, no stated importance).");
		assertThat(row(rows, "skill/it-strategic-planning")).containsEntry("explanation",
				"Not held. Credit 0. Weight 1 (essential, no stated importance).");
		gap.path("skillGap.fromJob.id").entity(String.class).isEqualTo(L + "3");
		gap.path("skillGap.essentialMissing").entity(Integer.class).isEqualTo(7);
		gap.path("skillGap.counts").entity(Map.class).isEqualTo(Map.of("total", 50, "met", 40, "partlyMet", 0,
				"belowLevel", 0, "missing", 10));
		gap.path("skillGap.readiness").entity(Double.class).isEqualTo(Math.round(38.0 / 45 * 10_000) / 10_000.0);
		gap.path("skillGap.desirableCoverage").entity(Double.class).isEqualTo(0.4);
		gap.path("skillGap.explanation").entity(String.class).isEqualTo("readiness = sum(weight x credit) / "
				+ "sum(weight) over the 45 essential requirements = 38 / 45 = 0.844; desirable coverage over the 5 "
				+ "desirable requirements = 1 / 2.5 = 0.4; fit over all requirements = 39 / 47.5 = 0.821; 7 essential "
				+ "missing");
		gap.path("skillGap.extras").entityList(Object.class).hasSize(0);
	}

	@Test
	void aProfileHoldingExactlyLevel2sEssentialsIsReadyForLevel2AndNotForLevel3() {
		List<Map<String, Object>> profile = essentialsAsProfile(L + "2");
		assertThat(profile).hasSize(24);
		var level2 = gap(Map.of("profile", profile), L + "2");
		level2.path("skillGap.readiness").entity(Double.class).isEqualTo(1.0);
		level2.path("skillGap.essentialMissing").entity(Integer.class).isEqualTo(0);
		level2.path("skillGap.desirableCoverage").entity(Double.class).isEqualTo(0.0);
		level2.path("skillGap.profileSize").entity(Integer.class).isEqualTo(24);
		level2.path("skillGap.fromJob").valueIsNull();
		var level3 = gap(Map.of("profile", profile), L + "3");
		level3.path("skillGap.readiness").entity(Double.class).satisfies(r -> assertThat(r).isLessThan(1.0));
		List<String> missingEssentials = rows(level3).stream()
			.filter(r -> "ESSENTIAL".equals(r.get("priority")) && !"MET".equals(r.get("status")))
			.map(SkillGapIntegrationTests::id)
			.toList();
		// What Level 3 makes essential beyond Level 2: its own essential criteria and duties.
		assertThat(missingEssentials).containsExactlyInAnyOrderElementsOf(
				ownRequirements(L + "3", "ESSENTIAL"));
		long essentials = rows(level3).stream().filter(r -> "ESSENTIAL".equals(r.get("priority"))).count();
		assertThat(essentials).isEqualTo(38);
		level3.path("skillGap.readiness").entity(Double.class).isEqualTo(
				Math.round((double) (essentials - missingEssentials.size()) / essentials * 10_000) / 10_000.0);
	}

	@Test
	void rowsSayMetBelowLevelOrMissingWithLevelsDeficitAndWhy() {
		var gap = gap(Map.of("profile", List.of(
				Map.of("capability", "knowledge/it-infrastructure-systems", "level", 3),
				Map.of("capability", "knowledge/ict-best-practice-frameworks"),
				Map.of("capability", "skill/troubleshooting", "level", 2),
				Map.of("capability", "knowledge/specialist-technology", "level", 6),
				Map.of("capability", "skill/supplier-management", "level", 4))), L + "3");
		List<Map<String, Object>> rows = rows(gap);
		assertThat(row(rows, "knowledge/it-infrastructure-systems")).containsEntry("status", "BELOW_LEVEL")
			.containsEntry("requiredLevel", 5.0)
			.containsEntry("currentLevel", 3.0)
			.containsEntry("deficit", 2.0)
			.containsEntry("credit", 0.6)
			.containsEntry("gap", 0.4)
			.containsEntry("weightedGap", 0.4)
			.containsEntry("match", "EXACT")
			.containsEntry("explanation", "Held at level 3; level 5 required, level share 0.6. Credit 0.6. "
					+ "Weight 1 (essential, no stated importance).");
		assertThat(row(rows, "knowledge/ict-best-practice-frameworks")).containsEntry("status", "MET")
			.containsEntry("currentLevel", null)
			.containsEntry("deficit", 0.0)
			.containsEntry("explanation", "Held at an unstated level; level 5 required, taken as met. Credit 1. "
					+ "Weight 1 (essential, no stated importance).");
		assertThat(row(rows, "skill/troubleshooting")).containsEntry("status", "MET")
			.containsEntry("requiredLevel", null)
			.containsEntry("deficit", null)
			.containsEntry("explanation", "Held at level 2; no level required. Credit 1. "
					+ "Weight 1 (essential, no stated importance).");
		assertThat(row(rows, "knowledge/specialist-technology")).containsEntry("status", "MET")
			.containsEntry("priority", "DESIRABLE")
			.containsEntry("weight", 0.5)
			.containsEntry("importance", 0.5)
			.containsEntry("importanceStated", false);
		assertThat(row(rows, "skill/backup-and-restore")).containsEntry("status", "MISSING")
			.containsEntry("heldAs", null)
			.containsEntry("credit", 0.0)
			.containsEntry("weightedGap", 1.0);
		// Essential missing (weighted gap 1) before essential below level (0.4) before essential met (0).
		List<String> essentialStatuses = rows.stream()
			.filter(r -> "ESSENTIAL".equals(r.get("priority")))
			.map(r -> (String) r.get("status"))
			.toList();
		assertThat(essentialStatuses.indexOf("BELOW_LEVEL")).isGreaterThan(essentialStatuses.lastIndexOf("MISSING"));
		assertThat(essentialStatuses.indexOf("MET")).isGreaterThan(essentialStatuses.indexOf("BELOW_LEVEL"));
		assertThat(rows.stream().map(r -> (String) r.get("priority")).toList())
			.isSortedAccordingTo((a, b) -> Boolean.compare(a.equals("DESIRABLE"), b.equals("DESIRABLE")));
		// What the person has that Level 3 does not ask for.
		gap.path("skillGap.extras[*].capability.id").entityList(String.class).containsExactly("skill/supplier-management");
		gap.path("skillGap.extras[0].level").entity(Double.class).isEqualTo(4.0);
	}

	@Test
	void aJobAsSourceListsWhatItRequiresAndTheTargetDoesNot() {
		var gap = gap(Map.of("job", "chicago/infrastructure-and-operations-lead"), L + "1");
		gap.path("skillGap.extras[*].capability.id").entityList(String.class)
			.contains("skill/critical-thinking", "ability/oral-comprehension")
			.doesNotContain("skill/complex-problem-solving"); // Level 1 asks for it (criterion 50)
		gap.path("skillGap.extras[0].priority").entity(String.class).isEqualTo("ESSENTIAL");
	}

	@Test
	void badInputIsRejectedNamingTheArgument() {
		assertError(gap(Map.of(), L + "2"), "BAD_REQUEST", "from", "from: give exactly one of job, profile and person");
		assertError(gap(Map.of("job", L + "1", "profile", List.of(Map.of("capability", "skill/troubleshooting"))),
				L + "2"), "BAD_REQUEST", "from", "from: give exactly one of job, profile and person");
		assertError(gap(Map.of("job", "no/such-job"), L + "2"), "NOT_FOUND", "from.job",
				"from.job: there is no job with id 'no/such-job'");
		assertError(gap(Map.of("job", L + "1"), "no/such-job"), "NOT_FOUND", "to",
				"to: there is no job with id 'no/such-job'");
		assertError(gap(Map.of("job", L + "1"), " "), "BAD_REQUEST", "to", "to: must not be blank");
		assertError(gap(Map.of("profile", List.of()), L + "2"), "BAD_REQUEST", "from.profile",
				"from.profile: must list at least one capability");
		assertError(gap(Map.of("profile", List.of(Map.of("capability", "skill/troubleshooting"),
				Map.of("capability", "skill/troubleshooting", "level", 7.5))), L + "2"), "BAD_REQUEST",
				"from.profile[1].level", "from.profile[1].level: must be from 0 to 7, was 7.5");
		assertError(gap(Map.of("profile", List.of(Map.of("capability", "skill/no-such-skill", "level", 2))), L + "2"),
				"NOT_FOUND", "from.profile[0].capability",
				"from.profile[0].capability: there is no capability with id 'skill/no-such-skill'");
		List<Map<String, Object>> tooMany = new ArrayList<>();
		for (int i = 0; i < 501; i++) {
			tooMany.add(Map.of("capability", "skill/troubleshooting"));
		}
		assertError(gap(Map.of("profile", tooMany), L + "2"), "BAD_REQUEST", "from.profile",
				"from.profile: must list at most 500 capabilities, was 501");
		// A level that is not a number is refused by GraphQL itself, also naming the argument.
		gap(Map.of("profile", List.of(Map.of("capability", "skill/troubleshooting", "level", "high"))), L + "2")
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "from");
			}));
	}

	@Test
	void anErrorLeavesTheOtherFieldsOfTheRequestAnswered() {
		var response = this.graphQl.document("{ skillGap(from: {job: \"no/such-job\"}, to: \"" + L + "2\") { readiness } "
				+ "job(id: \"" + L + "2\") { title } }").execute();
		response.errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND")));
		response.path("skillGap").valueIsNull();
		response.path("job.title").entity(String.class).isEqualTo("Infrastructure Engineer Level 2");
	}

	// --- helpers -----------------------------------------------------------------------------------------------

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> rows(GraphQlTester.Response gap) {
		return (List<Map<String, Object>>) (List<?>) gap.path("skillGap.requirements").entityList(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	static String id(Map<String, Object> row) {
		return (String) ((Map<String, Object>) row.get("capability")).get("id");
	}

	static Map<String, Object> row(List<Map<String, Object>> rows, String capabilityId) {
		return rows.stream().filter(r -> id(r).equals(capabilityId)).findFirst().orElseThrow();
	}

	/** Capability ids of the requirements a job states itself (not inherited), of the given priorities. */
	List<String> ownRequirements(String jobId, String... priorities) {
		return requirements(jobId).stream()
			.filter(r -> r.get("inheritedFrom") == null)
			.filter(r -> priorities.length == 0 || List.of(priorities).contains(r.get("priority")))
			.map(SkillGapIntegrationTests::id)
			.toList();
	}

	/** A profile holding exactly the job's essential requirements, at their levels. */
	List<Map<String, Object>> essentialsAsProfile(String jobId) {
		return requirements(jobId).stream().filter(r -> "ESSENTIAL".equals(r.get("priority"))).map(r -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("capability", id(r));
			entry.put("level", r.get("level"));
			return entry;
		}).toList();
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> requirements(String jobId) {
		return (List<Map<String, Object>>) (List<?>) this.graphQl.documentName("job")
			.variable("id", jobId)
			.execute()
			.path("job.requirements")
			.entityList(Map.class)
			.get();
	}

}
