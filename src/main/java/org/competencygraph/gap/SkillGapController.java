package org.competencygraph.gap;

import java.util.List;

import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.Profiles;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code skillGap} query, answered from the in-memory requirement index. */
@Controller
class SkillGapController {

	private final RequirementIndexes indexes;

	SkillGapController(RequirementIndexes indexes) {
		this.indexes = indexes;
	}

	@QueryMapping
	SkillGap skillGap(@Argument GapSourceInput from, @Argument String to) {
		RequirementIndex index = this.indexes.current();
		if ((from.job() == null) == (from.profile() == null)) {
			throw new InvalidArgumentException("from", "give exactly one of job and profile");
		}
		if (from.job() != null) {
			int source = Arguments.job(index, "from.job", from.job());
			return SkillGaps.fromJob(index, source, Arguments.job(index, "to", to));
		}
		var holdings = Profiles.holdings(index, "from.profile", from.profile());
		return SkillGaps.fromProfile(index, holdings, from.profile().size(), Arguments.job(index, "to", to));
	}

	/** Where a gap is measured from: a job or a person's capabilities, exactly one. */
	record GapSourceInput(@Nullable String job, @Nullable List<ProfileCapability> profile) {
	}

}
