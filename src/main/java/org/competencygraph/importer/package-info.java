/**
 * Imports into the graph: the one pipeline of framework releases (each source subpackage's
 * {@link org.competencygraph.importer.ReleaseReader} reads and checks a release into a plan of typed rows, written in
 * idempotent batches that never touch seed-graph data, with one {@link org.competencygraph.importer.ImportReport} and
 * progress told to a {@link org.competencygraph.background.JobProgress}), its command-line and GraphQL entry points, and, until they
 * move to {@code importer.profile}, the job-profile files (docs/job-profile-format.md) and the seed graph.
 */
@NullMarked
package org.competencygraph.importer;

import org.jspecify.annotations.NullMarked;
