/**
 * Similar roles: jobs ranked by how alike their requirement profiles are ({@code similarJobs}), and the roles a
 * person's capabilities fit ({@code jobsMatching}), each with the capabilities that make the score.
 */
@NullMarked
package org.competencygraph.similarity;

import org.jspecify.annotations.NullMarked;
