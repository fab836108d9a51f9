/**
 * Skill gaps: how far a job's holders or a person (a profile of capabilities with levels) meet a target job's
 * requirements, requirement by requirement, with readiness and what the source has that the target does not ask.
 */
@NullMarked
package org.competencygraph.gap;

import org.jspecify.annotations.NullMarked;
