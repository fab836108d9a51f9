/**
 * Requirement extraction: a job description (text, Markdown, Word or PDF) read into sections and sentences, each
 * requirement with its kind, priority, level and provenance matched to capabilities through the concept layer, and
 * written as a draft in the job-profile import format for review, with a command to measure it on the seed
 * documents.
 */
@NullMarked
package org.competencygraph.extraction;

import org.jspecify.annotations.NullMarked;
