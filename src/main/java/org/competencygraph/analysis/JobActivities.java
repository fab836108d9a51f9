package org.competencygraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.RequirementIndexBuilder.Activity;
import org.competencygraph.analysis.RequirementIndexBuilder.JobRow;
import org.jspecify.annotations.Nullable;

/**
 * What the jobs do and who does them, as O*NET describes its occupations: per job the detailed work activities
 * (DWAs) of its task statements, and its RIASEC interest profile. Two parts of BLENDED come from here:
 * <ul>
 * <li><b>activities</b>: the cosine of the jobs' DWA sets, each DWA weighted by its inverse document frequency
 * ln(N / n), N the jobs with DWAs and n those with this one: sharing "Monitor patient conditions" says more than
 * sharing "Maintain operational records", which half the occupations list;</li>
 * <li><b>interests</b>: the correlation of the two jobs' six interest ratings (each profile less its own mean, then
 * the cosine): whether the same types stand out, whatever the level of the ratings.</li>
 * </ul>
 * A part is compared only when the first job has it. Against a job of an organization none of whose jobs has it
 * (ESCO occupations, the project's own jobs) it is left out, and the blend is what it was without these parts;
 * against a job of an organization that describes them but not for this job (O*NET's "All Other" and military
 * occupations have no task statements) it is 0, as the profile part is for a job without requirements: nothing is
 * known to be shared, and leaving it out would rank such occupations above described ones on their other parts. Per
 * DWA the jobs that have it (posting lists), so that scoring every job against one costs one pass over its DWAs'
 * lists.
 */
public final class JobActivities {

	private final String[] titles;

	private final double[] idf;

	/** Per job its DWAs' numbers ascending, empty when it has none. */
	private final int[][] activities;

	/** Per job the unit-length IDF weights of its DWAs, in the order of {@link #activities}. */
	private final double[][] weights;

	private final int[][] postingJobs;

	private final double[][] postingWeights;

	/** Per job its interests less their mean, at unit length; null when it has none or all six are equal. */
	private final double[] @Nullable [] interests;

	/** Per job whether a job of its organization has DWAs, and whether one has interests. */
	private final boolean[] activitiesDescribed;

	private final boolean[] interestsDescribed;

	private JobActivities(String[] titles, double[] idf, int[][] activities, double[][] weights, int[][] postingJobs,
			double[][] postingWeights, double[] @Nullable [] interests, boolean[] activitiesDescribed,
			boolean[] interestsDescribed) {
		this.titles = titles;
		this.idf = idf;
		this.activities = activities;
		this.weights = weights;
		this.postingJobs = postingJobs;
		this.postingWeights = postingWeights;
		this.interests = interests;
		this.activitiesDescribed = activitiesDescribed;
		this.interestsDescribed = interestsDescribed;
	}

	static JobActivities of(List<JobRow> jobs) {
		Map<String, Integer> numbers = new HashMap<>();
		List<String> titles = new ArrayList<>();
		int m = jobs.size();
		int[][] activities = new int[m][];
		for (int j = 0; j < m; j++) {
			activities[j] = jobs.get(j).activities().stream().mapToInt(a -> numbers.computeIfAbsent(a.id(), id -> {
				titles.add(a.title());
				return titles.size() - 1;
			})).distinct().sorted().toArray();
		}
		int n = titles.size();
		int[] frequency = new int[n];
		int described = 0;
		for (int[] job : activities) {
			described += job.length > 0 ? 1 : 0;
			for (int a : job) {
				frequency[a]++;
			}
		}
		double[] idf = new double[n];
		for (int a = 0; a < n; a++) {
			idf[a] = Math.log((double) described / frequency[a]);
		}
		double[][] weights = new double[m][];
		int[][] postingJobs = new int[n][];
		double[][] postingWeights = new double[n][];
		int[] filled = new int[n];
		for (int a = 0; a < n; a++) {
			postingJobs[a] = new int[frequency[a]];
			postingWeights[a] = new double[frequency[a]];
		}
		double[] @Nullable [] interests = new double[m][];
		for (int j = 0; j < m; j++) {
			int[] job = activities[j];
			double norm = 0;
			for (int a : job) {
				norm += idf[a] * idf[a];
			}
			norm = Math.sqrt(norm);
			weights[j] = new double[job.length];
			for (int k = 0; k < job.length; k++) {
				weights[j][k] = norm > 0 ? idf[job[k]] / norm : 0;
				postingJobs[job[k]][filled[job[k]]] = j;
				postingWeights[job[k]][filled[job[k]]++] = weights[j][k];
			}
			interests[j] = centred(jobs.get(j).interests());
		}
		java.util.Set<String> withActivities = new java.util.HashSet<>();
		java.util.Set<String> withInterests = new java.util.HashSet<>();
		for (int j = 0; j < m; j++) {
			String organization = jobs.get(j).job().organization().id();
			if (activities[j].length > 0) {
				withActivities.add(organization);
			}
			if (interests[j] != null) {
				withInterests.add(organization);
			}
		}
		boolean[] activitiesDescribed = new boolean[m];
		boolean[] interestsDescribed = new boolean[m];
		for (int j = 0; j < m; j++) {
			activitiesDescribed[j] = withActivities.contains(jobs.get(j).job().organization().id());
			interestsDescribed[j] = withInterests.contains(jobs.get(j).job().organization().id());
		}
		return new JobActivities(titles.toArray(String[]::new), idf, activities, weights, postingJobs,
				postingWeights, interests, activitiesDescribed, interestsDescribed);
	}

