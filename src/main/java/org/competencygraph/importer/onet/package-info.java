/**
 * The O*NET source of the import pipeline: reads an O*NET text release folder (occupations, alternate titles, job
 * zones, skills, knowledge, work styles, technology skills, education and experience) into a plan of rows, mapping
 * O*NET's scales onto the project's.
 */
@NullMarked
package org.competencygraph.importer.onet;

import org.jspecify.annotations.NullMarked;
