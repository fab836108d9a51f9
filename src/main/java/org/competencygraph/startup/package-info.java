/**
 * The server's own training run for the JDK's AOT cache: it starts, answers the requests a user's first minutes
 * make, and stops, so that the cache recorded holds what a real start and its first answers need.
 */
@NullMarked
package org.competencygraph.startup;

import org.jspecify.annotations.NullMarked;
