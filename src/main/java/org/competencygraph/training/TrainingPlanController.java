package org.competencygraph.training;

import java.util.List;

import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.Profiles;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.api.InvalidArgumentException;
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

	TrainingPlanController(RequirementIndexes indexes, TrainingPlans plans) {
		this.indexes = indexes;
		this.plans = plans;
	}

	@QueryMapping
	TrainingPlan trainingPlan(@Argument PlanSourceInput from, @Argument String to,
			@Argument @Nullable Objective objective, @Argument @Nullable Scope include) {
		// An explicit null takes the schema's default as leaving the argument out does.
		Objective minimise = objective == null ? Objective.HOURS : objective;
		Scope scope = include == null ? Scope.ESSENTIAL : include;
		RequirementIndex index = this.indexes.current();
		if ((from.job() == null) == (from.profile() == null)) {
			throw new InvalidArgumentException("from", "give exactly one of job and profile");
		}
		if (from.job() != null) {
			int source = Arguments.job(index, "from.job", from.job());
			int target = Arguments.job(index, "to", to);
			return this.plans.plan(index, source, index.holdingsOf(source), 0, target, minimise, scope);
		}
		var holdings = Profiles.holdings(index, "from.profile", from.profile());
		int target = Arguments.job(index, "to", to);
		return this.plans.plan(index, -1, holdings, from.profile().size(), target, minimise, scope);
	}

	/** GraphQL's {@code GapSourceInput}: a job or a person's capabilities, exactly one. */
	record PlanSourceInput(@Nullable String job, @Nullable List<ProfileCapability> profile) {
	}

}
