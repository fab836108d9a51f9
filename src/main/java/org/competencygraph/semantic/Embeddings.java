package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.competencygraph.background.JobProgress;
import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.database.Sessions;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Computes the stored vectors of the graph's texts (see {@link EmbeddedText}) and of each job's duties, in batches,
 * for what changed since the last refresh only. Run at the end of every framework import, before linking, and on
 * its own ({@code embed}, {@code refreshEmbeddings}).
 * <p>
 * A job's {@code dutyEmbedding} is the unit-length mean of its summary's vector and the mean of its duties' vectors
 * (each half, or all of it when one is missing): what the job does, as one vector comparable across vocabularies.
 */
@Service
public class Embeddings {

	private static final Logger logger = LoggerFactory.getLogger(Embeddings.class);

	static final List<EmbeddedText> TEXTS = List.of(EmbeddedText.CAPABILITY_NAME, EmbeddedText.CAPABILITY_DESCRIPTION,
			EmbeddedText.JOB_TITLE, EmbeddedText.JOB_NAMES, EmbeddedText.DUTY);

	private static final int BATCH = 128;

	/** Every node of a text's label. */
	private static final String ALL = "true";

	/** The project's own capabilities, of no framework. */
	private static final String OWN = "n.framework IS NULL";

	private final Sessions sessions;

	private final TextEmbedder embedder;

	private final ConceptVectors conceptVectors;

	/** What the last {@link #refreshCapabilities} that found every vector current reported. */
	private final KeptUntilCommit<List<EmbeddingReport.Kind>> checked;

	public Embeddings(Sessions sessions, TextEmbedder embedder, ConceptVectors conceptVectors,
			ObjectProvider<EmbeddedNeo4j> embedded) {
		this.sessions = sessions;
		this.embedder = embedder;
		this.conceptVectors = conceptVectors;
		this.checked = new KeptUntilCommit<>(embedded.getIfAvailable());
	}

	/** Brings every stored vector up to date with its text, telling {@code progress} how far it got. */
	public EmbeddingReport refresh(JobProgress progress) {
		long started = System.nanoTime();
		List<EmbeddingReport.Kind> kinds = new ArrayList<>();
		Map<EmbeddedText, EmbeddingReport.Kind> refreshed = new LinkedHashMap<>();
		try (Session session = this.sessions.open()) {
			for (EmbeddedText text : TEXTS) {
				EmbeddingReport.Kind kind = refresh(session, text, ALL, progress);
				kinds.add(kind);
				refreshed.put(text, kind);
			}
			kinds.add(new JobDuties(session, this.embedder).refresh(progress));
		}
		EmbeddingReport report = new EmbeddingReport(kinds, (System.nanoTime() - started) / 1e9);
		changed(refreshed, text -> refreshed.get(text).computed() + refreshed.get(text).unchanged());
		logger.info("Embeddings refreshed in {} s: {} computed", Math.round(report.seconds() * 10) / 10.0,
				report.computed());
		return report;
	}

	/**
	 * Brings the project's own capabilities' name and description vectors up to date, and nothing else: what
	 * matching words to capabilities needs (an import naming skills in words, a job description), in a second or two
	 * on a fresh seed graph rather than the time all jobs and duties take. A framework's capabilities are left alone:
	 * their vectors are computed by the framework's import (and {@code embed}), and reading all their texts (23,000
	 * with O*NET and ESCO) took most of a job description's extraction. Their vectors are counted, so that vectors
	 * another process computed are read again here. With the embedded engine, a check is skipped while nothing was
	 * committed since one that found every vector current (whoever writes, the engine counts the commit).
	 */
	public EmbeddingReport refreshCapabilities(JobProgress progress) {
		long started = System.nanoTime();
		// Nothing committed since a check that found every vector current: they still are. The check scans every
		// capability (23,000 with O*NET and ESCO) and took 80-220 ms of each job description's extraction. The
		// count is read before the check, so that a write the check may not have seen moves it past the one kept.
		long commits = this.checked.count();
		List<EmbeddingReport.Kind> current = this.checked.at(commits);
		if (current != null) {
			return new EmbeddingReport(current, (System.nanoTime() - started) / 1e9);
		}
		Map<EmbeddedText, EmbeddingReport.Kind> refreshed = new LinkedHashMap<>();
		Map<EmbeddedText, Integer> stored = new LinkedHashMap<>();
		try (Session session = this.sessions.open()) {
			for (EmbeddedText text : List.of(EmbeddedText.CAPABILITY_NAME, EmbeddedText.CAPABILITY_DESCRIPTION)) {
				refreshed.put(text, refresh(session, text, OWN, progress));
				stored.put(text, session.executeRead(tx -> tx.run("MATCH (n:Capability) RETURN count(n.%s) AS stored"
					.formatted(text.keyProperty())).single().get("stored").asInt()));
			}
		}
		changed(refreshed, stored::get);
		List<EmbeddingReport.Kind> kinds = List.copyOf(refreshed.values());
		if (kinds.stream().allMatch(kind -> kind.computed() == 0 && kind.removed() == 0)) {
			this.checked.keep(commits, kinds);
		}
		return new EmbeddingReport(kinds, (System.nanoTime() - started) / 1e9);
	}

