/**
 * Imports into the graph: the one pipeline of framework releases (a release folder read and checked completely
 * before anything is written, by the {@link org.competencygraph.importer.ReleaseReader} of each source subpackage,
 * into a plan of typed rows; batched idempotent writes that never touch seed-graph data; the
 * {@link org.competencygraph.importer.ImportReport}; {@link org.competencygraph.importer.ImportProgress}; the
 * command-line and GraphQL entry points), and, until they move to {@code importer.profile}, the job-profile files
 * (docs/job-profile-format.md) and the seed graph loaded on first start.
 */
@NullMarked
package org.competencygraph.importer;

import org.jspecify.annotations.NullMarked;
