/** Capabilities (skills, abilities, knowledge areas, competencies, qualifications) and full-text search. */
@NullMarked
package org.competencygraph.capability;

import org.jspecify.annotations.NullMarked;
