/**
 * Background jobs: long work (framework imports, linking, index rebuilds) started by a mutation or a command, run
 * one at a time on a thread of its own, and followed by id through its state, progress and final report.
 */
@NullMarked
package org.competencygraph.background;

import org.jspecify.annotations.NullMarked;
