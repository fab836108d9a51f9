/**
 * Career moves: the roles one step away from a job or a person (transitions), the best routes of a few steps to a
 * target role (careerPaths), and what learning a capability would change (whatIf, bestNextSkills), all computed on
 * the analysis index with the same numbers as similarJobs and skillGap.
 */
@NullMarked
package org.competencygraph.path;

import org.jspecify.annotations.NullMarked;
