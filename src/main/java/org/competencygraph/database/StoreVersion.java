package org.competencygraph.database;

import java.util.UUID;

/**
 * Which store the embedded engine holds and how far its writes have gone: its store id (unique to each database
 * folder, kept across restarts) and the id of the last transaction committed to it. Two equal values mean the same
 * graph, so anything derived from the graph and saved with this value may be reused while the value holds.
 *
 * @param storeId the default database's external store id
 * @param lastCommittedTransaction the id of the last transaction committed to the default database
 */
public record StoreVersion(UUID storeId, long lastCommittedTransaction) {

	@Override
	public String toString() {
		return this.storeId + " at transaction " + this.lastCommittedTransaction;
	}

}
