/**
 * Cross-cutting GraphQL concerns: the limits on what one request may ask for and use (depth, fields, estimated
 * cost, response size, time, heavy requests at once), the checks of request bodies, argument checks, paging
 * cursors, the mapping of exceptions to GraphQL error types without internals (one error and one log line per
 * cause and request), and the GraphiQL page.
 */
@NullMarked
package org.competencygraph.api;

import org.jspecify.annotations.NullMarked;
