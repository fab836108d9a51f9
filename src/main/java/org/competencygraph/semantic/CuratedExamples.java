package org.competencygraph.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.competencygraph.capability.Capability;
import org.competencygraph.database.GraphChangedEvent;
import org.competencygraph.database.Sessions;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The sentences the graph's requirements were curated from (a job's {@code REQUIRES} with its provenance text: the
 * seed profiles, and every job profile imported after review), each an example "this sentence means that
 * capability", with its sentence vector: read and embedded once at first use and again after a write to the graph
 * ({@link GraphChangedEvent}), not per request. Vectors of sentences already embedded are kept across such
 * reloads, so an import costs only its new sentences. Bounded: at most {@code max} examples, {@code perCapability}
 * of each capability (by document and text order); the rest are left out and the log says how many.
 * <p>
 * Besides them, the curated phrasings of {@value #PHRASINGS}: sentences written for the purpose, in the wordings job
 * descriptions commonly use for a capability, from no document (so never left out as a document's own), named in the
 * evidence as a "curated phrasing". The seed documents ask for some capabilities in one wording or none, and a
 * capability's name and description seldom read like a job advert's line ("prioritise your own workload").
 */
@Service
public class CuratedExamples {

	/**
	 * One curated sentence and the capability a curator matched it to.
	 *
	 * @param capability the (own) capability the sentence was curated into
	 * @param text the sentence, verbatim
	 * @param document the source document it was taken from ({@code sourceDocument})
	 * @param job the title of (one of) the jobs requiring it
	 * @param vector its sentence vector
	 */
	public record Example(Capability capability, String text, @Nullable String document, String job, float[] vector) {

		/** Whether this is a curated phrasing (extraction/phrasings.yaml), not a job's sentence. */
		public boolean phrasing() {
			return this.document == null && PHRASING.equals(this.job);
		}

	}

	/** The examples read at one time, and how many the bounds left out. */
	public record Snapshot(List<Example> examples, int leftOut, double seconds) {
	}

	private static final Logger logger = LoggerFactory.getLogger(CuratedExamples.class);

	/** The curated phrasings' data file, on the classpath. */
	static final String PHRASINGS = "extraction/phrasings.yaml";

	/** What the evidence names as the job of a curated phrasing. */
	public static final String PHRASING = "curated phrasing";

	/** The curated phrasings, by capability id, in the file's order. */
	private final Map<String, List<String>> phrasings;

	private final Sessions sessions;

	private final TextEmbedder embedder;

	/** The examples last read, with the bounds and the graph's generation they were read for. */
	private record Cached(Snapshot snapshot, int bounds, long generation) {
	}

	private volatile @Nullable Cached cached;

	/** Counts the graph's changes: examples read while a write was published are not kept as current. */
	private final AtomicLong generation = new AtomicLong();

	/** The vector of each sentence of the last snapshot, so that a reload embeds only new sentences. */
	private Map<String, float[]> vectors = Map.of();

	@Autowired
	public CuratedExamples(Sessions sessions, TextEmbedder embedder) {
		this(sessions, embedder, phrasings(PHRASINGS));
	}

	/** @param phrasings the curated phrasings by capability id (those of capabilities the graph lacks are ignored) */
	CuratedExamples(Sessions sessions, TextEmbedder embedder, Map<String, List<String>> phrasings) {
		this.sessions = sessions;
		this.embedder = embedder;
		this.phrasings = phrasings;
	}

	private record PhrasingsFile(@Nullable Map<String, @Nullable List<String>> phrasings) {
	}

	/** The curated phrasings of a data file on the classpath, by capability id. */
	static Map<String, List<String>> phrasings(String location) {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			// A capability named twice would keep only its second list: refused instead.
			PhrasingsFile file = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
				.readValue(in, PhrasingsFile.class);
			Map<String, List<String>> phrasings = new LinkedHashMap<>();
			if (file.phrasings() != null) {
				file.phrasings().forEach((id, texts) -> phrasings.put(id, texts == null ? List.of()
						: texts.stream().map(String::trim).filter(t -> !t.isEmpty()).toList()));
			}
			return phrasings;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

	/** Forget the examples: the next use reads them again, the graph's requirements may have changed. */
	@EventListener
	void onGraphChanged(GraphChangedEvent event) {
		this.generation.incrementAndGet();
	}

	/**
	 * The examples, read and embedded when the graph changed since the last call (or the bounds differ).
	 *
	 * @param max how many examples at most
	 * @param perCapability how many of one capability at most
	 */
	public Snapshot examples(int max, int perCapability) {
		int key = 31 * max + perCapability;
		Cached current = this.cached;
		if (current != null && current.bounds() == key && current.generation() == this.generation.get()) {
			return current.snapshot();
		}
		synchronized (this) {
			current = this.cached;
			long generation = this.generation.get();
			if (current == null || current.bounds() != key || current.generation() != generation) {
				current = new Cached(read(max, perCapability), key, generation);
				this.cached = current;
			}
			return current.snapshot();
		}
	}

	private record Row(Capability capability, String text, @Nullable String document, String job) {
	}

	private Snapshot read(int max, int perCapability) {
		long start = System.nanoTime();
		List<Row> rows = new ArrayList<>();
		long total;
		try (Session session = this.sessions.open()) {
			rows.addAll(session.executeRead(tx -> tx.run("""
					MATCH (j:Job)-[r:REQUIRES]->(c:Capability)
					WHERE c.framework IS NULL AND r.sourceText IS NOT NULL AND trim(r.sourceText) <> ''
					WITH c, trim(r.sourceText) AS text, r.sourceDocument AS document, min(j.title) AS job
					ORDER BY c.id, document, text
					WITH c, collect({text: text, document: document, job: job}) AS all
					UNWIND all[..$perCapability] AS e
					RETURN %s AS node, e.text AS text, e.document AS document, e.job AS job
					LIMIT $max""".formatted(Capability.PROJECTION), Map.of("perCapability", perCapability, "max", max))
				.list(r -> new Row(Capability.of(r.get("node")), r.get("text").asString(),
						r.get("document").asString(null), r.get("job").asString("")))));
			total = session.executeRead(tx -> tx.run("""
					MATCH (j:Job)-[r:REQUIRES]->(c:Capability)
					WHERE c.framework IS NULL AND r.sourceText IS NOT NULL AND trim(r.sourceText) <> ''
					RETURN count(DISTINCT [c.id, trim(r.sourceText), r.sourceDocument]) AS total""").single()
				.get("total").asLong());
			if (!this.phrasings.isEmpty()) {
				List<Capability> phrased = session.executeRead(tx -> tx.run("""
						MATCH (c:Capability) WHERE c.id IN $ids AND c.framework IS NULL
						RETURN %s AS node ORDER BY c.id""".formatted(Capability.PROJECTION),
						Map.of("ids", List.copyOf(this.phrasings.keySet())))
					.list(r -> Capability.of(r.get("node"))));
				for (Capability capability : phrased) {
					this.phrasings.getOrDefault(capability.id(), List.of())
						.forEach(text -> rows.add(new Row(capability, text, null, PHRASING)));
				}
			}
		}
		Map<String, float[]> known = this.vectors;
		List<String> missing = rows.stream().map(Row::text).distinct().filter(t -> !known.containsKey(t)).toList();
		Map<String, float[]> vectors = new HashMap<>();
		if (!missing.isEmpty()) {
			List<float[]> computed = this.embedder.embedAll(missing);
			for (int i = 0; i < missing.size(); i++) {
				vectors.put(missing.get(i), computed.get(i));
			}
		}
		Map<String, float[]> kept = new LinkedHashMap<>();
		List<Example> examples = new ArrayList<>(rows.size());
		for (Row row : rows) {
			float[] vector = known.getOrDefault(row.text(), vectors.get(row.text()));
			kept.put(row.text(), vector);
			examples.add(new Example(row.capability(), row.text(), row.document(), row.job(), vector));
		}
		this.vectors = kept;
		int leftOut = (int) Math.max(0, total - rows.size());
		double seconds = (System.nanoTime() - start) / 1e9;
		if (leftOut > 0) {
			logger.warn("{} curated example sentences left out of matching (at most {} in all, {} per capability)",
					leftOut, max, perCapability);
		}
		logger.info("{} curated example sentences for matching, {} embedded, in {} s", examples.size(), missing.size(),
				Math.round(seconds * 100) / 100.0);
		return new Snapshot(List.copyOf(examples), leftOut, seconds);
	}

}
