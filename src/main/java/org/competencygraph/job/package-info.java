/** Jobs: their properties, requirements, organizations, families and career links, read through GraphQL. */
@NullMarked
package org.competencygraph.job;

import org.jspecify.annotations.NullMarked;
