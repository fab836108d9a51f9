/**
 * Training plans: the set of learning resources that closes a skill gap at the required levels with the least
 * total hours or cost, ordered into steps that respect every prerequisite, each choice explained; and, where no
 * resource teaches what is missing, the order in which to learn the capabilities.
 */
@NullMarked
package org.competencygraph.training;

import org.jspecify.annotations.NullMarked;
