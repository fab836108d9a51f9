package org.competencygraph.semantic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.database.Sessions;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every capability's id, and its name and aliases in normal form ({@link Labels}), read once and kept while nothing
 * is committed to the embedded engine: a text that is no id, and whose normal form is none of the labels, names no
 * capability, so {@link SameWords} need not ask the graph about it. For a job description's 200 phrases, of which a
 * handful are a capability's name or alias, the index read was most of a second on two cores beside the sentence
 * model. With a server (no count of commits) nothing is kept and every text is looked up.
 * <p>
 * Exact: a text whose normal form equals a name or alias is still looked up in the index, as before, and a text
 * whose normal form equals none could never be matched by the same words, whatever the index returned for it.
 */
final class CapabilityLabels {

	private static final Logger logger = LoggerFactory.getLogger(CapabilityLabels.class);

	private final Sessions sessions;

	private final KeptUntilCommit<Known> kept;

	private final AtomicBoolean reading = new AtomicBoolean();

	/** Every capability's id, and its name and aliases in normal form. */
	record Known(Set<String> ids, Set<String> labels) {
	}

	CapabilityLabels(Sessions sessions, @Nullable EmbeddedNeo4j embedded) {
		this.sessions = sessions;
		this.kept = new KeptUntilCommit<>(embedded);
	}

	/**
	 * Every capability's id, name and aliases (these in normal form) as the graph holds them now; null when not kept
	 * for the graph as it is: then they are read in the background (once at a time), and the caller looks every text
	 * up, as before. No extraction waits for the read (107,000 labels with O*NET and ESCO, a second or more on two
	 * busy cores), which follows every commit.
	 */
	@Nullable Known now() {
		long commits = this.kept.count();
		if (commits < 0) {
			return null;
		}
		Known current = this.kept.at(commits);
		if (current != null) {
			return current;
		}
		if (this.reading.compareAndSet(false, true)) {
			Thread.ofPlatform().daemon().name("capability-labels").start(() -> {
				try {
					this.kept.keep(commits, read());
				}
				catch (RuntimeException ex) {
					// The database closing, say: the next caller starts another read.
					logger.debug("Capability labels not read", ex);
				}
				finally {
					this.reading.set(false);
				}
			});
		}
		return null;
	}

	private Known read() {
		Set<String> ids = new HashSet<>();
		Set<String> labels = new HashSet<>();
		try (Session session = this.sessions.open()) {
			session.executeRead(tx -> tx.run("""
					MATCH (c:Capability)
					RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases""").list()).forEach(r -> {
						ids.add(r.get("id").asString(""));
						labels.add(Labels.normalise(r.get("name").asString("")));
						List<String> aliases = r.get("aliases").asList(Value::asString);
						aliases.forEach(alias -> labels.add(Labels.normalise(alias)));
					});
		}
		return new Known(Set.copyOf(ids), Set.copyOf(labels));
	}

}
