/**
 * Job-profile import: reading and validating profile files (docs/job-profile-format.md), writing each file in
 * one transaction, the seed graph loaded on first start, and the command-line and GraphQL entry points.
 */
@NullMarked
package org.competencygraph.importer;

import org.jspecify.annotations.NullMarked;
