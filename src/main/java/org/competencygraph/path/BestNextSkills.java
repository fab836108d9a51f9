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
		double[][] credits = new double[n][];
		// Per target: the sums readiness is made of (Readiness: weighted credit and plain credit, essential and
		// desirable), before learning anything.
		double[][] sums = new double[n][];
		double[] before = new double[n];
		// Candidate concept -> [capability, highest level or -1]
		Map<Integer, double[]> candidates = new LinkedHashMap<>();
		int reachableBefore = 0;
		for (int t = 0; t < n; t++) {
			int job = targets[t];
			local[job] = t;
			JobRequirement[] requirements = index.requirements(job);
			double[] row = new double[requirements.length];
			double[] sum = new double[4];
			for (int i = 0; i < requirements.length; i++) {
				JobRequirement requirement = requirements[i];
				row[i] = source.holdings().match(requirement).credit();
				add(sum, requirement, row[i]);
				boolean counts = requirement.essential() || index.essentialCount(job) == 0;
				if (counts && row[i] < 1) {
					Double level = requirement.level();
					double[] candidate = candidates.computeIfAbsent(requirement.concept(),
							c -> new double[] { requirement.capability(), -1 });
					if (level != null && level > candidate[1]) {
						candidate[1] = level;
					}
				}
			}
			credits[t] = row;
			sums[t] = sum;
			before[t] = readiness(index, job, sum);
			reachableBefore += before[t] >= threshold ? 1 : 0;
		}
		List<NextSkill> skills = new ArrayList<>();
		double[][] delta = new double[n][];
		int[] touched = new int[n];
		for (Map.Entry<Integer, double[]> candidate : candidates.entrySet()) {
			int concept = candidate.getKey();
			int capability = (int) candidate.getValue()[0];
			Double level = candidate.getValue()[1] < 0 ? null : candidate.getValue()[1];
			Holding learned = new Holding(concept, capability, level, true);
			Holding existing = source.held().get(concept);
			Holding holding = existing == null ? learned : RequirementIndex.stronger(existing, learned);
			// Only requirements on the concept, one BROADER step above it or CLOSE_MATCH it can change; each is
			// reached once, through its own concept.
			int touchedCount = 0;
			for (int related : WhatIf.related(index, concept).stream().distinct().toList()) {
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
			List<RoleChange> changes = new ArrayList<>();
			int opened = 0;
			double totalRise = 0;
			for (int i = 0; i < touchedCount; i++) {
				int t = touched[i];
				double after = readiness(index, targets[t], delta[t]);
				delta[t] = null;
				if (after > before[t]) {
					changes.add(RoleChange.of(index.job(targets[t]), before[t], after, threshold));
					totalRise += after - before[t];
					opened += before[t] < threshold && after >= threshold ? 1 : 0;
				}
			}
			if (changes.isEmpty()) {
				continue;
			}
			changes.sort(Comparator.comparing((RoleChange c) -> !c.becomesReachable())
				.thenComparing(RoleChange::rise, Comparator.reverseOrder())
				.thenComparing(c -> c.job().id()));
			skills.add(new NextSkill(index.capability(capability), level, opened, changes.size(),
					Format.round(totalRise), List.copyOf(changes.subList(0, Math.min(ROLES_PER_SKILL,
							changes.size())))));
		}
		skills.sort(Comparator.comparingInt(NextSkill::opened)
			.reversed()
			.thenComparing(NextSkill::totalRise, Comparator.reverseOrder())
			.thenComparing(s -> s.capability().name())
			.thenComparing(s -> s.capability().id()));
		return new Answer(source.isJob() ? index.job(source.job()) : null, profileSize, targets.length,
				reachableBefore, threshold, candidates.size(),
				List.copyOf(skills.subList(0, Math.min(first, skills.size()))));
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
