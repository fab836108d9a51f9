package org.competencygraph.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.Format;
import org.competencygraph.analysis.Readiness;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.Scoring;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.competencygraph.path.WhatIf.RoleChange;
import org.jspecify.annotations.Nullable;

/**
 * {@code bestNextSkills}: the single capabilities whose learning would open the most target roles (readiness
 * crossing the reachable threshold) and raise readiness most. The candidates are the concepts of the targets'
 * requirements that count for readiness and are not fully met, each learned at the highest level any target asks
 * for it. Every target's credits and readiness sums are computed once (as skillGap computes them); learning a
 * concept changes only the credits of requirements on it, one BROADER step above it or CLOSE_MATCH it, each to the
 * better of its old credit and the new holding's. Those requirements are found through the requirement posting
 * lists, so a candidate costs the length of its postings, not a pass over every target; a target's readiness after
 * is its sums plus the gains (the same sums skillGap makes, added in another order: equal to skillGap's after
 * rounding to 4 decimals, which the tests check).
 */
final class BestNextSkills {

	/**
	 * One capability to learn.
	 *
	 * @param level the level to learn it at: the highest any target asks, null when none states one
	 * @param opened targets becoming reachable
	 * @param raised targets whose readiness rises
	 * @param totalRise sum of the rises in readiness over the targets
	 * @param roles the targets it changes, those it opens first, then by rise (at most 10)
	 */
	record NextSkill(Capability capability, @Nullable Double level, int opened, int raised, double totalRise,
			List<RoleChange> roles) {
	}

	/** The answer of {@code bestNextSkills}: the targets considered and the best capabilities. */
	record Answer(@Nullable Job from, int profileSize, int targets, int reachableBefore, double reachableReadiness,
			int candidates, List<NextSkill> skills) {
	}

	static final int ROLES_PER_SKILL = 10;

	private BestNextSkills() {
	}

