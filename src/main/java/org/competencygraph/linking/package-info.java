/**
 * Links between the seed graph and the imported standard frameworks: seed capabilities {@code SAME_AS} the
 * framework concepts they name, and seed jobs to their {@code CLOSEST_OCCUPATION}s in each framework, with how each
 * link was made and how sure it is, from the command line and over GraphQL. Only relationships are written; no
 * node is changed.
 */
@NullMarked
package org.competencygraph.linking;

import org.jspecify.annotations.NullMarked;
