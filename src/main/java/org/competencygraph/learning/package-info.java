/**
 * Learning resources (courses, certifications, programmes, on-the-job assignments, mentoring) as the graph holds
 * them: what each teaches up to which level and what it requires first, read through GraphQL; imported by
 * {@code importer.learning}.
 */
@NullMarked
package org.competencygraph.learning;

import org.jspecify.annotations.NullMarked;
