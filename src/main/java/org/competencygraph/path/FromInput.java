package org.competencygraph.path;

import java.util.List;

import org.competencygraph.analysis.GapSource;
import org.competencygraph.analysis.GapSources;
import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/** Where a move starts ({@code GapSourceInput} in the schema): exactly one of a job and a person's profile. */
record FromInput(@Nullable String job, @Nullable List<ProfileCapability> profile, @Nullable String person) {

	/** The source on the index; errors name {@code from.job}, {@code from.profile[i]...} or {@code from.person}. */
	GapSource resolve(RequirementIndex index, GapSources sources) {
		return sources.resolve(index, this.job, this.profile, this.person);
	}

	/** The source for a job or a profile, without a person (benchmarks call the analyses so). */
	Source source(RequirementIndex index) {
		return source(index, GapSources.ofJobOrProfile(index, this.job, this.profile));
	}

	static Source source(RequirementIndex index, GapSource source) {
		return source.isJob() ? Source.job(index, source.job()) : Source.profile(index, source.held());
	}

	/** Checks an optional count argument: default when null, else from 1 to max. */
	static int count(String argument, @Nullable Integer value, int defaultValue, int max) {
		if (value == null) {
			return defaultValue;
		}
		if (value < 1 || value > max) {
			throw new InvalidArgumentException(argument, "must be from 1 to " + max + ", was " + value);
		}
		return value;
	}

}
