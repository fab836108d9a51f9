package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.competencygraph.database.Sessions;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every capability's name and description vectors and every job's title vector in memory, to find a text's nearest
 * concepts exactly. Neo4j's vector indexes (HNSW, quantized) answered from an approximate neighbourhood: on the full
 * O*NET + ESCO graph the description nearest to Active Listening's name, its own, was missing from their 100
 * nearest, and the job title index's 10 nearest held 99% of the exact 10 (BENCHMARKS.md "Exact nearest capabilities
 * and jobs"). A scan of all vectors takes a few milliseconds and misses none.
 * <p>
 * Per {@link ConceptTarget}, read on first use (and after the sentence model's warm-up), read again after a refresh
 * of the stored vectors that computed or removed one of its vectors ({@link Embeddings}), then swapped whole: a query
 * sees one consistent {@link VectorSnapshot}, the previous one until the new one is read. Bounded: above
 * {@code competency-graph.semantic.exact-capabilities-max} capabilities (or {@code exact-jobs-max} jobs) nothing is
 * held and the matcher asks the vector indexes, as before. Only a refresh in this process has them read again: what
 * needs every vector as stored now (linking, the batch matching of a job description) reads them from the graph.
 */
@Component
public class ConceptVectors {

	private final Map<ConceptTarget, Held> held = new EnumMap<>(ConceptTarget.class);

	public ConceptVectors(Sessions sessions,
			@Value("${competency-graph.semantic.exact-capabilities-max:60000}") int maxCapabilities,
			@Value("${competency-graph.semantic.exact-jobs-max:60000}") int maxJobs) {
		this.held.put(ConceptTarget.CAPABILITY, new Held(sessions, ConceptTarget.CAPABILITY, maxCapabilities,
				"competency-graph.semantic.exact-capabilities-max"));
		this.held.put(ConceptTarget.OCCUPATION, new Held(sessions, ConceptTarget.OCCUPATION, maxJobs,
				"competency-graph.semantic.exact-jobs-max"));
	}

	/**
	 * The vectors of {@code target}'s nodes, read now if they were not yet; null when there are more nodes than the
	 * bound, so that the caller searches the vector indexes (or reads the vectors from the graph) instead.
	 */
	public @Nullable VectorSnapshot snapshot(ConceptTarget target) {
		return this.held.get(target).snapshot();
	}

	/**
	 * Tells that stored vectors of {@code target}'s nodes were computed or removed: when they are held, they are read
	 * again now (by the refresh's thread, so that no query waits for it; queries meanwhile see the previous ones).
	 */
	void changed(ConceptTarget target) {
		this.held.get(target).changed();
	}

	/**
	 * Whether vectors of {@code target}'s {@code kind} are held and number other than {@code stored}, the graph's
	 * count: then they were read before another process computed or removed some.
	 */
	boolean differs(ConceptTarget target, int kind, int stored) {
		VectorSnapshot current = this.held.get(target).snapshot;
		return current != null && current.size() >= 0 && current.count(kind) != stored;
	}

	/** The vectors of one target, and how they are kept current. */
	private static final class Held {

		private static final Logger logger = LoggerFactory.getLogger(ConceptVectors.class);

		private final Sessions sessions;

		private final ConceptTarget target;

		private final int max;

		private final String setting;

		private final Object reading = new Object();

		/** Counts the changes of the stored vectors: a snapshot read while one happened is used once, not kept. */
		private final AtomicLong changes = new AtomicLong();

		private volatile @Nullable VectorSnapshot snapshot;

		Held(Sessions sessions, ConceptTarget target, int max, String setting) {
			this.sessions = sessions;
			this.target = target;
			this.max = max;
			this.setting = setting;
		}

		@Nullable VectorSnapshot snapshot() {
			VectorSnapshot current = this.snapshot;
			if (current == null) {
				current = read();
			}
			return current.size() < 0 ? null : current;
		}

		void changed() {
			this.changes.incrementAndGet();
			if (this.snapshot != null) {
				read();
			}
		}

		private VectorSnapshot read() {
			synchronized (this.reading) {
				long change = this.changes.get();
				VectorSnapshot current = this.snapshot;
				if (current != null && current.change() == change) {
					return current;
				}
				long started = System.nanoTime();
				String[][] kinds = this.target.vectorSearches();
				String label = this.target.label();
				VectorSnapshot read;
				try (Session session = this.sessions.open()) {
					read = session.executeRead(tx -> {
						int count = tx.run("MATCH (n:%s) RETURN count(n) AS count".formatted(label)).single()
							.get("count").asInt();
						if (count > this.max) {
							return VectorSnapshot.tooLarge(change, kinds.length);
						}
						StringBuilder vectors = new StringBuilder();
						for (int kind = 0; kind < kinds.length; kind++) {
							vectors.append(", n.%s AS v%d".formatted(kinds[kind][1], kind));
						}
						VectorSnapshot.Builder builder = new VectorSnapshot.Builder(count, kinds.length, change);
						Result result = tx.run("MATCH (n:%s) RETURN n.id AS id, n.framework AS framework%s"
							.formatted(label, vectors));
						// Record by record: a list of all records would hold every value boxed, ten times the floats.
						while (result.hasNext()) {
							Record r = result.next();
							List<@Nullable List<Object>> values = new ArrayList<>(kinds.length);
							for (int kind = 0; kind < kinds.length; kind++) {
								values.add(floats(r, "v" + kind));
							}
							builder.add(r.get("id").asString(), r.get("framework").asString(null), values);
						}
						return builder.build();
					});
				}
				if (read.size() < 0) {
					logger.warn("More than {} {} nodes ({}): their nearest are looked up in the vector indexes, "
							+ "approximately", this.max, label, this.setting);
				}
				else {
					logger.info("Read the vectors of {} {} nodes in {} ms ({} MB)", read.size(), label,
							(System.nanoTime() - started) / 1_000_000, read.bytes() >> 20);
				}
				// A change during the read leaves it out of date: used by this caller, read again by the next.
				if (this.changes.get() == change) {
					this.snapshot = read;
				}
				return read;
			}
		}

		private static @Nullable List<Object> floats(Record r, String key) {
			org.neo4j.driver.Value value = r.get(key);
			return value.isNull() ? null : value.asList();
		}

	}

}