	/** The ratings less their mean, at unit length; null without ratings or when all are equal. */
	private static double @Nullable [] centred(double @Nullable [] ratings) {
		if (ratings == null || ratings.length == 0) {
			return null;
		}
		double mean = Arrays.stream(ratings).average().orElse(0);
		double[] centred = Arrays.stream(ratings).map(r -> r - mean).toArray();
		double norm = Math.sqrt(Arrays.stream(centred).map(v -> v * v).sum());
		return norm > 1e-9 ? Arrays.stream(centred).map(v -> v / norm).toArray() : null;
	}

	/** How many jobs have DWAs and how many distinct DWAs they have. */
	public int[] counts() {
		return new int[] { (int) Arrays.stream(this.activities).filter(a -> a.length > 0).count(),
				this.titles.length };
	}

	public boolean hasActivities(int job) {
		return this.activities[job].length > 0;
	}

	public boolean hasInterests(int job) {
		return this.interests[job] != null;
	}

	/** Whether the job's organization describes its jobs' work activities (one of them has DWAs). */
	public boolean activitiesDescribed(int job) {
		return this.activitiesDescribed[job];
	}

	/** Whether the job's organization rates its jobs' interests (one of them has interests). */
	public boolean interestsDescribed(int job) {
		return this.interestsDescribed[job];
	}

	/** The IDF-weighted cosine of two jobs' DWA sets; only for jobs that both have DWAs. */
	public double activityCosine(int a, int b) {
		int[] x = this.activities[a];
		int[] y = this.activities[b];
		double sum = 0;
		for (int i = 0, k = 0; i < x.length && k < y.length;) {
			if (x[i] == y[k]) {
				sum += this.weights[a][i++] * this.weights[b][k++];
			}
			else if (x[i] < y[k]) {
				i++;
			}
			else {
				k++;
			}
		}
		return sum;
	}

	/**
	 * The activity cosine of the target with every job, into {@code into}: 0 for jobs without DWAs of an
	 * organization that describes them, NaN for jobs of one that does not; the target must have DWAs.
	 */
	public void activityCosines(int target, double[] into) {
		for (int j = 0; j < into.length; j++) {
			into[j] = this.activitiesDescribed[j] ? 0 : Double.NaN;
		}
		int[] job = this.activities[target];
		for (int k = 0; k < job.length; k++) {
			double weight = this.weights[target][k];
			int[] jobs = this.postingJobs[job[k]];
			double[] values = this.postingWeights[job[k]];
			for (int i = 0; i < jobs.length; i++) {
				into[jobs[i]] += weight * values[i];
			}
		}
	}

	/** The correlation of two jobs' interest profiles, -1 to 1; only for jobs that both have interests. */
	public double interestCorrelation(int a, int b) {
		double[] x = java.util.Objects.requireNonNull(this.interests[a]);
		double[] y = java.util.Objects.requireNonNull(this.interests[b]);
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			sum += x[i] * y[i];
		}
		return sum;
	}

	/** How many DWAs two jobs share, and the titles of the {@code limit} most specific (highest IDF) first. */
	public Shared shared(int a, int b, int limit) {
		List<Integer> shared = new ArrayList<>();
		int[] x = this.activities[a];
		int[] y = this.activities[b];
		for (int i = 0, k = 0; i < x.length && k < y.length;) {
			if (x[i] == y[k]) {
				shared.add(x[i]);
				i++;
				k++;
			}
			else if (x[i] < y[k]) {
				i++;
			}
			else {
				k++;
			}
		}
		List<String> titles = shared.stream()
			.sorted(Comparator.comparingDouble((Integer s) -> -this.idf[s]))
			.limit(limit)
			.map(s -> this.titles[s])
			.toList();
		return new Shared(shared.size(), x.length, y.length, titles);
	}

	/** The DWAs two jobs share: how many, of how many each has, and the most specific ones' titles. */
	public record Shared(int count, int ofFirst, int ofSecond, List<String> titles) {
	}

}
