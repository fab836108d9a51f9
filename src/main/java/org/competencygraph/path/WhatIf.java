package org.competencygraph.path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.competencygraph.analysis.CloseMatches;
import org.competencygraph.analysis.Format;
import org.competencygraph.analysis.Holdings;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.jspecify.annotations.Nullable;

/**
 * {@code whatIf}: what learning some capabilities would change. Only jobs with a requirement the new holdings can
 * meet (on their concepts, one BROADER step above them, or CLOSE_MATCH them) can change, so they are found through
 * the requirement posting lists; each one's readiness before and after is computed as skillGap computes it.
 */
final class WhatIf {

	/** How the readiness for one role changes. */
	record RoleChange(Job job, double readinessBefore, double readinessAfter, double rise, boolean reachableBefore,
			boolean reachableAfter, boolean becomesReachable) {

		static RoleChange of(Job job, double before, double after, double threshold) {
			return new RoleChange(job, Format.round(before), Format.round(after), Format.round(after - before),
					before >= threshold, after >= threshold, before < threshold && after >= threshold);
		}

	}

	/** A capability learned, at a level (null: any level the roles ask for). */
	record Learned(Capability capability, @Nullable Double level) {
	}

	/**
	 * The answer of {@code whatIf}.
	 *
	 * @param examined jobs with a requirement the learned capabilities could meet
	 * @param raised roles whose readiness rises
	 * @param becomeReachable roles crossing the reachable threshold
	 * @param changes the roles whose readiness rises, those becoming reachable first, then by rise
	 */
	record Answer(@Nullable Job from, int profileSize, List<Learned> learned, double reachableReadiness, int examined,
			int raised, int becomeReachable, List<RoleChange> changes) {
	}

	private WhatIf() {
	}

	static Answer of(RequirementIndex index, PathSettings settings, Moves moves, Source source, int profileSize,
			Map<Integer, Holding> learned, int first) {
		Map<Integer, Holding> after = new LinkedHashMap<>(source.held());
		learned.forEach((concept, holding) -> after.merge(concept, holding, RequirementIndex::stronger));
		Holdings afterHoldings = new Holdings(index, after);
		double threshold = settings.reachableReadiness();
		TreeSet<Integer> affected = affected(index, learned.keySet());
		affected.remove(source.job());
		List<RoleChange> changes = new ArrayList<>();
		for (int job : affected) {
			double before = moves.gap(source.holdings(), job).readiness();
			double now = moves.gap(afterHoldings, job).readiness();
			if (now > before) {
				changes.add(RoleChange.of(index.job(job), before, now, threshold));
			}
		}
		changes.sort(Comparator.comparing((RoleChange c) -> !c.becomesReachable())
			.thenComparing(RoleChange::rise, Comparator.reverseOrder())
			.thenComparing(RoleChange::readinessAfter, Comparator.reverseOrder())
			.thenComparing(c -> c.job().id()));
		int reachable = (int) changes.stream().filter(RoleChange::becomesReachable).count();
		List<Learned> learnedList = learned.values()
			.stream()
			.map(h -> new Learned(index.capability(h.capability()), h.level()))
			.toList();
		return new Answer(source.isJob() ? index.job(source.job()) : null, profileSize, learnedList, threshold,
				affected.size(), changes.size(), reachable, List.copyOf(changes.subList(0, Math.min(first,
						changes.size()))));
	}

	/** Jobs with a requirement on one of the concepts, on a concept one BROADER step above one, or CLOSE_MATCH one. */
	static TreeSet<Integer> affected(RequirementIndex index, Iterable<Integer> concepts) {
		TreeSet<Integer> jobs = new TreeSet<>();
		for (int concept : concepts) {
			for (int related : related(index, concept)) {
				for (int job : index.requirementPostings(related).jobs()) {
					jobs.add(job);
				}
			}
		}
		return jobs;
	}

	/** The concept, the concepts one BROADER step above it (when narrower capabilities earn credit), its close matches. */
	static List<Integer> related(RequirementIndex index, int concept) {
		List<Integer> related = new ArrayList<>();
		related.add(concept);
		if (index.scoring().narrowerCredit() > 0) {
			for (int broader : index.broaderConcepts(concept)) {
				related.add(broader);
			}
		}
		CloseMatches close = index.closeMatches(concept);
		for (int k = 0; k < close.size(); k++) {
			related.add(close.concepts()[k]);
		}
		return related;
	}

}
