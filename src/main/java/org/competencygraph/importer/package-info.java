/**
 * Imports into the graph: the one pipeline of framework releases (each source subpackage's
 * {@link org.competencygraph.importer.ReleaseReader} reads and checks a release into a plan of typed rows, written in
 * idempotent batches that never touch seed-graph data, with one {@link org.competencygraph.importer.ImportReport} and
 * progress told to a {@link org.competencygraph.background.JobProgress}), its command-line and GraphQL entry points,
 * and the proficiency scale every import maps levels onto; job-profile files are imported by {@code importer.profile}.
 */
@NullMarked
package org.competencygraph.importer;

import org.jspecify.annotations.NullMarked;
