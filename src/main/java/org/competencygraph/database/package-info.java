/**
 * Where the graph lives: the embedded Neo4j engine (default) or an external server, the driver that talks to
 * either, the one way to open sessions on the configured database, the versioned schema migrations applied at
 * start-up, and the event that tells read models the graph changed.
 */
@NullMarked
package org.competencygraph.database;

import org.jspecify.annotations.NullMarked;