	/**
	 * Has the vectors held in memory ({@link ConceptVectors}) read again for each target of which a refresh computed
	 * or removed a vector it holds: a new capability or job is found by meaning once it has its vectors. Also when
	 * the held ones number other than the graph's: vectors another process computed (a command against the same
	 * server or database) tell this process nothing, and its own refresh then finds them up to date.
	 */
	private void changed(Map<EmbeddedText, EmbeddingReport.Kind> refreshed, ToIntFunction<EmbeddedText> stored) {
		for (ConceptTarget target : ConceptTarget.values()) {
			boolean changed = refreshed.entrySet().stream()
				.anyMatch(e -> e.getKey().label().equals(target.label()) && target.kindOf(e.getKey().property()) >= 0
						&& (e.getValue().computed() > 0 || e.getValue().removed() > 0
								|| this.conceptVectors.differs(target, target.kindOf(e.getKey().property()),
										stored.applyAsInt(e.getKey()))));
			if (changed) {
				this.conceptVectors.changed(target);
			}
		}
	}

	/**
	 * @param scope a Cypher condition on {@code n}: which of the nodes to bring up to date
	 */
	private EmbeddingReport.Kind refresh(Session session, EmbeddedText text, String scope, JobProgress progress) {
		progress.stage("reading " + text.description(), 0);
		Map<String, String> stale = new LinkedHashMap<>();
		List<String> emptied = new ArrayList<>();
		int[] current = new int[1];
		// One read finds both the texts to embed and the vectors whose text is gone; the write that removes these
		// runs only when there are any (a write every time moved the change markers of every reader).
		session.executeRead(tx -> tx.run("""
				MATCH (n:%s) WHERE %s WITH n, %s AS text
				WHERE trim(coalesce(text, '')) <> '' OR n.%s IS NOT NULL
				RETURN n.id AS id, elementId(n) AS node, text, n.%s AS key
				""".formatted(text.label(), scope, text.text(), text.property(), text.keyProperty())).list())
			.forEach(r -> {
				String value = r.get("text").asString(null);
				if (value == null || value.isBlank()) {
					emptied.add(r.get("node").asString());
				}
				else if (EmbeddedText.key(value).equals(r.get("key").asString(null))) {
					current[0]++;
				}
				else {
					stale.put(r.get("id").asString(), value);
				}
			});
		int removed = emptied.isEmpty() ? 0 : session.executeWrite(tx -> tx.run("""
				MATCH (n) WHERE elementId(n) IN $nodes
				REMOVE n.%s, n.%s
				RETURN count(n) AS removed
				""".formatted(text.property(), text.keyProperty()), Map.of("nodes", emptied)).single()
			.get("removed").asInt());
		progress.stage("embedding " + stale.size() + " " + text.description(), stale.size());
		List<Map.Entry<String, String>> entries = new ArrayList<>(stale.entrySet());
		for (int from = 0; from < entries.size(); from += BATCH) {
			List<Map.Entry<String, String>> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
			List<float[]> vectors = this.embedder.embedAll(batch.stream().map(Map.Entry::getValue).toList());
			List<Map<String, Object>> rows = new ArrayList<>(batch.size());
			for (int i = 0; i < batch.size(); i++) {
				rows.add(Map.of("id", batch.get(i).getKey(), "key", EmbeddedText.key(batch.get(i).getValue()),
						"vector", vectors.get(i)));
			}
			write(session, text.label(), text.property(), text.keyProperty(), rows);
			progress.advance(batch.size());
		}
		return new EmbeddingReport.Kind(text.description(), stale.size(), current[0], removed);
	}

	/** Writes vectors as 32-bit floats (half the size of a list of doubles), with their keys. */
	static void write(Session session, String label, String property, String keyProperty,
			List<Map<String, Object>> rows) {
		session.executeWriteWithoutResult(tx -> tx.run("""
				UNWIND $rows AS row
				MATCH (n:%s {id: row.id})
				CALL db.create.setNodeVectorProperty(n, '%s', row.vector)
				SET n.%s = row.key
				""".formatted(label, property, keyProperty), Map.of("rows", rows)).consume());
	}


}
