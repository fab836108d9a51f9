package org.competencygraph.api;

import graphql.ErrorClassification;

/**
 * Why a request was refused or stopped by a limit or by an overloaded server; the {@code classification} of its
 * error. Each error names the limit and what to do.
 */
public enum Refusal implements ErrorClassification {

	/** The estimated cost is over {@code competency-graph.graphql.max-cost}: ask for fewer items. */
	QUERY_TOO_COSTLY,

	/** The response grew past {@code competency-graph.graphql.max-response-values}: ask for fewer items. */
	RESPONSE_TOO_LARGE,

	/** The request ran longer than its time limit and was stopped. */
	TIMEOUT,

	/** All analysis permits were taken for longer than the wait: retry in a moment. */
	BUSY,

	/** The server is overloaded (no database connection free, a timeout, a refused task): try again later. */
	UNAVAILABLE

}
