package org.competencygraph.semantic;

import java.util.List;

import org.competencygraph.capability.Capability;
import org.jspecify.annotations.Nullable;

/**
 * The project's own capabilities with their stored name and description vectors, read once to match many texts in
 * memory ({@link ConceptMatcher#ownCapabilities}).
 */
public record OwnCapabilities(List<Entry> entries) {

	/** A capability and its vectors, null where none is stored (an empty description). */
	public record Entry(Capability capability, float @Nullable [] name, float @Nullable [] description) {
	}

}
