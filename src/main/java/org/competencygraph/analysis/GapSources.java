package org.competencygraph.analysis;

import java.util.List;

import org.competencygraph.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one place that resolves {@code GapSourceInput} (skillGap, trainingPlan, careerPaths, transitions, whatIf,
 * bestNextSkills): exactly one of a job, a profile and a person; errors name {@code from.job},
 * {@code from.profile[i]...} or {@code from.person}. A person's holdings come from {@link PersonProfiles}, which
 * checks that the caller may see them.
 */
@Component
public class GapSources {

	private final ObjectProvider<PersonProfiles> persons;

	GapSources(ObjectProvider<PersonProfiles> persons) {
		this.persons = persons;
	}

	/** A job or a profile, exactly one (callers that take no person, such as benchmarks). */
	public static GapSource ofJobOrProfile(RequirementIndex index, @Nullable String job,
			@Nullable List<ProfileCapability> profile) {
		if ((job == null) == (profile == null)) {
			throw new InvalidArgumentException("from", "give exactly one of job and profile");
		}
		if (job != null) {
			int number = Arguments.job(index, "from.job", job);
			return new GapSource(number, index.holdingsOf(number), 0);
		}
		return new GapSource(-1, Profiles.holdings(index, "from.profile", profile), profile.size());
	}

	public GapSource resolve(RequirementIndex index, @Nullable String job, @Nullable List<ProfileCapability> profile,
			@Nullable String person) {
		int given = (job == null ? 0 : 1) + (profile == null ? 0 : 1) + (person == null ? 0 : 1);
		if (given != 1) {
			throw new InvalidArgumentException("from", "give exactly one of job, profile and person");
		}
		if (job != null || profile != null) {
			return ofJobOrProfile(index, job, profile);
		}
		PersonProfiles profiles = this.persons.getIfAvailable();
		if (profiles == null || person == null) {
			throw new InvalidArgumentException("from.person", "people are not available on this server");
		}
		List<ProfileCapability> holdings = profiles.holdingsOf("from.person", person).stream()
			// A capability the analysis index does not know (imported after its last refresh) cannot be matched.
			.filter(h -> index.capabilityNumber(h.capability()) >= 0)
			.toList();
		if (holdings.isEmpty()) {
			throw new InvalidArgumentException("from.person", "holds no capability yet");
		}
		return new GapSource(-1, Profiles.holdings(index, "from.person", holdings), holdings.size());
	}

}
