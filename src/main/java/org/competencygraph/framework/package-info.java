/**
 * Standard frameworks (O*NET, ESCO) in the graph: reading and validating a release folder completely before
 * anything is written, batched idempotent writes that never touch seed-graph data, the import reports, the
 * command-line and GraphQL entry points, and the links between seed capabilities and jobs and the frameworks.
 */
@NullMarked
package org.competencygraph.framework;

import org.jspecify.annotations.NullMarked;
