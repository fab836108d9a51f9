package org.competencygraph.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.gap.SkillGap;
import org.competencygraph.gap.SkillGaps;
import org.competencygraph.job.Job;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code benchStrength}: the people the caller may see ranked by readiness for a role, each with skillGap from
 * their current holdings to it.
 */
@Controller
class BenchController {

	static final int MAX_FIRST = 100;

	private static final Comparator<Candidate> RANK = Comparator
		.comparingDouble((Candidate c) -> c.gap().readiness()).reversed()
		.thenComparing(Comparator.comparingDouble((Candidate c) -> c.gap().fit()).reversed())
		.thenComparing(c -> c.person().name())
		.thenComparing(c -> c.person().id());

	private final Viewers viewers;

	private final RequirementIndexes indexes;

	BenchController(Viewers viewers, RequirementIndexes indexes) {
		this.viewers = viewers;
		this.indexes = indexes;
	}

	@QueryMapping
	Bench benchStrength(@Argument String role, @Argument @Nullable String team, @Argument @Nullable Integer first,
			DataFetchingEnvironment env) {
		Access access = this.viewers.access(env).requireRole("benchStrength", Role.ADMIN, Role.PLANNER, Role.MANAGER);
		int count = PersonController.count("first", first, 10, MAX_FIRST);
		RequirementIndex index = this.indexes.current();
		int job = Arguments.job(index, "role", role);
		List<PersonRow> people = team == null ? visible(access)
				: TeamController.members(access, access.fullTeam("team", team));
		List<Candidate> ranked = rank(index, access, people, job);
		return new Bench(index.job(job), ranked.size(), ranked.subList(0, Math.min(count, ranked.size())));
	}

	/** Everyone visible ranked for the job: readiness, then fit, then name (people holding nothing are ranked last). */
	static List<Candidate> rank(RequirementIndex index, Access access, List<PersonRow> people, int job) {
		List<Candidate> candidates = new ArrayList<>(people.size());
		for (PersonRow person : people) {
			Map<Integer, Holding> held = TeamAnalysis.held(index, access.snapshot().holdings(person.id()));
			SkillGap gap = SkillGaps.fromProfile(index, held, held.size(), job);
			candidates.add(new Candidate(person, gap));
		}
		candidates.sort(RANK);
		return candidates;
	}

	private static List<PersonRow> visible(Access access) {
		List<PersonRow> people = new ArrayList<>();
		for (PersonRow person : access.snapshot().persons()) {
			if (access.canSee(person)) {
				people.add(person);
			}
		}
		return people;
	}

	record Bench(Job role, int candidates, List<Candidate> ranked) {
	}

	/** One person on the bench (GraphQL {@code BenchCandidate}): the gap's figures as components for GraphQL. */
	record Candidate(PersonRow person, double readiness, double fit, int essentialMissing, SkillGap gap) {

		Candidate(PersonRow person, SkillGap gap) {
			this(person, gap.readiness(), gap.fit(), gap.essentialMissing(), gap);
		}

	}

}
