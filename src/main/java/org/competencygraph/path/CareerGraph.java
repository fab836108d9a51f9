package org.competencygraph.path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.job.Job;
import org.jspecify.annotations.Nullable;

/**
 * What career moves need beside the analysis index, for one snapshot of it: each job's level on its scale
 * (responsibility level 1-7 for the seed's and users' jobs, O*NET job zone 1-5), its occupation group, the ladder
 * links ({@code PROGRESSES_TO}) out of and into it, and the viability threshold calibrated on this data.
 */
final class CareerGraph {

	/** A job's level: SFIA-style responsibility level or O*NET job zone; levels on different scales do not compare. */
	record Level(String scale, int value) {

		static final String RESPONSIBILITY = "responsibility level";

		static final String JOB_ZONE = "O*NET job zone";

	}

	/** A {@code PROGRESSES_TO} link. */
	record Ladder(int from, int to, @Nullable String track, @Nullable String conditions,
			List<String> requiredCapabilities) {
	}

	/**
	 * The viability threshold and how it was found.
	 *
	 * @param calibrated false when analysis/paths.yaml fixes it, or when no group had two members
	 */
	record Threshold(double value, boolean calibrated, @Nullable Double mean, @Nullable Double standardDeviation,
			int pairs, int groups, String basis) {
	}

	/** What {@link CareerGraphs} reads from the graph for each job. */
	record JobFacts(String id, @Nullable String framework, @Nullable String code, @Nullable Long jobZone,
			@Nullable String iscoGroup, @Nullable String family, List<LadderFacts> ladder) {
	}

	record LadderFacts(String to, @Nullable String track, @Nullable String conditions, List<String> required) {
	}

	private final RequirementIndex index;

	private final @Nullable Level[] levels;

	private final @Nullable String[] groups;

	private final List<List<Ladder>> ladderOut = new ArrayList<>();

	private final List<List<Ladder>> ladderIn = new ArrayList<>();

	private final Threshold threshold;

	CareerGraph(RequirementIndex index, Collection<JobFacts> facts, PathSettings settings) {
		this.index = index;
		int m = index.jobCount();
		this.levels = new Level[m];
		this.groups = new String[m];
		for (int j = 0; j < m; j++) {
			this.ladderOut.add(new ArrayList<>());
			this.ladderIn.add(new ArrayList<>());
			Job job = index.job(j);
			if (job.responsibilityLevel() != null) {
				this.levels[j] = new Level(Level.RESPONSIBILITY, job.responsibilityLevel().level());
			}
		}
		for (JobFacts fact : facts) {
			int j = index.jobNumber(fact.id());
			if (j < 0) {
				continue;
			}
			if (this.levels[j] == null && fact.jobZone() != null) {
				this.levels[j] = new Level(Level.JOB_ZONE, fact.jobZone().intValue());
			}
			this.groups[j] = group(fact);
			for (LadderFacts link : fact.ladder()) {
				int to = index.jobNumber(link.to());
				if (to >= 0 && to != j) {
					Ladder ladder = new Ladder(j, to, link.track(), link.conditions(), List.copyOf(link.required()));
					this.ladderOut.get(j).add(ladder);
					this.ladderIn.get(to).add(ladder);
				}
			}
		}
		this.threshold = settings.viable().threshold() != null
				? new Threshold(settings.viable().threshold(), false, null, null, 0, 0, "fixed in " + PathSettings.FILE)
				: calibrate(settings.viable());
	}

	/**
	 * The occupation group: O*NET's SOC broad group (the code's first 6 characters, 15-1244.00 -> 15-124), ESCO's
	 * ISCO unit group, otherwise the job family.
	 */
	private static @Nullable String group(JobFacts fact) {
		if ("onet".equals(fact.framework()) && fact.code() != null && fact.code().length() >= 6) {
			return "SOC " + fact.code().substring(0, 6);
		}
		if (fact.iscoGroup() != null) {
			return "ISCO " + fact.iscoGroup();
		}
		return fact.family() != null ? "family " + fact.family() : null;
	}

	/** Mean - deviations x sd of BLENDED similarity over the pairs of jobs within each occupation group. */
	private Threshold calibrate(PathSettings.Viable viable) {
		Map<String, List<Integer>> members = new TreeMap<>();
		for (int j = 0; j < this.groups.length; j++) {
			if (this.groups[j] != null) {
				members.computeIfAbsent(this.groups[j], g -> new ArrayList<>()).add(j);
			}
		}
		double sum = 0;
		double squares = 0;
		int pairs = 0;
		int groupsUsed = 0;
		for (List<Integer> group : members.values()) {
			if (group.size() < 2) {
				continue;
			}
			groupsUsed++;
			int[] jobs = group.stream().sorted((a, b) -> this.index.job(a).id().compareTo(this.index.job(b).id()))
				.limit(viable.maxGroupMembers()).mapToInt(Integer::intValue).toArray();
			for (int x = 0; x < jobs.length; x++) {
				for (int y = x + 1; y < jobs.length; y++) {
					double s = Relatedness.pair(this.index, jobs[x], jobs[y]);
					sum += s;
					squares += s * s;
					pairs++;
				}
			}
		}
		if (pairs < 2) {
			return new Threshold(viable.fallbackThreshold(), false, null, null, pairs, groupsUsed,
					"fallbackThreshold of " + PathSettings.FILE + ": fewer than two pairs of jobs within a group");
		}
		double mean = sum / pairs;
		double sd = Math.sqrt(Math.max(0, squares / pairs - mean * mean));
		double value = Math.max(0, mean - viable.deviations() * sd);
		return new Threshold(value, true, mean, sd, pairs, groupsUsed, String.format(java.util.Locale.ROOT,
				"mean %.4f - %s x standard deviation %.4f of the BLENDED similarity over %d pairs of jobs within %d "
						+ "occupation groups (SOC broad group, ISCO unit group or job family)",
				mean, trim(viable.deviations()), sd, pairs, groupsUsed));
	}

	private static String trim(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	RequirementIndex index() {
		return this.index;
	}

	Threshold threshold() {
		return this.threshold;
	}

	@Nullable Level level(int job) {
		return this.levels[job];
	}

	@Nullable String group(int job) {
		return this.groups[job];
	}

	List<Ladder> ladderOut(int job) {
		return this.ladderOut.get(job);
	}

	List<Ladder> ladderIn(int job) {
		return this.ladderIn.get(job);
	}

	@Nullable Ladder ladder(int from, int to) {
		for (Ladder ladder : this.ladderOut.get(from)) {
			if (ladder.to() == to) {
				return ladder;
			}
		}
		return null;
	}

	/** Levels up from one job to another, null when they are not on one scale. */
	@Nullable Integer levelChange(int from, int to) {
		Level a = this.levels[from];
		Level b = this.levels[to];
		return a == null || b == null || !a.scale().equals(b.scale()) ? null : b.value() - a.value();
	}

}
