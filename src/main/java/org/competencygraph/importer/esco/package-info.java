/**
 * The ESCO source of the import pipeline: reads an ESCO CSV release (occupations, skills and knowledge, skill
 * groups, ISCO groups, occupation-skill relations, the skill hierarchy, skill-skill relations, skill collections)
 * into a plan of rows.
 */
@NullMarked
package org.competencygraph.importer.esco;

import org.jspecify.annotations.NullMarked;
