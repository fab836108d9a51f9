package org.competencygraph.semantic;

import org.competencygraph.database.EmbeddedNeo4j;
import org.jspecify.annotations.Nullable;

/**
 * A value read from the graph, kept while the embedded engine commits nothing (whoever writes, the engine counts the
 * commit). With a server there is no count, and nothing is kept.
 * <p>
 * Take the {@link #count()} before reading and {@link #keep} the value under it: a commit the read may not have seen
 * moves the count past the one kept, so the next caller reads again.
 */
final class KeptUntilCommit<T> {

	private final @Nullable EmbeddedNeo4j embedded;

	private volatile @Nullable Kept<T> kept;

	private record Kept<T>(long commits, T value) {
	}

	KeptUntilCommit(@Nullable EmbeddedNeo4j embedded) {
		this.embedded = embedded;
	}

	/** The engine's count of commits now; -1 with a server. */
	long count() {
		return this.embedded != null ? this.embedded.commits() : -1;
	}

	/** The value kept at {@code count}; null when none is (read at another count, never read, or a server). */
	@Nullable T at(long count) {
		Kept<T> current = this.kept;
		return count >= 0 && current != null && current.commits() == count ? current.value() : null;
	}

	/** Keeps {@code value}, read at {@code count}; nothing with a server. */
	void keep(long count, T value) {
		if (count >= 0) {
			this.kept = new Kept<>(count, value);
		}
	}

}