	static Answer of(RequirementIndex index, PathSettings settings, Source source, int profileSize, int[] targets,
			int first) {
		double threshold = settings.reachableReadiness();
		int n = targets.length;
		int[] local = new int[index.jobCount()];
		Arrays.fill(local, -1);
		for (int t = 0; t < n; t++) {
			local[targets[t]] = t;
		}
		// Credits before learning: only requirements the source's holdings can meet earn any, found through the
		// posting lists (as jobsMatching finds them); every other credit is 0.
		double[][] credits = new double[n][];
		double[][] sums = new double[n][];
		for (int t = 0; t < n; t++) {
			credits[t] = new double[index.requirements(targets[t]).length];
			sums[t] = new double[4];
		}
		for (Holding held : source.held().values()) {
			for (int related : related(index, held.concept())) {
				RequirementIndex.RequirementPostings postings = index.requirementPostings(related);
				for (int k = 0; k < postings.jobs().length; k++) {
					int t = local[postings.jobs()[k]];
					int position = postings.requirements()[k];
					if (t >= 0 && credits[t][position] == 0) {
						JobRequirement requirement = index.requirements(targets[t])[position];
						credits[t][position] = source.holdings().match(requirement).credit();
						add(sums[t], requirement, credits[t][position]);
					}
				}
			}
		}
		double[] before = new double[n];
		int reachableBefore = 0;
		// Candidates, by concept: the first capability seen and the highest level asked (-1: none stated).
		int[] candidateCapability = new int[index.conceptCount()];
		Arrays.fill(candidateCapability, -1);
		double[] candidateLevel = new double[index.conceptCount()];
		int[] candidates = new int[index.conceptCount()];
		int candidateCount = 0;
		for (int t = 0; t < n; t++) {
			int job = targets[t];
			before[t] = readiness(index, job, sums[t]);
			reachableBefore += before[t] >= threshold ? 1 : 0;
			JobRequirement[] requirements = index.requirements(job);
			boolean desirablesCount = index.essentialCount(job) == 0;
			for (int i = 0; i < requirements.length; i++) {
				JobRequirement requirement = requirements[i];
				if ((requirement.essential() || desirablesCount) && credits[t][i] < 1) {
					int concept = requirement.concept();
					if (candidateCapability[concept] < 0) {
						candidateCapability[concept] = requirement.capability();
						candidateLevel[concept] = -1;
						candidates[candidateCount++] = concept;
					}
					if (requirement.level() != null && requirement.level() > candidateLevel[concept]) {
						candidateLevel[concept] = requirement.level();
					}
				}
			}
		}
		Best best = new Best(first);
		double[][] delta = new double[n][];
		int[] touched = new int[n];
		double[] after = new double[n];
		for (int c = 0; c < candidateCount; c++) {
			int concept = candidates[c];
			Double level = candidateLevel[concept] < 0 ? null : candidateLevel[concept];
			Holding learned = new Holding(concept, candidateCapability[concept], level, true);
			Holding existing = source.held().get(concept);
			Holding holding = existing == null ? learned : RequirementIndex.stronger(existing, learned);
			// Only requirements on the concept, one BROADER step above it or CLOSE_MATCH it can change; each is
			// reached once, through its own concept.
			int touchedCount = 0;
			for (int related : related(index, concept)) {
				RequirementIndex.RequirementPostings postings = index.requirementPostings(related);
				for (int k = 0; k < postings.jobs().length; k++) {
					int t = local[postings.jobs()[k]];
					if (t < 0) {
						continue;
					}
					int position = postings.requirements()[k];
					JobRequirement requirement = index.requirements(targets[t])[position];
					double gain = credit(index, holding, requirement) - credits[t][position];
					if (gain <= 0) {
						continue;
					}
					if (delta[t] == null) {
						delta[t] = sums[t].clone();
						touched[touchedCount++] = t;
					}
					add(delta[t], requirement, gain);
				}
			}
			int raised = 0;
			int opened = 0;
			double totalRise = 0;
			for (int i = 0; i < touchedCount; i++) {
				int t = touched[i];
				after[t] = readiness(index, targets[t], delta[t]);
				delta[t] = null;
				if (after[t] > before[t]) {
					touched[raised++] = t;
					totalRise += after[t] - before[t];
					opened += before[t] < threshold && after[t] >= threshold ? 1 : 0;
				}
			}
			if (raised > 0 && best.admits(opened, totalRise)) {
				best.add(new Scored(concept, level, opened, raised, totalRise,
						roles(index, targets, Arrays.copyOf(touched, raised), before, after, threshold)));
			}
		}
		List<NextSkill> skills = best.sorted()
			.stream()
			.map(s -> new NextSkill(index.capability(candidateCapability[s.concept()]), s.level(), s.opened(),
					s.raised(), Format.round(s.totalRise()), s.roles()))
			.sorted(ORDER)
			.limit(first)
			.toList();
		return new Answer(source.isJob() ? index.job(source.job()) : null, profileSize, targets.length,
				reachableBefore, threshold, candidateCount, skills);
	}

	private static final Comparator<NextSkill> ORDER = Comparator.comparingInt(NextSkill::opened)
		.reversed()
		.thenComparing(NextSkill::totalRise, Comparator.reverseOrder())
		.thenComparing(s -> s.capability().name())
		.thenComparing(s -> s.capability().id());

	/** A candidate's figures before its capability is looked up. */
	private record Scored(int concept, @Nullable Double level, int opened, int raised, double totalRise,
			List<RoleChange> roles) {
	}

	/**
	 * The best candidates by roles opened, then total rise, kept in a bounded heap. Ties at the cut are all kept
	 * (they are ordered by capability name afterwards, so which of them make the answer must not depend on order).
	 */
	private static final class Best {

		private final int first;

		private final java.util.PriorityQueue<Scored> heap = new java.util.PriorityQueue<>(
				Comparator.comparingInt(Scored::opened).thenComparingDouble(Scored::totalRise));

