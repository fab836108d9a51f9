package org.competencygraph.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.competencygraph.analysis.ProfileCapability;
import org.neo4j.driver.Driver;

/**
 * The inputs the benchmark cycles through, drawn once with a fixed seed from the ESCO occupations that have at
 * least 10 requirements: target jobs; for skillGap a person holding 60% of the target's essential capabilities
 * (half of them with a level) plus 5 of another occupation's; for jobsMatching a person holding another
 * occupation's essential capabilities.
 */
record Workload(List<String> targets, List<List<ProfileCapability>> gapProfiles,
		List<List<ProfileCapability>> otherProfiles) {

	static Workload of(Driver driver, int size, Random random) {
		List<String> candidates = new ArrayList<>(driver.executableQuery("""
				MATCH (:Organization {id: 'esco'})<-[:IN_ORGANIZATION]-(j:Job)-[r:REQUIRES]->(:Capability)
				WITH j, count(r) AS requirements, count(CASE r.priority WHEN 'essential' THEN 1 END) AS essentials
				WHERE requirements >= 10 AND essentials >= 5
				RETURN j.id AS id ORDER BY id
				""").execute().records().stream().map(r -> r.get("id").asString()).toList());
		if (candidates.size() < 2) {
			throw new IllegalStateException("Too few ESCO occupations with requirements in the graph");
		}
		Collections.shuffle(candidates, random);
		List<String> targets = candidates.subList(0, Math.min(size, candidates.size()));
		Map<String, List<String>> essentials = essentials(driver, candidates);
		List<List<ProfileCapability>> gapProfiles = new ArrayList<>();
		List<List<ProfileCapability>> otherProfiles = new ArrayList<>();
		for (String target : targets) {
			List<String> own = new ArrayList<>(essentials.get(target));
			Collections.shuffle(own, random);
			List<ProfileCapability> gap = new ArrayList<>();
			own.subList(0, (int) Math.ceil(own.size() * 0.6)).forEach(id -> gap.add(held(id, random)));
			List<String> other = essentials.get(candidates.get(random.nextInt(candidates.size())));
			other.subList(0, Math.min(5, other.size())).forEach(id -> gap.add(held(id, random)));
			gapProfiles.add(List.copyOf(gap));
			String person = candidates.get(random.nextInt(candidates.size()));
			otherProfiles.add(essentials.get(person).stream().limit(40).map(id -> held(id, random)).toList());
		}
		return new Workload(List.copyOf(targets), gapProfiles, otherProfiles);
	}

	private static ProfileCapability held(String id, Random random) {
		return new ProfileCapability(id, random.nextBoolean() ? null : (double) (1 + random.nextInt(5)));
	}

	private static Map<String, List<String>> essentials(Driver driver, List<String> jobs) {
		Map<String, List<String>> essentials = new java.util.HashMap<>();
		driver.executableQuery("""
				UNWIND $ids AS id
				MATCH (:Job {id: id})-[:REQUIRES {priority: 'essential'}]->(c:Capability)
				RETURN id, c.id AS capability ORDER BY id, capability
				""").withParameters(Map.of("ids", jobs)).execute().records()
			.forEach(r -> essentials.computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>())
				.add(r.get("capability").asString()));
		return essentials;
	}

	String target(int i) {
		return this.targets.get(i % this.targets.size());
	}

	List<ProfileCapability> gapProfile(int i) {
		return this.gapProfiles.get(i % this.gapProfiles.size());
	}

	List<ProfileCapability> otherProfile(int i) {
		return this.otherProfiles.get(i % this.otherProfiles.size());
	}

}
