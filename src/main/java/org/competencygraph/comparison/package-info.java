/**
 * Side-by-side comparison of 2 to 10 jobs for planners: a capability x job matrix with level and priority, and
 * the similarity of every pair.
 */
@NullMarked
package org.competencygraph.comparison;

import org.jspecify.annotations.NullMarked;
