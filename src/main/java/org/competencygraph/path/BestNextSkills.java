package org.competencygraph.path;

import java.util.ArrayList;
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
 * for it. Every target's credits are computed once (as skillGap computes them); learning a concept changes only
 * the credits of requirements on it, one BROADER step above it or CLOSE_MATCH it, each to the better of its old
 * credit and the new holding's, so each (candidate, target) pair costs one pass over the target's requirements,
 * and only targets found through the requirement posting lists are visited.
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
		Map<Integer, double[]> credits = new LinkedHashMap<>();
		Map<Integer, Double> before = new LinkedHashMap<>();
		// Candidate concept -> [capability, highest level or -1]
		Map<Integer, double[]> candidates = new LinkedHashMap<>();
		int reachableBefore = 0;
		for (int job : targets) {
			JobRequirement[] requirements = index.requirements(job);
			double[] row = new double[requirements.length];
			for (int i = 0; i < requirements.length; i++) {
				row[i] = source.holdings().match(requirements[i]).credit();
				boolean counts = requirements[i].essential() || index.essentialCount(job) == 0;
				if (counts && row[i] < 1) {
					JobRequirement requirement = requirements[i];
					Double level = requirement.level();
					double[] candidate = candidates.computeIfAbsent(requirement.concept(),
							c -> new double[] { requirement.capability(), -1 });
					if (level != null && level > candidate[1]) {
						candidate[1] = level;
					}
				}
			}
			credits.put(job, row);
			double readiness = readiness(index, job, row);
			before.put(job, readiness);
			reachableBefore += readiness >= threshold ? 1 : 0;
		}
		List<NextSkill> skills = new ArrayList<>();
		for (Map.Entry<Integer, double[]> candidate : candidates.entrySet()) {
			int concept = candidate.getKey();
			int capability = (int) candidate.getValue()[0];
			Double level = candidate.getValue()[1] < 0 ? null : candidate.getValue()[1];
			Holding learned = new Holding(concept, capability, level, true);
			Holding existing = source.held().get(concept);
			Holding holding = existing == null ? learned : RequirementIndex.stronger(existing, learned);
			List<RoleChange> changes = new ArrayList<>();
			double totalRise = 0;
			for (int job : WhatIf.affected(index, List.of(concept))) {
				double[] old = credits.get(job);
				if (old == null) {
					continue;
				}
				double after = readinessWith(index, job, old, holding);
				double was = before.get(job);
				if (after > was) {
					changes.add(RoleChange.of(index.job(job), was, after, threshold));
					totalRise += after - was;
				}
			}
			if (changes.isEmpty()) {
				continue;
			}
			changes.sort(Comparator.comparing((RoleChange c) -> !c.becomesReachable())
				.thenComparing(RoleChange::rise, Comparator.reverseOrder())
				.thenComparing(c -> c.job().id()));
			int opened = (int) changes.stream().filter(RoleChange::becomesReachable).count();
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

	private static double readiness(RequirementIndex index, int job, double[] credits) {
		Readiness readiness = Readiness.of(index, job);
		JobRequirement[] requirements = index.requirements(job);
		for (int i = 0; i < requirements.length; i++) {
			readiness.credit(requirements[i], credits[i]);
		}
		return readiness.readiness();
	}

	/** The readiness with one more holding: each requirement at the better of its old credit and the holding's. */
	private static double readinessWith(RequirementIndex index, int job, double[] credits, Holding holding) {
		Readiness readiness = Readiness.of(index, job);
		JobRequirement[] requirements = index.requirements(job);
		for (int i = 0; i < requirements.length; i++) {
			readiness.credit(requirements[i], Math.max(credits[i], credit(index, holding, requirements[i])));
		}
		return readiness.readiness();
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
