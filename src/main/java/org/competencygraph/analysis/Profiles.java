package org.competencygraph.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.api.NotFoundException;
import org.competencygraph.importer.ProficiencyScale;
import org.jspecify.annotations.Nullable;

/** Checks a person's capability list given as an argument and turns it into holdings. */
public final class Profiles {

	public static final int MAX_SIZE = 500;

	private Profiles() {
	}

	/**
	 * The holdings of a profile, by concept: every entry assured; several entries of one concept count once, at
	 * the highest level given. Errors name the argument path, e.g. {@code from.profile[2].level}.
	 */
	public static Map<Integer, Holding> holdings(RequirementIndex index, String argument,
			@Nullable List<ProfileCapability> profile) {
		if (profile == null || profile.isEmpty()) {
			throw new InvalidArgumentException(argument, "must list at least one capability");
		}
		if (profile.size() > MAX_SIZE) {
			throw new InvalidArgumentException(argument,
					"must list at most " + MAX_SIZE + " capabilities, was " + profile.size());
		}
		Map<Integer, Holding> holdings = new LinkedHashMap<>();
		for (int i = 0; i < profile.size(); i++) {
			ProfileCapability entry = profile.get(i);
			String path = argument + "[" + i + "]";
			if (entry.capability().isBlank()) {
				throw new InvalidArgumentException(path + ".capability", "must not be blank");
			}
			Double level = entry.level();
			if (level != null && (level < ProficiencyScale.MIN_LEVEL || level > ProficiencyScale.MAX_LEVEL)) {
				throw new InvalidArgumentException(path + ".level", "must be from " + (int) ProficiencyScale.MIN_LEVEL
						+ " to " + (int) ProficiencyScale.MAX_LEVEL + ", was " + level);
			}
			int capability = index.capabilityNumber(entry.capability());
			if (capability < 0) {
				throw new NotFoundException(path + ".capability",
						"there is no capability with id '" + entry.capability() + "'");
			}
			int concept = index.conceptOf(capability);
			holdings.merge(concept, new Holding(concept, capability, level, true), RequirementIndex::stronger);
		}
		return holdings;
	}

}
