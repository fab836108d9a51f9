package org.competencygraph.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;

import org.springframework.context.ApplicationContext;

/**
 * Calls transitions, careerPaths, whatIf and bestNextSkills as the GraphQL controllers do, without GraphQL, for the
 * benchmark's service-level figures; and their baselines: careerPaths without the fan-out bound, whatIf by
 * recomputing the readiness of every job, bestNextSkills by recomputing every candidate's targets.
 */
public final class PathCalls {

	/** A careerPaths answer in numbers: how many paths, the best's cost and steps, the jobs examined. */
	public record PathsSummary(int paths, double bestEffort, int bestSteps, int examined) {
	}

	private final PathController paths;

	private final WhatIfController whatIf;

	private final CareerGraphs graphs;

	public PathCalls(ApplicationContext context) {
		this.paths = context.getBean(PathController.class);
		this.whatIf = context.getBean(WhatIfController.class);
		this.graphs = context.getBean(CareerGraphs.class);
	}

	/** The viability threshold and how it was found, and the time to build the career graph. */
	public String threshold() {
		long start = System.nanoTime();
		CareerGraph.Threshold threshold = this.graphs.current().threshold();
		return String.format(java.util.Locale.ROOT, "%.4f (%s; career graph read and calibrated in %d ms)",
				threshold.value(), threshold.basis(), (System.nanoTime() - start) / 1_000_000);
	}

	public int transitions(String from, int first) {
		return this.paths.transitions(new FromInput(from, null, null), first, null).transitions().size();
	}

	public PathsSummary careerPaths(String from, String to, int first, int maxSteps) {
		return summary(this.paths.careerPaths(new FromInput(from, null, null), to, first, maxSteps, null));
	}

	/** careerPaths with no fan-out bound: every viable move out of the source and into the target is expanded. */
	public PathsSummary careerPathsUnbounded(String from, String to, int first, int maxSteps) {
		CareerGraph graph = this.graphs.current();
		PathSettings s = this.graphs.settings();
		PathSettings unbounded = new PathSettings(s.viable(), s.candidates(), graph.index().jobCount(),
				graph.index().jobCount(), s.effort(), s.reachableReadiness(), s.learnRows());
		RequirementIndex index = graph.index();
		return summary(CareerPaths.of(graph, unbounded, Source.job(index, Arguments.job(index, "from", from)), 0,
				Arguments.job(index, "to", to), first, maxSteps, CareerPaths.RankBy.EFFORT));
	}

	private static PathsSummary summary(CareerPaths.Answer answer) {
		return answer.paths().isEmpty() ? new PathsSummary(0, Double.NaN, 0, answer.examined())
				: new PathsSummary(answer.paths().size(), answer.paths().getFirst().totalEffort(),
						answer.paths().getFirst().steps(), answer.examined());
	}

	/** Roles whose readiness rises. */
	public int whatIf(List<ProfileCapability> profile, List<ProfileCapability> learn) {
		return this.whatIf.whatIf(new FromInput(null, profile, null), learn, 20).raised();
	}

	/** The baseline of whatIf: skillGap's readiness of every job, before and after, by the same code skillGap uses. */
	public int whatIfRecomputingEveryJob(List<ProfileCapability> profile, List<ProfileCapability> learn) {
		CareerGraph graph = this.graphs.current();
		RequirementIndex index = graph.index();
		Moves moves = new Moves(graph, this.graphs.settings());
		Source before = new FromInput(null, profile, null).source(index);
		List<ProfileCapability> all = new ArrayList<>(profile);
		all.addAll(learn);
		Source after = new FromInput(null, all, null).source(index);
		int raised = 0;
		for (int job = 0; job < index.jobCount(); job++) {
			if (moves.gap(after.holdings(), job).readiness() > moves.gap(before.holdings(), job).readiness()) {
				raised++;
			}
		}
		return raised;
	}

	/** Capabilities found (the first's roles opened, so that the call cannot be optimised away). */
	public int bestNextSkills(List<ProfileCapability> profile, List<String> targets, int first) {
		BestNextSkills.Answer answer = this.whatIf.bestNextSkills(new FromInput(null, profile, null), targets, first);
		return answer.skills().size() + (answer.skills().isEmpty() ? 0 : answer.skills().getFirst().opened());
	}

	/**
	 * The baseline of bestNextSkills: for every candidate (each unmet essential requirement of the targets), skillGap's
	 * readiness of every target recomputed with the candidate learned.
	 */
	public int bestNextSkillsRecomputing(List<ProfileCapability> profile, List<String> targets) {
		CareerGraph graph = this.graphs.current();
		RequirementIndex index = graph.index();
		Moves moves = new Moves(graph, this.graphs.settings());
		Source before = new FromInput(null, profile, null).source(index);
		int[] jobs = targets.stream().mapToInt(id -> Arguments.job(index, "targets", id)).toArray();
		java.util.Map<Integer, ProfileCapability> candidates = new java.util.LinkedHashMap<>();
		for (int job : jobs) {
			for (JobRequirement requirement : index.requirements(job)) {
				if (requirement.essential() && before.holdings().match(requirement).credit() < 1) {
					candidates.merge(requirement.concept(), new ProfileCapability(
							index.capability(requirement.capability()).id(), requirement.level()),
							(a, b) -> b.level() != null && (a.level() == null || b.level() > a.level()) ? b : a);
				}
			}
		}
		int best = 0;
		for (ProfileCapability candidate : candidates.values()) {
			List<ProfileCapability> all = new ArrayList<>(profile);
			all.add(candidate);
			Source after = new FromInput(null, all, null).source(index);
			int opened = 0;
			for (int job : jobs) {
				if (moves.gap(after.holdings(), job).readiness() >= 0.8
						&& moves.gap(before.holdings(), job).readiness() < 0.8) {
					opened++;
				}
			}
			best = Math.max(best, opened);
		}
		return best;
	}

	/** Up to 3 essential requirements of the job, at their levels: what a person might learn next for it. */
	public List<ProfileCapability> essentialsOf(String job, Random random) {
		RequirementIndex index = this.graphs.current().index();
		List<ProfileCapability> essentials = new ArrayList<>();
		for (JobRequirement requirement : index.requirements(index.jobNumber(job))) {
			if (requirement.essential()) {
				essentials.add(new ProfileCapability(index.capability(requirement.capability()).id(),
						requirement.level()));
			}
		}
		java.util.Collections.shuffle(essentials, random);
		return List.copyOf(essentials.subList(0, Math.min(3, essentials.size())));
	}

	/**
	 * A job two viable moves away from {@code from} (not one move away), found through transitions; null when there is
	 * none.
	 */
	public String twoMovesAway(String from, Random random) {
		List<Move> first = this.paths.transitions(new FromInput(from, null, null), 10, null).transitions();
		if (first.isEmpty()) {
			return null;
		}
		java.util.Set<String> direct = new java.util.HashSet<>();
		first.forEach(m -> direct.add(m.job().id()));
		Move via = first.get(random.nextInt(first.size()));
		List<Move> second = this.paths.transitions(new FromInput(via.job().id(), null, null), 10, null)
			.transitions()
			.stream()
			.filter(m -> !direct.contains(m.job().id()) && !m.job().id().equals(from))
			.toList();
		return second.isEmpty() ? null : second.get(random.nextInt(second.size())).job().id();
	}

}
