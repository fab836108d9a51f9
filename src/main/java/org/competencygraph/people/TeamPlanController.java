package org.competencygraph.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.job.Job;
import org.competencygraph.training.Objective;
import org.competencygraph.training.TrainingPlan;
import org.competencygraph.training.TrainingPlans;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code teamTrainingPlan}: for every position of a team, the members taken as its holders (those who hold the
 * job, then the most ready others; each member for one position), and trainingPlan from what every one of them
 * holds (a capability counts when all hold it, at the lowest level among them) to the job. The plan is what the
 * group must learn so that each holder meets the job; its hours are per holder (docs/people.md).
 */
@Controller
class TeamPlanController {

	private final Viewers viewers;

	private final RequirementIndexes indexes;

	private final TrainingPlans plans;

	TeamPlanController(Viewers viewers, RequirementIndexes indexes, TrainingPlans plans) {
		this.viewers = viewers;
		this.indexes = indexes;
		this.plans = plans;
	}

	@QueryMapping
	TeamPlan teamTrainingPlan(@Argument String team, @Argument @Nullable Objective objective,
			@Argument TrainingPlan.@Nullable Scope include, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		TeamRow row = access.fullTeam("team", team);
		RequirementIndex index = this.indexes.current();
		Objective minimise = objective == null ? Objective.HOURS : objective;
		TrainingPlan.Scope scope = include == null ? TrainingPlan.Scope.ESSENTIAL : include;
		List<PersonRow> members = TeamController.members(access, row);
		Set<String> taken = new HashSet<>();
		List<PositionPlan> positions = new ArrayList<>();
		double hours = 0;
		for (TeamRow.Position position : row.positions()) {
			int job = index.jobNumber(position.job());
			Job jobOf = PersonController.job(index, position.job());
			if (job < 0 || jobOf == null) {
				continue;
			}
			List<PersonRow> holders = new ArrayList<>();
			for (BenchController.Score candidate : BenchController.rank(index, access, members, job)) {
				if (holders.size() < position.count() && position.job().equals(candidate.person().job())
						&& taken.add(candidate.person().id())) {
					holders.add(candidate.person());
				}
			}
			for (BenchController.Score candidate : BenchController.rank(index, access, members, job)) {
				if (holders.size() < position.count() && taken.add(candidate.person().id())) {
					holders.add(candidate.person());
				}
			}
			TrainingPlan plan = null;
			if (!holders.isEmpty()) {
				Map<Integer, Holding> shared = shared(index, access, holders);
				plan = this.plans.plan(index, -1, shared, shared.size(), job, minimise, scope);
				if (plan.requirements() == 0) {
					plan = null;
				}
				else {
					hours += plan.totalHours();
				}
			}
			positions.add(new PositionPlan(new TeamController.PositionView(jobOf, position.count(), position.by(),
					(int) members.stream().filter(m -> position.job().equals(m.job())).count()), holders,
					position.count() - holders.size(), plan));
		}
		return new TeamPlan(row, positions, hours);
	}

	/** What every holder holds: a concept all of them hold, at the lowest stated level among them. */
	private static Map<Integer, Holding> shared(RequirementIndex index, Access access, List<PersonRow> holders) {
		Map<Integer, Holding> shared = null;
		for (PersonRow holder : holders) {
			Map<Integer, Holding> held = TeamAnalysis.held(index, access.snapshot().holdings(holder.id()));
			if (shared == null) {
				shared = new LinkedHashMap<>(held);
				continue;
			}
			shared.keySet().retainAll(held.keySet());
			for (Map.Entry<Integer, Holding> entry : shared.entrySet()) {
				Holding a = entry.getValue();
				Holding b = held.get(entry.getKey());
				if (b != null && b.level() != null && (a.level() == null || b.level() < a.level())) {
					entry.setValue(b);
				}
			}
		}
		return shared == null ? Map.of() : shared;
	}

	record TeamPlan(TeamRow team, List<PositionPlan> positions, double totalHours) {
	}

	record PositionPlan(TeamController.PositionView position, List<PersonRow> holders, int unfilled,
			@Nullable TrainingPlan plan) {
	}

}
