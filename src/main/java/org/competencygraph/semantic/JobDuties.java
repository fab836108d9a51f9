package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.background.JobProgress;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Each job's {@code dutyEmbedding}: the unit-length blend of its summary's vector and the mean of its duties'
 * vectors (the duties' vectors must be up to date first). Its key hashes the summary and the duties' texts, so it is
 * recomputed when either changes.
 */
final class JobDuties {

	private static final int BATCH = 128;

	private final Session session;

	private final TextEmbedder embedder;

	JobDuties(Session session, TextEmbedder embedder) {
		this.session = session;
		this.embedder = embedder;
	}

	EmbeddingReport.Kind refresh(JobProgress progress) {
		progress.stage("reading what each job does", 0);
		List<Record> jobs = this.session.executeRead(tx -> tx.run("""
				MATCH (j:Job)
				WITH j, [(j)-[:HAS_DUTY]->(d:Duty) WHERE d.embedding IS NOT NULL | d.text] AS texts,
				     trim(coalesce(j.summary, '')) AS summary
				WHERE summary <> '' OR size(texts) > 0
				RETURN j.id AS id, summary, texts, j.dutyEmbeddingKey AS key
				ORDER BY id
				""").list());
		List<Record> stale = new ArrayList<>();
		int current = 0;
		for (Record job : jobs) {
			if (key(job).equals(job.get("key").asString(null))) {
				current++;
			}
			else {
				stale.add(job);
			}
		}
		progress.stage("embedding what " + stale.size() + " jobs do", stale.size());
		for (int from = 0; from < stale.size(); from += BATCH) {
			List<Record> batch = stale.subList(from, Math.min(stale.size(), from + BATCH));
			List<String> summaries = batch.stream().map(r -> r.get("summary").asString()).filter(s -> !s.isEmpty())
				.toList();
			List<float[]> summaryVectors = summaries.isEmpty() ? List.of() : this.embedder.embedAll(summaries);
			Map<String, List<float[]>> dutyVectors = dutyVectors(batch.stream().map(r -> r.get("id").asString()).toList());
			List<Map<String, Object>> rows = new ArrayList<>(batch.size());
			int next = 0;
			for (Record job : batch) {
				String id = job.get("id").asString();
				float[] summary = job.get("summary").asString().isEmpty() ? null : summaryVectors.get(next++);
				rows.add(Map.of("id", id, "key", key(job), "vector",
						blend(summary, dutyVectors.getOrDefault(id, List.of()))));
			}
			Embeddings.write(this.session, "Job", "dutyEmbedding", "dutyEmbeddingKey", rows);
			progress.advance(batch.size());
		}
		return new EmbeddingReport.Kind("what jobs do (summary and duties)", stale.size(), current, 0);
	}

	/** The duties' vectors of each of the jobs, in one read. */
	private Map<String, List<float[]>> dutyVectors(List<String> jobIds) {
		Map<String, List<float[]>> vectors = new HashMap<>();
		this.session.executeRead(tx -> tx.run("""
				UNWIND $ids AS id
				MATCH (:Job {id: id})-[:HAS_DUTY]->(d:Duty) WHERE d.embedding IS NOT NULL
				RETURN id, d.embedding AS vector
				""", Map.of("ids", jobIds)).list())
			.forEach(r -> vectors.computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>())
				.add(Vectors.of(r.get("vector"))));
		return vectors;
	}

	private static String key(Record job) {
		StringBuilder text = new StringBuilder(job.get("summary").asString());
		job.get("texts").asList(Value::asString).stream().sorted().forEach(t -> text.append('\n').append(t));
		return EmbeddedText.key(text.toString());
	}

	/** Half the summary, half the mean of the duties, as one unit-length vector. */
	static float[] blend(float @Nullable [] summary, List<float[]> duties) {
		float[] sum = new float[TextEmbedder.DIMENSIONS];
		double dutyShare = summary == null ? 1.0 : duties.isEmpty() ? 0.0 : 0.5;
		if (summary != null) {
			add(sum, summary, 1 - dutyShare);
		}
		for (float[] duty : duties) {
			add(sum, duty, dutyShare / duties.size());
		}
		return Vectors.unit(sum);
	}

	private static void add(float[] sum, float[] vector, double weight) {
		for (int i = 0; i < sum.length; i++) {
			sum[i] += (float) (vector[i] * weight);
		}
	}

}
