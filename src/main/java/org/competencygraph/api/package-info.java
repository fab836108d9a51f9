/**
 * Cross-cutting GraphQL concerns: query depth and complexity limits, argument checks, paging cursors, and the
 * mapping of exceptions to GraphQL error types without internals, and the GraphiQL page.
 */
@NullMarked
package org.competencygraph.api;

import org.jspecify.annotations.NullMarked;
