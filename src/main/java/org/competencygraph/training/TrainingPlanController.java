package org.competencygraph.training;

import java.util.List;

import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.GapSource;
import org.competencygraph.analysis.GapSources;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.training.TrainingPlan.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code trainingPlan} query: arguments checked as {@code skillGap} checks them. */
@Controller
class TrainingPlanController {

	private final RequirementIndexes indexes;

	private final TrainingPlans plans;

	private final GapSources sources;

	TrainingPlanController(RequirementIndexes indexes, TrainingPlans plans, GapSources sources) {
		this.indexes = indexes;
		this.plans = plans;
		this.sources = sources;
	}

	@QueryMapping
	TrainingPlan trainingPlan(@Argument PlanSourceInput from, @Argument String to,
			@Argument @Nullable Objective objective, @Argument @Nullable Scope include) {
		// An explicit null takes the schema's default as leaving the argument out does.
		Objective minimise = objective == null ? Objective.HOURS : objective;
		Scope scope = include == null ? Scope.ESSENTIAL : include;
		RequirementIndex index = this.indexes.current();
		GapSource source = this.sources.resolve(index, from.job(), from.profile(), from.person());
		int target = Arguments.job(index, "to", to);
		return this.plans.plan(index, source.job(), source.held(), source.profileSize(), target, minimise, scope);
	}

	/** GraphQL's {@code GapSourceInput}: a job, a person's capabilities or a person, exactly one. */
	record PlanSourceInput(@Nullable String job, @Nullable List<ProfileCapability> profile, @Nullable String person) {
	}

}
