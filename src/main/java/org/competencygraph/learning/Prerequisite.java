package org.competencygraph.learning;

import org.competencygraph.capability.Capability;
import org.jspecify.annotations.Nullable;

/**
 * What a learning resource requires first: a capability at a level, or another resource. Exactly one of
 * {@code capability} and {@code resource} is set.
 *
 * @param level for a capability, the level to hold first (0-7); null when any level will do
 */
public record Prerequisite(@Nullable Capability capability, @Nullable Integer level,
		@Nullable LearningResource resource) {
}
