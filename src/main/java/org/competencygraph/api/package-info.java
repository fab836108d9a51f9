/**
 * Cross-cutting GraphQL concerns: the limits on what one request may ask for and use (depth, fields, estimated
 * cost, response size, time, heavy requests at once), argument checks, paging cursors, and the mapping of
 * exceptions to GraphQL error types without internals, and the GraphiQL page.
 */
@NullMarked
package org.competencygraph.api;

import org.jspecify.annotations.NullMarked;
