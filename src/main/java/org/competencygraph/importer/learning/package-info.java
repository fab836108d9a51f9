/**
 * The learning-catalogue import: CSV as an LMS exports it and YAML/JSON files of the project's catalogue format
 * (checked by a JSON Schema), each file checked in full (skills matched to capabilities through the concept layer,
 * prerequisite resources resolved, prerequisite cycles refused) and written in one transaction as typed rows, with
 * its command-line and GraphQL entry points.
 */
@NullMarked
package org.competencygraph.importer.learning;

import org.jspecify.annotations.NullMarked;
