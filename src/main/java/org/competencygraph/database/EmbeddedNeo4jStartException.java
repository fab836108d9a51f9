package org.competencygraph.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The embedded engine could not start for a reason the user can act on (the data folder is in use, the Bolt port
 * is taken, ...); the message says what to do, and the application reports it alone, without a stack trace.
 */
public class EmbeddedNeo4jStartException extends IllegalStateException {

	EmbeddedNeo4jStartException(String message, Throwable cause) {
		super(message, cause);
	}

	/** What the user can do about a failure they can act on; null for anything else (its stack trace helps). */
	static @Nullable String knownFailure(RuntimeException ex, Path home, String address, int port) {
		String causes = causeMessages(ex);
		if (isFolderLocked(ex)) {
			return "The database folder " + home + " is in use by another process (a running Competency Graph "
					+ "server or Neo4j). Stop that process, import through its GraphQL API instead, or point "
					+ "competency-graph.embedded.data-dir at another folder.";
		}
		if (causes.contains("Address already in use") || causes.contains("BindException")) {
			return "Bolt port " + port + " on " + address + " is already in use. Set "
					+ "competency-graph.embedded.bolt.port to a free port (0 picks one).";
		}
		return null;
	}

	/** Neo4j's store locker, or its page cache, found the folder's files locked by another process. */
	private static boolean isFolderLocked(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof org.neo4j.io.locker.FileLockException
					|| t.getClass().getName().equals("org.neo4j.io.pagecache.impl.muninn.swapper.FileLockException")) {
				return true;
			}
		}
		return false;
	}

	private static String causeMessages(Throwable ex) {
		var messages = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			messages.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append("; ");
		}
		return messages.toString();
	}

}
