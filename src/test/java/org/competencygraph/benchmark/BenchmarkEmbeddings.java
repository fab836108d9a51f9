package org.competencygraph.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.competencygraph.semantic.TextEmbedder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Gives the benchmark's jobs the {@code titleEmbedding} and {@code dutyEmbedding} the BLENDED metric reads, where
 * they have none yet (a database the embedding job has not run on): the title, and the summary (the occupation's
 * description) or else the title as the duty text, embedded by the application's TextEmbedder in batches. Kept in
 * the benchmark database for later runs.
 */
final class BenchmarkEmbeddings {

	private static final int BATCH = 64;

	private BenchmarkEmbeddings() {
	}

	/** Embeds what is missing; returns a line for the report. */
	static String ensure(Driver driver, TextEmbedder embedder) {
		Instant started = Instant.now();
		List<Record> missing = driver.executableQuery("""
				MATCH (j:Job) WHERE j.titleEmbedding IS NULL OR j.dutyEmbedding IS NULL
				RETURN j.id AS id, j.title AS title, coalesce(j.summary, j.title) AS duties ORDER BY id
				""").execute().records();
		for (int from = 0; from < missing.size(); from += BATCH) {
			List<Record> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
			List<float[]> titles = embedder.embedAll(batch.stream().map(r -> r.get("title").asString()).toList());
			List<float[]> duties = embedder.embedAll(batch.stream().map(r -> r.get("duties").asString()).toList());
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				rows.add(Map.of("id", batch.get(i).get("id").asString(), "title", list(titles.get(i)), "duties",
						list(duties.get(i))));
			}
			driver.executableQuery("""
					UNWIND $rows AS row
					MATCH (j:Job {id: row.id}) SET j.titleEmbedding = row.title, j.dutyEmbedding = row.duties
					""").withParameters(Map.of("rows", rows)).execute();
		}
		return missing.isEmpty() ? "already in the database"
				: String.format(java.util.Locale.ROOT, "computed for %,d jobs in %d s by the application's TextEmbedder "
						+ "(title; summary as the duty text)", missing.size(),
						Duration.between(started, Instant.now()).toSeconds());
	}

	private static List<Double> list(float[] vector) {
		List<Double> values = new ArrayList<>(vector.length);
		for (float v : vector) {
			values.add((double) v);
		}
		return values;
	}

}
