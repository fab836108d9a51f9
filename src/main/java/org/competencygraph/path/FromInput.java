package org.competencygraph.path;

import java.util.List;

import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.Profiles;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/** Where a move starts ({@code GapSourceInput} in the schema): exactly one of a job and a person's profile. */
record FromInput(@Nullable String job, @Nullable List<ProfileCapability> profile) {

	/** The source on the index; errors name {@code from.job} or {@code from.profile[i]...}. */
	Source source(RequirementIndex index) {
		if ((this.job == null) == (this.profile == null)) {
			throw new InvalidArgumentException("from", "give exactly one of job and profile");
		}
		if (this.job != null) {
			return Source.job(index, Arguments.job(index, "from.job", this.job));
		}
		return Source.profile(index, Profiles.holdings(index, "from.profile", this.profile));
	}

	int profileSize() {
		return this.profile == null ? 0 : this.profile.size();
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