		private final List<Scored> tied = new ArrayList<>();

		Best(int first) {
			this.first = first;
		}

		boolean admits(int opened, double totalRise) {
			Scored worst = this.heap.peek();
			return this.heap.size() < this.first || worst == null || opened > worst.opened()
					|| (opened == worst.opened() && Format.round(totalRise) >= Format.round(worst.totalRise()));
		}

		void add(Scored scored) {
			this.heap.add(scored);
			while (this.heap.size() > this.first) {
				Scored out = this.heap.poll();
				Scored worst = this.heap.peek();
				if (worst != null && out.opened() == worst.opened()
						&& Format.round(out.totalRise()) == Format.round(worst.totalRise())) {
					this.tied.add(out);
				}
			}
			Scored worst = this.heap.peek();
			this.tied.removeIf(t -> worst == null || t.opened() != worst.opened()
					|| Format.round(t.totalRise()) != Format.round(worst.totalRise()));
		}

		List<Scored> sorted() {
			List<Scored> all = new ArrayList<>(this.heap);
			all.addAll(this.tied);
			return all;
		}

	}

	/** The roles a candidate changes, those it opens first, then by rise: at most {@link #ROLES_PER_SKILL}. */
	private static List<RoleChange> roles(RequirementIndex index, int[] targets, int[] raised, double[] before,
			double[] after, double threshold) {
		List<RoleChange> changes = new ArrayList<>(raised.length);
		for (int t : raised) {
			changes.add(RoleChange.of(index.job(targets[t]), before[t], after[t], threshold));
		}
		changes.sort(Comparator.comparing((RoleChange c) -> !c.becomesReachable())
			.thenComparing(RoleChange::rise, Comparator.reverseOrder())
			.thenComparing(c -> c.job().id()));
		return List.copyOf(changes.subList(0, Math.min(ROLES_PER_SKILL, changes.size())));
	}

	/** The concept, those one BROADER step above it, its close matches: each once. */
	private static int[] related(RequirementIndex index, int concept) {
		return WhatIf.related(index, concept).stream().distinct().mapToInt(Integer::intValue).toArray();
	}

	/** Adds a requirement's credit to the sums, as {@link Readiness#credit} does. */
	private static void add(double[] sum, JobRequirement requirement, double credit) {
		int at = requirement.essential() ? 0 : 2;
		sum[at] += requirement.weight() * credit;
		sum[at + 1] += credit;
	}

	/**
	 * Readiness from the sums, as {@link Readiness#readiness()} computes it: over the essential requirements, or the
	 * desirable ones when there are none; the plain average credit where the weights are all 0.
	 */
	static double readiness(RequirementIndex index, int job, double[] sum) {
		int essentials = index.essentialCount(job);
		int desirables = index.requirements(job).length - essentials;
		if (essentials > 0) {
			return share(sum[0], index.essentialWeight(job), sum[1], essentials);
		}
		return desirables > 0 ? share(sum[2], index.desirableWeight(job), sum[3], desirables) : 1.0;
	}

	private static double share(double weighted, double weight, double credit, int count) {
		double share = weight > 0 ? weighted / weight : credit / count;
		return Math.max(0, Math.min(1, share));
	}

	/** The credit a single assured holding earns on a requirement, as {@code Holdings.match} gives it. */
	private static double credit(RequirementIndex index, Holding holding, JobRequirement requirement) {
		double levelShare = Scoring.levelShare(holding.level(), requirement.level());
		double best = 0;
		if (requirement.concept() == holding.concept()) {
			best = levelShare;
		}
		double narrower = index.scoring().narrowerCredit();
		if (narrower > 0) {
			for (int broader : index.broaderConcepts(holding.concept())) {
				if (broader == requirement.concept()) {
					best = Math.max(best, narrower * levelShare);
				}
			}
		}
		best = Math.max(best, index.closeMatches(holding.concept()).creditOf(requirement.concept()) * levelShare);
		return best;
	}

}
