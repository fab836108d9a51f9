/**
 * Tests of the application in a real browser (headless Chromium): what a user sees in GraphiQL.
 */
@NullMarked
package org.competencygraph.browser;

import org.jspecify.annotations.NullMarked;
