package org.competencygraph.gap;

import java.util.List;

import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.GapSource;
import org.competencygraph.analysis.GapSources;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexes;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code skillGap} query, answered from the in-memory requirement index. */
@Controller
class SkillGapController {

	private final RequirementIndexes indexes;

	private final GapSources sources;

	SkillGapController(RequirementIndexes indexes, GapSources sources) {
		this.indexes = indexes;
		this.sources = sources;
	}

	@QueryMapping
	SkillGap skillGap(@Argument GapSourceInput from, @Argument String to) {
		RequirementIndex index = this.indexes.current();
		GapSource source = this.sources.resolve(index, from.job(), from.profile(), from.person());
		if (source.isJob()) {
			return SkillGaps.fromJob(index, source.job(), Arguments.job(index, "to", to));
		}
		return SkillGaps.fromProfile(index, source.held(), source.profileSize(), Arguments.job(index, "to", to));
	}

	/** Where a gap is measured from: a job, a person's capabilities or a person, exactly one. */
	record GapSourceInput(@Nullable String job, @Nullable List<ProfileCapability> profile, @Nullable String person) {
	}

}
