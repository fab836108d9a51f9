package org.competencygraph.semantic;

import java.util.List;
import java.util.Set;

import org.competencygraph.capability.Capability;
import org.jspecify.annotations.Nullable;

/**
 * The project's own capabilities with their stored name and description vectors and their labels in normal form,
 * read once to match many texts in memory ({@link ConceptMatcher#ownCapabilities}).
 */
public record OwnCapabilities(List<Entry> entries) {

	/**
	 * A capability, its vectors (null where none is stored, e.g. an empty description), and its name and aliases in
	 * the normal form of {@link Labels#normalise} (aliases in their order) with all their words.
	 */
	public record Entry(Capability capability, float @Nullable [] name, float @Nullable [] description,
			String normalisedName, List<String> normalisedAliases, Set<String> words) {

		static Entry of(Capability capability, float @Nullable [] name, float @Nullable [] description) {
			String normalisedName = Labels.normalise(capability.name());
			List<String> aliases = capability.aliases().stream().map(Labels::normalise).toList();
			Set<String> words = new java.util.HashSet<>(Labels.words(normalisedName));
			aliases.forEach(alias -> words.addAll(Labels.words(alias)));
			return new Entry(capability, name, description, normalisedName, aliases, Set.copyOf(words));
		}

	}

}
