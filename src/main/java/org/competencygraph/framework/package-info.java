/**
 * Standard frameworks (O*NET, ESCO) in the graph: which frameworks there are, and the read queries and GraphQL
 * fields about what their imports wrote (summaries and import status, the origin of a node) and about the links
 * to the seed graph; the imports are in {@code importer}, the linking in {@code linking}.
 */
@NullMarked
package org.competencygraph.framework;

import org.jspecify.annotations.NullMarked;
