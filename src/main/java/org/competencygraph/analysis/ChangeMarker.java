package org.competencygraph.analysis;

/**
 * A cheap value that changes whenever the database commits a write, read before the graph is: an index keeps the
 * marker it was read at, and a marker that moved since tells that the graph changed. Which kind is read depends on
 * what the database reports ({@code RequirementIndexLoader#marker}).
 */
public sealed interface ChangeMarker {

	/** Whether every committed write moves this marker, property changes included. */
	boolean seesEveryWrite();

	/** Whether this is the marker of the graph exactly one committed transaction after {@code before}. */
	default boolean isNextAfter(ChangeMarker before) {
		return false;
	}

	/** The embedded engine's number of committed write transactions, whoever made them. */
	record Commits(long count) implements ChangeMarker {

		@Override
		public boolean seesEveryWrite() {
			return true;
		}

		@Override
		public boolean isNextAfter(ChangeMarker before) {
			return before instanceof Commits previous && this.count == previous.count() + 1;
		}

	}

	/** The last committed transaction id an external server reports (Enterprise Edition, Aura). */
	record TransactionId(long id) implements ChangeMarker {

		@Override
		public boolean seesEveryWrite() {
			return true;
		}

		@Override
		public boolean isNextAfter(ChangeMarker before) {
			return before instanceof TransactionId previous && this.id == previous.id() + 1;
		}

	}

	/**
	 * The counts of the nodes and relationships the index reads, for a server that reports no transaction id: a
	 * write that only changes properties leaves them as they were.
	 */
	record Counts(long jobs, long capabilities, long requires, long sameAs, long broader, long closeMatches)
			implements ChangeMarker {

		@Override
		public boolean seesEveryWrite() {
			return false;
		}

	}

	/**
	 * The marker of an index that was updated for one write while others committed too: equal to no marker the
	 * database reports, so the next check rebuilds the index in full.
	 */
	record Stale(ChangeMarker seen) implements ChangeMarker {

		@Override
		public boolean seesEveryWrite() {
			return this.seen.seesEveryWrite();
		}

	}

}
