/**
 * The read model behind the analysis queries (skill gaps, similar jobs, job comparison): an immutable in-memory
 * index of every job's requirements, built from Neo4j (the source of truth) and rebuilt after every write the
 * application makes and whenever the database changed underneath; and the scoring rules all analyses share.
 */
@NullMarked
package org.competencygraph.analysis;

import org.jspecify.annotations.NullMarked;
