package org.competencygraph.analysis;

import org.jspecify.annotations.Nullable;

/**
 * One capability a person holds (GraphQL input {@code ProfileCapabilityInput}).
 *
 * @param capability the capability's id
 * @param level 0-7 on the proficiency scale, null when not stated
 */
public record ProfileCapability(String capability, @Nullable Double level) {
}
