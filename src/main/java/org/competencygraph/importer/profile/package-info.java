/**
 * The job-profile import: files in the project's own format (docs/job-profile-format.md, checked by a JSON Schema),
 * each written in one transaction as typed rows and reported as an {@link org.competencygraph.importer.ImportReport},
 * with its command-line and GraphQL entry points and the seed graph loaded from such files.
 */
@NullMarked
package org.competencygraph.importer.profile;

import org.jspecify.annotations.NullMarked;
