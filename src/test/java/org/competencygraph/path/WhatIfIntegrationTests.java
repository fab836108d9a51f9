package org.competencygraph.path;

import java.util.ArrayList;
import java.util.HashMap;
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
import static org.competencygraph.path.PathIntegrationTests.jobId;
import static org.competencygraph.path.PathIntegrationTests.list;
import static org.competencygraph.path.PathIntegrationTests.map;

/** whatIf and bestNextSkills on the seed graph: exactly the numbers skillGap gives after learning. */
@IntegrationTest
class WhatIfIntegrationTests {

	static final String L = PathIntegrationTests.L;

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		this.graphQl = GraphQlClients.anonymous(this.port);
	}

	GraphQlTester.Response whatIf(Object from, Object learn, Integer first) {
		return this.graphQl.documentName("whatIf").variable("from", from).variable("learn", learn)
			.variable("first", first).execute();
	}

	GraphQlTester.Response best(Object from, Object targets, Integer first) {
		return this.graphQl.documentName("bestNextSkills").variable("from", from).variable("targets", targets)
			.variable("first", first).execute();
	}

	double readiness(Object from, String to) {
		return this.graphQl.documentName("skillGap").variable("from", from).variable("to", to).execute()
			.path("skillGap.readiness").entity(Double.class).get();
	}

	/** Level 1's essential requirements at their levels: a person who does Level 1's job. */
	List<Map<String, Object>> level1Person() {
		var gap = this.graphQl.documentName("skillGap").variable("from", Map.of("job", L + "1")).variable("to", L + "1")
			.execute();
		List<Map<String, Object>> profile = new ArrayList<>();
		for (Map<String, Object> row : list(gap, "skillGap.requirements")) {
			if ("ESSENTIAL".equals(row.get("priority"))) {
				profile.add(entry((String) map(row.get("capability")).get("id"), (Double) row.get("requiredLevel")));
			}
		}
		return profile;
	}

	static Map<String, Object> entry(String capability, Double level) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("capability", capability);
		entry.put("level", level);
		return entry;
	}

	/** The essential requirements of Level 2 the person misses, as profile entries at the required level. */
	List<Map<String, Object>> missingForLevel2(List<Map<String, Object>> person) {
		var gap = this.graphQl.documentName("skillGap").variable("from", Map.of("profile", person))
			.variable("to", L + "2").execute();
		return list(gap, "skillGap.requirements").stream()
			.filter(r -> "ESSENTIAL".equals(r.get("priority")) && "MISSING".equals(r.get("status")))
			.map(r -> entry((String) map(r.get("capability")).get("id"), (Double) r.get("requiredLevel")))
			.toList();
	}

	@Test
	void whatIfGivesSkillGapsReadinessBeforeAndAfterForEveryRoleItRaises() {
		List<Map<String, Object>> person = level1Person();
		List<Map<String, Object>> learn = missingForLevel2(person).subList(0, 2);
		var answer = whatIf(Map.of("profile", person), learn, 100);
		List<Map<String, Object>> changes = list(answer, "whatIf.changes");
		assertThat(changes).extracting(PathIntegrationTests::jobId).contains(L + "2");
		List<Map<String, Object>> after = new ArrayList<>(person);
		after.addAll(learn);
		for (Map<String, Object> change : changes) {
			String job = jobId(change);
			assertThat(change.get("readinessBefore")).as(job).isEqualTo(readiness(Map.of("profile", person), job));
			assertThat(change.get("readinessAfter")).as(job).isEqualTo(readiness(Map.of("profile", after), job));
			assertThat((Double) change.get("rise")).isPositive();
		}
		answer.path("whatIf.raised").entity(Integer.class).isEqualTo(changes.size());
		long reachable = changes.stream().filter(c -> Boolean.TRUE.equals(c.get("becomesReachable"))).count();
		answer.path("whatIf.becomeReachable").entity(Integer.class).isEqualTo((int) reachable);
		// Learning every missing essential requirement of Level 2 makes it fully ready, so reachable.
		List<Map<String, Object>> all = missingForLevel2(person);
		var everything = whatIf(Map.of("profile", person), all, 100);
		Map<String, Object> level2 = list(everything, "whatIf.changes").stream()
			.filter(c -> jobId(c).equals(L + "2")).findFirst().orElseThrow();
		assertThat(level2).containsEntry("readinessAfter", 1.0).containsEntry("becomesReachable", true);
	}

	@Test
	void whatIfFromAJobAddsToWhatItsHoldersHold() {
		List<Map<String, Object>> learn = missingForLevel2(level1Person());
		var answer = whatIf(Map.of("job", L + "1"), learn, 100);
		Map<String, Object> level2 = list(answer, "whatIf.changes").stream()
			.filter(c -> jobId(c).equals(L + "2")).findFirst().orElseThrow();
		assertThat(level2.get("readinessBefore")).isEqualTo(readiness(Map.of("job", L + "1"), L + "2"));
		assertThat((Double) level2.get("readinessAfter")).isGreaterThan((Double) level2.get("readinessBefore"));
		// Learning what is already held at a higher level changes nothing.
		List<Map<String, Object>> person = new ArrayList<>(level1Person());
		String held = (String) person.getFirst().get("capability");
		person.set(0, entry(held, 5.0));
		var nothing = whatIf(Map.of("profile", person), List.of(entry(held, 2.0)), 10);
		nothing.path("whatIf.raised").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void bestNextSkillsAreExactlyWhatSkillGapGivesAfterLearningThem() {
		List<Map<String, Object>> person = level1Person();
		var answer = best(Map.of("profile", person), null, 5);
		List<Map<String, Object>> skills = list(answer, "bestNextSkills.skills");
		assertThat(skills).isNotEmpty();
		for (Map<String, Object> skill : skills.subList(0, Math.min(3, skills.size()))) {
			List<Map<String, Object>> after = new ArrayList<>(person);
			after.add(entry((String) map(skill.get("capability")).get("id"), (Double) skill.get("level")));
			List<Map<String, Object>> roles = (List<Map<String, Object>>) (List<?>) skill.get("roles");
			assertThat(roles).isNotEmpty();
			for (Map<String, Object> role : roles) {
				assertThat(role.get("readinessBefore")).isEqualTo(readiness(Map.of("profile", person), jobId(role)));
				assertThat(role.get("readinessAfter")).as(jobId(role) + " after " + skill.get("capability"))
					.isEqualTo(readiness(Map.of("profile", after), jobId(role)));
			}
			// And whatIf agrees on the counts.
			var whatIf = whatIf(Map.of("profile", person), List.of(after.getLast()), 100);
			whatIf.path("whatIf.raised").entity(Integer.class).isEqualTo((Integer) skill.get("raised"));
			whatIf.path("whatIf.becomeReachable").entity(Integer.class).isEqualTo((Integer) skill.get("opened"));
		}
		// Ordered by roles opened, then by total rise.
		List<Integer> opened = skills.stream().map(s -> (Integer) s.get("opened")).toList();
		assertThat(opened).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		// For one target: the skills that raise Level 2, the first opening it if any single one can.
		var forLevel2 = best(Map.of("profile", person), List.of(L + "2"), 50);
		forLevel2.path("bestNextSkills.targets").entity(Integer.class).isEqualTo(1);
		assertThat(list(forLevel2, "bestNextSkills.skills")).isNotEmpty().allSatisfy(s -> assertThat(
				(List<?>) s.get("roles")).singleElement().satisfies(r -> assertThat(jobId(map(r))).isEqualTo(L + "2")));
	}

	@Test
	void badInputIsRefusedNamingTheArgument() {
		Map<String, String> from = Map.of("job", L + "1");
		assertError(whatIf(from, List.of(), 10), "BAD_REQUEST", "learn", "learn: must list at least one capability");
		assertError(whatIf(from, List.of(entry("no/such", 2.0)), 10), "NOT_FOUND", "learn[0].capability",
				"learn[0].capability: there is no capability with id 'no/such'");
		assertError(whatIf(from, List.of(entry("skill/troubleshooting", 9.0)), 10), "BAD_REQUEST", "learn[0].level",
				"learn[0].level: must be from 0 to 7, was 9.0");
		assertError(whatIf(from, List.of(entry("skill/troubleshooting", 2.0)), 101), "BAD_REQUEST", "first",
				"first: must be from 1 to 100, was 101");
		assertError(best(from, List.of("no/such-job"), 5), "NOT_FOUND", "targets[0]",
				"targets[0]: there is no job with id 'no/such-job'");
		assertError(best(from, List.of(), 5), "BAD_REQUEST", "targets",
				"targets: must list 1 to 500 job ids, or be left out for all jobs; was 0");
		assertError(best(Map.of("profile", List.of()), null, 5), "BAD_REQUEST", "from.profile",
				"from.profile: must list at least one capability");
	}

}
