package org.competencygraph.semantic;

import java.util.List;
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
 * Every capability's name and description vectors in memory, to find a text's nearest capabilities exactly. Neo4j's
 * vector indexes (HNSW, quantized) answered from an approximate neighbourhood: on the full O*NET + ESCO graph the
 * description nearest to Active Listening's name, its own, was missing from their 100 nearest. A scan of all
 * vectors takes a few milliseconds and misses none.
 * <p>
 * Read on first use (and after the sentence model's warm-up), read again after a refresh of the stored vectors that
 * computed or removed a capability's vector ({@link Embeddings}), then swapped whole: a query sees one consistent
 * {@link CapabilitySnapshot}, the previous one until the new one is read. Bounded: above
 * {@code competency-graph.semantic.exact-capabilities-max} capabilities nothing is held and the matcher asks the
 * vector indexes, as before.
 */
@Component
public class CapabilityVectors {

	private static final Logger logger = LoggerFactory.getLogger(CapabilityVectors.class);

	private final Sessions sessions;

	private final int max;

	private final Object reading = new Object();

	/** Counts the changes of the stored vectors: a snapshot read while one happened is used once, not kept. */
	private final AtomicLong changes = new AtomicLong();

	private volatile @Nullable CapabilitySnapshot snapshot;

	public CapabilityVectors(Sessions sessions,
			@Value("${competency-graph.semantic.exact-capabilities-max:60000}") int max) {
		this.sessions = sessions;
		this.max = max;
	}

	/**
	 * The capabilities' vectors, read now if they were not yet; null when there are more capabilities than the
	 * bound, so that the caller searches the vector indexes instead.
	 */
	public @Nullable CapabilitySnapshot snapshot() {
		CapabilitySnapshot current = this.snapshot;
		if (current == null) {
			current = read();
		}
		return current.size() < 0 ? null : current;
	}

	/**
	 * Tells that capabilities' stored vectors were computed or removed: when they are held, they are read again now
	 * (by the refresh's thread, so that no query waits for it; queries meanwhile see the previous ones).
	 */
	void changed() {
		this.changes.incrementAndGet();
		if (this.snapshot != null) {
			read();
		}
	}

	private CapabilitySnapshot read() {
		synchronized (this.reading) {
			long change = this.changes.get();
			CapabilitySnapshot current = this.snapshot;
			if (current != null && current.change() == change) {
				return current;
			}
			long started = System.nanoTime();
			CapabilitySnapshot read;
			try (Session session = this.sessions.open()) {
				read = session.executeRead(tx -> {
					int count = tx.run("MATCH (c:Capability) RETURN count(c) AS count").single().get("count").asInt();
					if (count > this.max) {
						return CapabilitySnapshot.tooLarge(change);
					}
					CapabilitySnapshot.Builder builder = new CapabilitySnapshot.Builder(count, change);
					Result result = tx.run("""
							MATCH (c:Capability)
							RETURN c.id AS id, c.framework AS framework, c.embedding AS name,
							       c.descriptionEmbedding AS description""");
					// Record by record: a list of all records would hold every value boxed, ten times the floats.
					while (result.hasNext()) {
						Record r = result.next();
						builder.add(r.get("id").asString(), r.get("framework").asString(null), floats(r, "name"),
								floats(r, "description"));
					}
					return builder.build();
				});
			}
			if (read.size() < 0) {
				logger.warn("More than {} capabilities (competency-graph.semantic.exact-capabilities-max): their "
						+ "nearest are looked up in the vector indexes, approximately", this.max);
			}
			else {
				logger.info("Read the vectors of {} capabilities in {} ms ({} MB)", read.size(),
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
