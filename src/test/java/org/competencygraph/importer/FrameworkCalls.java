package org.competencygraph.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the framework import tests share: the framework calls over GraphQL, the readers of their reports, and the
 * Cypher reads that check what an import wrote.
 */
final class FrameworkCalls {

	private FrameworkCalls() {
	}

	/** Runs {@code importOnet} or {@code importEsco} on a release in the import folder; its report, without errors. */
	static Map<String, Object> importThroughGraphQl(HttpGraphQlTester admin, String mutation, String release) {
		return admin.documentName(mutation)
			.variable("input", Map.of("path", release))
			.execute()
			.path(mutation + ".errors").entityList(String.class).hasSize(0)
			.path(mutation + ".report").entity(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
	}

	/** The part of an import report about one file. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> file(Map<String, Object> report, String name) {
		return ((List<Map<String, Object>>) report.get("files")).stream()
			.filter(f -> f.get("file").equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no report of " + name));
	}

	/** The rows a file's report skipped, counted by reason. */
	@SuppressWarnings("unchecked")
	static Map<String, Integer> skipped(Map<String, Object> file) {
		Map<String, Integer> skipped = new HashMap<>();
		((List<Map<String, Object>>) file.get("skipped")).forEach(s -> skipped.put((String) s.get("reason"),
				(Integer) s.get("count")));
		return skipped;
	}

	/** A field of the closest occupations of a job in one framework, nearest first. */
	static List<String> closest(HttpGraphQlTester graphQl, String jobId, String framework, String field) {
		return graphQl.documentName("closestOccupations")
			.variable("id", jobId)
			.variable("framework", framework)
			.execute()
			.path("job.closestOccupations[*].occupation." + field).entityList(String.class).get();
	}

	/** The graph as {@link GraphFixtures#fingerprint}, without the import records, whose times change every run. */
	static List<String> fingerprint(Driver driver) {
		return GraphFixtures.fingerprint(driver).stream().filter(line -> !line.startsWith("[FrameworkImport]")).toList();
	}

	/** The single number a counting query returns. */
	static long count(Driver driver, String query) {
		return driver.executableQuery(query).execute().records().getFirst().get(0).asLong();
	}

	static Record single(Driver driver, String query) {
		return single(driver, query, Map.of());
	}

	/** The one record a query returns; fails when it returns none or several. */
	static Record single(Driver driver, String query, Map<String, Object> parameters) {
		List<Record> records = driver.executableQuery(query).withParameters(parameters).execute().records();
		assertThat(records).hasSize(1);
		return records.getFirst();
	}

	/** O*NET requirements written from one release file. */
	static long requirementsFrom(Driver driver, String file) {
		return count(driver, "MATCH (:Occupation {framework: 'onet'})-[r:REQUIRES {sourceDocument: '%s'}]->() RETURN count(r)"
			.formatted(file));
	}

}
