/**
 * Cross-cutting GraphQL concerns: query depth and complexity limits, argument checks, paging cursors, the checks
 * of request bodies, and the mapping of exceptions to GraphQL error types without internals, one error and one
 * log line per cause and request.
 */
@NullMarked
package org.competencygraph.api;

import org.jspecify.annotations.NullMarked;
