package org.competencygraph.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.Holdings;
import org.competencygraph.analysis.Readiness;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
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

	private static final Comparator<Score> RANK = Comparator.comparingDouble(Score::readiness).reversed()
		.thenComparing(Comparator.comparingDouble(Score::fit).reversed())
		.thenComparing(s -> s.person().name())
		.thenComparing(s -> s.person().id());

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
		List<Score> ranked = rank(index, access, people, job);
		List<Candidate> top = new ArrayList<>();
		for (Score score : ranked.subList(0, Math.min(count, ranked.size()))) {
			// The full gap (every requirement explained) only for those shown: the ranking needs the scores alone.
			top.add(new Candidate(score.person(), SkillGaps.fromProfile(index, score.held(), score.held().size(), job)));
		}
		return new Bench(index.job(job), ranked.size(), top);
	}

	/**
	 * Everyone given ranked for the job by skillGap's readiness, then fit, then name; scored as skillGap scores
	 * (the same matching and credits) without building each requirement's explanation.
	 */
	static List<Score> rank(RequirementIndex index, Access access, List<PersonRow> people, int job) {
		List<Score> scores = new ArrayList<>(people.size());
		JobRequirement[] requirements = index.requirements(job);
		for (PersonRow person : people) {
			Map<Integer, Holding> held = TeamAnalysis.held(index, access.snapshot().holdings(person.id()));
			Holdings holdings = new Holdings(index, held);
			Readiness readiness = Readiness.of(index, job);
			for (JobRequirement requirement : requirements) {
				readiness.credit(requirement, holdings.match(requirement).credit());
			}
			scores.add(new Score(person, held, readiness.readiness(), readiness.fit()));
		}
		scores.sort(RANK);
		return scores;
	}

	/** A person's readiness and fit for the role, and their holdings. */
	record Score(PersonRow person, Map<Integer, Holding> held, double readiness, double fit) {
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
