package org.competencygraph.database;

/**
 * The embedded engine could not start for a reason the user can act on (the data folder is in use, the Bolt port
 * is taken, ...); the message says what to do, and the application reports it alone, without a stack trace.
 */
public class EmbeddedNeo4jStartException extends IllegalStateException {

	EmbeddedNeo4jStartException(String message, Throwable cause) {
		super(message, cause);
	}

}
