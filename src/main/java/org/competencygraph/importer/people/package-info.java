/**
 * Import of people, teams and holdings from CSV as an HR system exports them (docs/people.md): every file checked
 * first, then written in one audited transaction, idempotent by id.
 */
@NullMarked
package org.competencygraph.importer.people;

import org.jspecify.annotations.NullMarked;
