package org.competencygraph.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.BackgroundJobCalls;
import org.competencygraph.GraphFixtures;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the framework import tests share: the framework calls over GraphQL, the readers of their reports, and the
 * Cypher reads that check what an import wrote.
 */
final class FrameworkCalls {

	private FrameworkCalls() {
	}

	/**
	 * Runs {@code importOnet} or {@code importEsco} on a release in the import folder as a client would: starts the
	 * job, which answers at once, and follows it to its end; the job's report, checked to have SUCCEEDED.
	 */
	static Map<String, Object> importThroughGraphQl(HttpGraphQlTester admin, String mutation, String release) {
		GraphQlTester.Response ended = BackgroundJobCalls.awaitEnd(admin, "frameworkImportJob",
				startImport(admin, mutation, release));
		ended.path("backgroundJob.errors").entityList(String.class).hasSize(0);
		ended.path("backgroundJob.state").entity(String.class).isEqualTo("SUCCEEDED");
		return ended.path("backgroundJob.frameworkImport").entity(new ParameterizedTypeReference<Map<String, Object>>() {
		}).get();
	}

	/**
	 * Why an import of {@code release} did not happen: the mutation's errors when it could not start, otherwise the
	 * errors of its job, which must have FAILED.
	 */
	static List<String> importErrors(HttpGraphQlTester admin, String mutation, String release) {
		GraphQlTester.Response started = admin.documentName(mutation)
			.variable("input", Map.of("path", release))
			.execute();
		List<String> refused = started.path(mutation + ".errors").entityList(String.class).get();
		if (!refused.isEmpty()) {
			started.path(mutation + ".job").valueIsNull();
			return refused;
		}
		String id = started.path(mutation + ".job.id").entity(String.class).get();
		GraphQlTester.Response ended = BackgroundJobCalls.awaitEnd(admin, "frameworkImportJob", id);
		ended.path("backgroundJob.state").entity(String.class).isEqualTo("FAILED");
		ended.path("backgroundJob.frameworkImport").valueIsNull();
		return ended.path("backgroundJob.errors").entityList(String.class).get();
	}

	/** Starts {@code importOnet} or {@code importEsco}; the job's id, answered at once. */
	static String startImport(HttpGraphQlTester admin, String mutation, String release) {
		GraphQlTester.Response started = admin.documentName(mutation)
			.variable("input", Map.of("path", release))
			.execute();
		started.path(mutation + ".errors").entityList(String.class).hasSize(0);
		return started.path(mutation + ".job.id").entity(String.class).get();
	}

	/** Runs {@code linkFrameworks} to its end; the job's report, checked to have SUCCEEDED. */
	static Map<String, Object> linkThroughGraphQl(HttpGraphQlTester admin) {
		GraphQlTester.Response started = admin.documentName("linkFrameworks").variable("input", Map.of()).execute();
		started.path("linkFrameworks.errors").entityList(String.class).hasSize(0);
		GraphQlTester.Response ended = BackgroundJobCalls.awaitEnd(admin, "linkingJob",
				started.path("linkFrameworks.job.id").entity(String.class).get());
		ended.path("backgroundJob.state").entity(String.class).isEqualTo("SUCCEEDED");
		return ended.path("backgroundJob.linking").entity(new ParameterizedTypeReference<Map<String, Object>>() {
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
