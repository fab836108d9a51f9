/**
 * Where the graph lives: the embedded Neo4j engine (default) or an external server, the driver that talks to
 * either, and the versioned schema migrations applied at start-up.
 */
@NullMarked
package org.competencygraph.database;

import org.jspecify.annotations.NullMarked;
