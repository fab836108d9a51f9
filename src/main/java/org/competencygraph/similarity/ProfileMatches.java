package org.competencygraph.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.competencygraph.analysis.CloseMatches;
import org.competencygraph.analysis.Format;
import org.competencygraph.analysis.Holdings;
import org.competencygraph.analysis.Readiness;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.RequirementStatus;
import org.competencygraph.analysis.Scoring;

/**
 * Finds the jobs a person's holdings fit. Only requirements on the profile's concepts, on concepts one BROADER
 * step above them or on concepts CLOSE_MATCH them, can earn credit, so they are found through the requirement
 * posting lists; each job's readiness is then sum(weight x credit) / its precomputed total weight, exactly as
 * skillGap computes it.
 */
final class ProfileMatches {

	private ProfileMatches() {
	}

	static JobsMatching jobsMatching(RequirementIndex index, Map<Integer, Holding> profile, int profileSize,
			int first) {
		Scoring scoring = index.scoring();
		// (job, requirement) -> best credit; direct full matches are flagged for the essential coverage.
		Map<Long, double[]> credits = new HashMap<>();
		for (Holding holding : profile.values()) {
			collect(index, credits, index.requirementPostings(holding.concept()), holding, 1.0, true);
			if (scoring.narrowerCredit() > 0) {
				for (int broader : index.broaderConcepts(holding.concept())) {
					collect(index, credits, index.requirementPostings(broader), holding, scoring.narrowerCredit(),
							false);
				}
			}
			CloseMatches close = index.closeMatches(holding.concept());
			for (int k = 0; k < close.size(); k++) {
				collect(index, credits, index.requirementPostings(close.concepts()[k]), holding, close.credits()[k],
						false);
			}
		}
		Map<Integer, Readiness> perJob = new HashMap<>();
		Map<Integer, int[]> essentialMet = new HashMap<>();
		credits.forEach((key, value) -> {
			int job = (int) (key >>> 32);
			JobRequirement requirement = index.requirements(job)[(int) (long) key];
			perJob.computeIfAbsent(job, j -> Readiness.of(index, j)).credit(requirement, value[0]);
			if (requirement.essential() && value[1] > 0) {
				essentialMet.computeIfAbsent(job, j -> new int[1])[0]++;
			}
		});
		Comparator<Ranked> order = Comparator.comparingDouble(Ranked::readiness)
			.reversed()
			.thenComparing(Comparator.comparingDouble(Ranked::fit).reversed())
			.thenComparing(r -> index.job(r.job()).id());
		PriorityQueue<Ranked> best = new PriorityQueue<>(first + 1, order.reversed());
		perJob.forEach((job, readiness) -> {
			best.add(new Ranked(job, readiness.readiness(), readiness.fit()));
			if (best.size() > first) {
				best.poll();
			}
		});
		List<Ranked> top = new ArrayList<>(best);
		top.sort(order);
		Holdings holdings = new Holdings(index, profile);
		List<JobsMatching.JobMatch> results = top.stream().map(r -> explain(index, holdings, r)).toList();
		return new JobsMatching(profileSize, perJob.size(), results);
	}

	private static void collect(RequirementIndex index, Map<Long, double[]> credits,
			RequirementIndex.RequirementPostings postings, Holding holding, double matchCredit, boolean direct) {
		int[] jobs = postings.jobs();
		int[] requirements = postings.requirements();
		for (int i = 0; i < jobs.length; i++) {
			JobRequirement requirement = index.requirements(jobs[i])[requirements[i]];
			double levelShare = Scoring.levelShare(holding.level(), requirement.level());
			double credit = matchCredit * levelShare;
			if (credit <= 0) {
				continue;
			}
			double met = direct && levelShare >= 1 ? 1 : 0;
			double[] value = credits.computeIfAbsent(((long) jobs[i] << 32) | requirements[i], k -> new double[2]);
			if (credit > value[0] || (credit == value[0] && met > value[1])) {
				value[0] = credit;
				value[1] = met;
			}
		}
	}

	private record Ranked(int job, double readiness, double fit) {
	}

	private static JobsMatching.JobMatch explain(RequirementIndex index, Holdings holdings, Ranked ranked) {
		List<JobsMatching.MatchedRequirement> matched = new ArrayList<>();
		List<JobsMatching.MatchedRequirement> missingEssentials = new ArrayList<>();
		int essentialMet = 0;
		Readiness readiness = Readiness.of(index, ranked.job());
		for (JobRequirement requirement : index.requirements(ranked.job())) {
			Holdings.Match match = holdings.match(requirement);
			Holding holding = match.holding();
			var row = new JobsMatching.MatchedRequirement(index.capability(requirement.capability()),
					requirement.priority(), requirement.level(), match.status(),
					holding == null ? null : index.capability(holding.capability()), match.kind(),
					holding == null ? null : holding.level(), Format.round(requirement.weight()),
					Format.round(match.credit()));
			readiness.credit(requirement, match.credit());
			if (match.credit() > 0) {
				matched.add(row);
			}
			if (requirement.essential()) {
				if (match.status() == RequirementStatus.MET) {
					essentialMet++;
				}
				else {
					missingEssentials.add(row);
				}
			}
		}
		Comparator<JobsMatching.MatchedRequirement> heaviest = Comparator
			.comparingDouble(JobsMatching.MatchedRequirement::weight)
			.reversed()
			.thenComparing(r -> r.capability().name());
		matched.sort(heaviest);
		missingEssentials.sort(heaviest);
		int essentials = index.essentialCount(ranked.job());
		int requirements = index.requirements(ranked.job()).length;
		String explanation = readiness.explain() + "; " + matched.size() + " of " + requirements + " requirements met at least partly; " + essentialMet
				+ " of " + essentials + " essential requirements met";
		return new JobsMatching.JobMatch(index.job(ranked.job()), Format.round(readiness.readiness()),
				Format.round(readiness.fit()), requirements,
				essentials, essentialMet, essentials == 0 ? null : Format.round((double) essentialMet / essentials),
				List.copyOf(matched), List.copyOf(missingEssentials), explanation);
	}

}
