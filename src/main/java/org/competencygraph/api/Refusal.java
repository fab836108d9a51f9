package org.competencygraph.api;

import graphql.ErrorClassification;

/**
 * Why a request was refused or stopped by a limit or by an overloaded server; the {@code classification} of its
 * error. Each error names the limit and what to do.
 */
public enum Refusal implements ErrorClassification {

	/** The selections nest deeper than {@code competency-graph.graphql.max-depth}: nothing ran. */
	QUERY_TOO_DEEP,

	/** The query selects more fields than {@code competency-graph.graphql.max-complexity}: nothing ran. */
	QUERY_TOO_COMPLEX,

	/** The estimated cost is over {@code competency-graph.graphql.max-cost}: ask for fewer items. */
	QUERY_TOO_COSTLY,

	/** The response grew past {@code competency-graph.graphql.max-response-values}: ask for fewer items. */
	RESPONSE_TOO_LARGE,

	/** The request ran longer than its time limit and was stopped. */
	TIMEOUT,

	/**
	 * All analysis permits were taken for longer than the wait: the request was refused before anything ran, so it
	 * can be sent again as it is; only heavy queries get it, and smaller ones are answered meanwhile.
	 */
	BUSY,

	/**
	 * The database was short (no connection free, a timeout, a refused task) while fields ran: unlike
	 * {@link #BUSY}, part of the request may have run, so the rest of the response is partial and a mutation may
	 * have written some of its changes; any request can get it. Try again later, a mutation after checking what it
	 * wrote.
	 */
	UNAVAILABLE

}
