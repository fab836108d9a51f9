/**
 * The quality evaluation: figures of how the API's answers (similar roles, crosswalk, capability links, text to
 * concept) agree with hand-built development sets, run with {@code ./mvnw -B -Pquality-evaluation test}.
 */
@NullMarked
package org.competencygraph.quality;

import org.jspecify.annotations.NullMarked;
