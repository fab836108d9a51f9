package org.competencygraph.api;

import graphql.ErrorClassification;

/** Error classifications beyond Spring GraphQL's {@code ErrorType}, for failures of the server, not the request. */
public enum ServerErrorType implements ErrorClassification {

	/** The server is overloaded (no database connection free, a timeout, a refused task): try again later. */
	UNAVAILABLE

}
