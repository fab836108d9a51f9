/** Competency Graph: one package per feature; this one holds only the application's entry point. */
@NullMarked
package org.competencygraph;

import org.jspecify.annotations.NullMarked;
