/**
 * The proficiency scale (0-7) as the API serves it, so that clients such as the web explorer name levels from the
 * data file rather than from a copy of their own.
 */
@NullMarked
package org.competencygraph.scale;

import org.jspecify.annotations.NullMarked;
