package org.competencygraph.analysis;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The BLENDED similarity of two jobs: the weighted mean of three parts, each 0-1, and of a fourth for jobs placed
 * in other frameworks,
 * <ul>
 * <li><b>profile</b>: the cosine of the jobs' requirement vectors with each source domain scaled to unit length
 * and weighted ({@link DomainProfiles}), concepts as everywhere (SAME_AS merged, CLOSE_MATCH partial credit);</li>
 * <li><b>duties</b>: the cosine of the jobs' duty embeddings, centred on the mean over all jobs ({@link JobTexts});</li>
 * <li><b>title</b>: the cosine of the embeddings of each job's title followed by its other names (O*NET alternate
 * titles, ESCO alternative labels; the title alone where a job has no such vector yet), centred the same way;</li>
 * <li><b>crosswalk</b>, only when the first job has closest occupations (CLOSEST_OCCUPATION, written by
 * linkFrameworks; the first {@link SimilarityWeights.Blend#crosswalkOccupations()} per framework): the mean over
 * its closest occupations in the second job's framework of the three parts above between that occupation and the
 * second job, 1 for the occupation itself; left out for a second job in no framework the first is placed in
 * (its own, the project's own jobs). Across vocabularies the three direct parts say little (a seed role's words
 * read like engineering trades to the sentence model), the crosswalk compares more and places the job well.</li>
 * </ul>
 * and two more between O*NET occupations ({@link JobActivities}): <b>activities</b>, the IDF-weighted cosine of their
 * detailed work activities, and <b>interests</b>, the correlation of their RIASEC profiles; each only for a first job
 * that has them, 0 against a job of the same framework without them, left out against a job of a framework without
 * them (so that ESCO's and the project's own jobs keep the blend above exactly); the crosswalk part's three-part
 * measure leaves them out. Their weights are {@link SimilarityWeights.Blend#activities()} and
 * {@link SimilarityWeights.Blend#interests()}.
 * <p>
 * Negative cosines count as 0. A text part counts only when both jobs have it (an embedding): the weights of the
 * parts left are renormalised, score = sum(weight x part) / sum(weight) over them, and the explanation says which
 * part was left out and why. The profile part is left out only when the first job (the target of similarJobs, the
 * first of a compared pair) has no requirements: when only the other job has none, nothing is known to be shared and
 * its profile part is 0. Leaving it out there would rank occupations without ratings (O*NET's "All Other" and
 * military occupations) above rated ones on their titles alone. The weights are {@link SimilarityWeights#blend()}.
 * <p>
 * Longer than 300 lines because the pairwise blend, its scans over all jobs and its explanation must give the same
 * numbers, and are easiest to keep so side by side.
 */
public final class BlendedSimilarity {

	public static final String PROFILE = "profile";

	public static final String DUTIES = "duties";

	public static final String TITLE = "title";

	public static final String CROSSWALK = "crosswalk";

	public static final String ACTIVITIES = "activities";

	public static final String INTERESTS = "interests";

	/** How many shared work activities the explanation names. */
	private static final int NAMED_ACTIVITIES = 3;

	private BlendedSimilarity() {
	}

	/**
	 * One part of a blended score.
	 *
	 * @param score 0-1, null when the part was left out
	 * @param configuredWeight its weight in analysis/similarity.yaml
	 * @param weight its share of the score: configured weight / sum of the configured weights of the parts used;
	 * 0 when left out
	 * @param contribution weight x score: what it adds to the score
	 * @param leftOut why it was left out, null when it was used
	 */
	public record Part(String name, @Nullable Double score, double configuredWeight, double weight,
			double contribution, @Nullable String leftOut) {
	}

	/** A blended score with its parts and its computation in words and numbers. */
	public record Blend(double score, List<Part> parts, String computation) {
	}

	/**
	 * The score from the three parts, each 0-1 or NaN when left out; NaN when all are left out. Allocates nothing:
	 * the similar-jobs scan calls it for every job.
	 */
	public static double score(SimilarityWeights.Blend weights, double profile, double duties, double title) {
		return score(weights, profile, duties, title, Double.NaN);
	}

	/** The score from the four parts, each 0-1 or NaN when left out; NaN when all are left out. */
	public static double score(SimilarityWeights.Blend weights, double profile, double duties, double title,
			double crosswalk) {
		return score(weights, profile, duties, title, crosswalk, Double.NaN, Double.NaN);
	}

	/** The score from all six parts, each 0-1 or NaN when left out; NaN when all are left out. */
	public static double score(SimilarityWeights.Blend weights, double profile, double duties, double title,
			double crosswalk, double activities, double interests) {
		double sum = 0;
		double total = 0;
		if (!Double.isNaN(activities) && weights.activities() > 0) {
			sum += weights.activities() * activities;
			total += weights.activities();
		}
		if (!Double.isNaN(interests) && weights.interests() > 0) {
			sum += weights.interests() * interests;
			total += weights.interests();
		}
		if (!Double.isNaN(crosswalk) && weights.crosswalk() > 0) {
			sum += weights.crosswalk() * crosswalk;
			total += weights.crosswalk();
		}
		if (!Double.isNaN(profile)) {
			sum += weights.profile() * profile;
			total += weights.profile();
		}
		if (!Double.isNaN(duties)) {
			sum += weights.duties() * duties;
			total += weights.duties();
		}
		if (!Double.isNaN(title)) {
			sum += weights.title() * title;
			total += weights.title();
		}
		return total > 0 ? sum / total : Double.NaN;
	}

	/** A text cosine as a part: negative counts as 0, NaN (left out) stays NaN. */
	public static double part(double cosine) {
		return Double.isNaN(cosine) ? cosine : Math.max(0, Math.min(1, cosine));
	}

	/**
	 * The profile part from the sum of a[c] x b[c] over shared concepts: NaN (left out) when the first job {@code a}
	 * has no requirements, 0 when only {@code b} has none.
	 */
	public static double profile(double sharedSum, SparseVector a, SparseVector b) {
		if (a.norm() == 0) {
			return Double.NaN;
		}
		return b.norm() > 0 ? SimilarityMetric.BLENDED.score(sharedSum, a, b) : 0;
	}

	/** The blend of two jobs, explained. */
	public static Blend of(RequirementIndex index, int a, int b) {
		return of(index, a, b, sharedSum(index, a, b));
	}

	/** The sum of a[c] x b[c] over the concepts the two jobs' profile vectors share. */
	static double sharedSum(RequirementIndex index, int a, int b) {
		SparseVector va = index.vector(a, SimilarityMetric.BLENDED);
		SparseVector vb = index.vector(b, SimilarityMetric.BLENDED);
		double shared = 0;
		for (int k = 0; k < va.size(); k++) {
			shared += va.values()[k] * vb.value(va.concepts()[k]);
		}
		return shared;
	}

	/**
	 * The crosswalk part of {@code b} for the target {@code a}: the mean, over a's closest occupations in b's
	 * framework, of their three-part blend with b (1 for the occupation itself); NaN (left out) when a has none there.
	 */
	public static double crosswalk(RequirementIndex index, int a, int b) {
		double sum = 0;
		int count = 0;
		for (int occupation : index.closestOccupations(a)) {
			if (index.organization(occupation) == index.organization(b)) {
				sum += occupation == b ? 1 : threeParts(index, occupation, b);
				count++;
			}
		}
		return count == 0 ? Double.NaN : sum / count;
	}

	/** The BLENDED score of two jobs without its explanation (0 when no part can be compared). */
	public static double score(RequirementIndex index, int a, int b) {
		return pairScore(index, a, b, crosswalk(index, a, b), true);
	}

	/**
	 * The score of the profile, duty and title parts alone (0 when none can be compared): the crosswalk part's
	 * measure, which the work activity and interest parts stay out of, so that a seed role's similar occupations do
	 * not depend on what only O*NET describes.
	 */
	static double threeParts(RequirementIndex index, int a, int b) {
		return pairScore(index, a, b, Double.NaN, false);
	}

	/**
	 * The activities part of two jobs: NaN (left out) when the first has no work activities or the second is of an
	 * organization that describes none; 0 when only the second has none ({@link JobActivities}).
	 */
	public static double activities(RequirementIndex index, int a, int b) {
		JobActivities work = index.activities();
		if (!work.hasActivities(a) || !work.activitiesDescribed(b)) {
			return Double.NaN;
		}
		return work.hasActivities(b) ? part(work.activityCosine(a, b)) : 0;
	}

	/** The interests part of two jobs, as {@link #activities}; a negative correlation is 0. */
	public static double interests(RequirementIndex index, int a, int b) {
		JobActivities work = index.activities();
		if (!work.hasInterests(a) || !work.interestsDescribed(b)) {
			return Double.NaN;
		}
		return work.hasInterests(b) ? part(work.interestCorrelation(a, b)) : 0;
	}

	private static double pairScore(RequirementIndex index, int a, int b, double crosswalk, boolean work) {
		JobTexts texts = index.texts();
		double profile = profile(sharedSum(index, a, b), index.vector(a, SimilarityMetric.BLENDED),
				index.vector(b, SimilarityMetric.BLENDED));
		double duties = texts.hasDuties(a) && texts.hasDuties(b) ? part(texts.dutyCosine(a, b)) : Double.NaN;
		double title = texts.hasTitle(a) && texts.hasTitle(b) ? part(texts.titleCosine(a, b)) : Double.NaN;
		double score = score(index.weights().blend(), profile, duties, title, crosswalk,
				work ? activities(index, a, b) : Double.NaN, work ? interests(index, a, b) : Double.NaN);
		return Double.isNaN(score) ? 0 : score;
	}

	/**
	 * The BLENDED score of {@code job} with every job, from one scan of the packed title and duty vectors (and, for a
	 * job the crosswalk placed, of its closest occupations: {@link #crosswalks}), given the profile numerators
	 * ({@link #numerators}); NaN for the job itself and where no part can be compared.
	 */
	public static double[] scores(RequirementIndex index, int job, double[] numerators) {
		int m = index.jobCount();
		JobTexts texts = index.texts();
		double[] titles = null;
		double[] duties = null;
		if (texts.hasTitle(job)) {
			titles = new double[m];
			texts.titleCosines(job, titles);
		}
		if (texts.hasDuties(job)) {
			duties = new double[m];
			texts.dutyCosines(job, duties);
		}
		double[] crosswalks = crosswalks(index, job);
		JobActivities work = index.activities();
		double[] activities = null;
		if (work.hasActivities(job)) {
			activities = new double[m];
			work.activityCosines(job, activities);
		}
		boolean interested = work.hasInterests(job);
		SimilarityWeights.Blend weights = index.weights().blend();
		SparseVector a = index.vector(job, SimilarityMetric.BLENDED);
		double[] scores = new double[m];
		for (int other = 0; other < m; other++) {
			if (other == job) {
				scores[other] = Double.NaN;
				continue;
			}
			double profile = profile(numerators[other], a, index.vector(other, SimilarityMetric.BLENDED));
			double title = titles == null ? Double.NaN : part(titles[other]);
			double duty = duties == null ? Double.NaN : part(duties[other]);
			double crosswalk = crosswalks == null ? Double.NaN : crosswalks[other];
			double activity = activities == null ? Double.NaN : part(activities[other]);
			double interest = !interested || !work.interestsDescribed(other) ? Double.NaN
					: work.hasInterests(other) ? part(work.interestCorrelation(job, other)) : 0;
			scores[other] = score(weights, profile, duty, title, crosswalk, activity, interest);
		}
		return scores;
	}

	/**
	 * The three-part score of {@code job} with every job of its own organization, given the profile numerators (sum
	 * of job[c] x other[c] per other job); NaN for the job itself and for jobs of other organizations, which are not
	 * scanned (a closest occupation's scores are needed only within its framework: a quarter of the jobs for
	 * O*NET's).
	 */
	private static double[] threePartsWithin(RequirementIndex index, int job, double[] numerators) {
		int m = index.jobCount();
		JobTexts texts = index.texts();
		boolean titled = texts.hasTitle(job);
		boolean described = texts.hasDuties(job);
		SimilarityWeights.Blend weights = index.weights().blend();
		SparseVector a = index.vector(job, SimilarityMetric.BLENDED);
		int organization = index.organization(job);
		double[] scores = new double[m];
		for (int other = 0; other < m; other++) {
			if (other == job || index.organization(other) != organization) {
				scores[other] = Double.NaN;
				continue;
			}
			double profile = profile(numerators[other], a, index.vector(other, SimilarityMetric.BLENDED));
			double title = titled && texts.hasTitle(other) ? part(texts.titleCosine(job, other)) : Double.NaN;
			double duty = described && texts.hasDuties(other) ? part(texts.dutyCosine(job, other)) : Double.NaN;
			scores[other] = score(weights, profile, duty, title, Double.NaN);
		}
		return scores;
	}

	/** The profile numerators of {@code job} with every job: one pass over its concepts' posting lists. */
	public static double[] numerators(RequirementIndex index, int job) {
		double[] numerators = new double[index.jobCount()];
		SparseVector a = index.vector(job, SimilarityMetric.BLENDED);
		for (int k = 0; k < a.size(); k++) {
			double value = a.values()[k];
			RequirementIndex.Postings postings = index.postings(a.concepts()[k], SimilarityMetric.BLENDED);
			int[] jobs = postings.jobs();
			double[] values = postings.values();
			for (int i = 0; i < jobs.length; i++) {
				numerators[jobs[i]] += SimilarityMetric.BLENDED.contribution(value, values[i]);
			}
		}
		return numerators;
	}

	/**
	 * The crosswalk part of every job for the target {@code job} ({@link #crosswalk}): per closest occupation of the
	 * target, its three-part scores with the jobs of its framework (one more scan each); NaN where left out. Null when the target has
	 * no closest occupation.
	 */
	public static double @Nullable [] crosswalks(RequirementIndex index, int job) {
		int[] occupations = index.closestOccupations(job);
		if (occupations.length == 0) {
			return null;
		}
		int m = index.jobCount();
		double[] sums = new double[m];
		int[] counts = new int[m];
		for (int occupation : occupations) {
			int organization = index.organization(occupation);
			double[] scores = threePartsWithin(index, occupation, numerators(index, occupation));
			for (int other = 0; other < m; other++) {
				if (index.organization(other) == organization) {
					sums[other] += other == occupation ? 1 : Double.isNaN(scores[other]) ? 0 : scores[other];
					counts[other]++;
				}
			}
		}
		for (int other = 0; other < m; other++) {
			sums[other] = counts[other] == 0 ? Double.NaN : sums[other] / counts[other];
		}
		return sums;
	}

	/** The blend of two jobs, explained, given the profile part's sum over shared concepts. */
	public static Blend of(RequirementIndex index, int a, int b, double profileSharedSum) {
		SparseVector va = index.vector(a, SimilarityMetric.BLENDED);
		SparseVector vb = index.vector(b, SimilarityMetric.BLENDED);
		JobTexts texts = index.texts();
		SimilarityWeights.Blend weights = index.weights().blend();
		double profile = profile(profileSharedSum, va, vb);
		double duties = texts.hasDuties(a) && texts.hasDuties(b) ? part(texts.dutyCosine(a, b)) : Double.NaN;
		double title = texts.hasTitle(a) && texts.hasTitle(b) ? part(texts.titleCosine(a, b)) : Double.NaN;
		boolean placed = index.hasClosestOccupations(a);
		double crosswalk = placed ? crosswalk(index, a, b) : Double.NaN;
		JobActivities work = index.activities();
		double activities = weights.activities() > 0 ? activities(index, a, b) : Double.NaN;
		double interests = weights.interests() > 0 ? interests(index, a, b) : Double.NaN;
		double score = score(weights, profile, duties, title, crosswalk, activities, interests);
		double total = (Double.isNaN(profile) ? 0 : weights.profile()) + (Double.isNaN(duties) ? 0 : weights.duties())
				+ (Double.isNaN(title) ? 0 : weights.title()) + (Double.isNaN(crosswalk) ? 0 : weights.crosswalk())
				+ (Double.isNaN(activities) ? 0 : weights.activities())
				+ (Double.isNaN(interests) ? 0 : weights.interests());
		List<Part> parts = new ArrayList<>(List.of(
				part(PROFILE, profile, weights.profile(), total,
						leftOut(index, a, b, va.norm() > 0, true, "no requirements")),
				part(DUTIES, duties, weights.duties(), total,
						leftOut(index, a, b, texts.hasDuties(a), texts.hasDuties(b), withoutDuties(index, a, b, texts))),
				part(TITLE, title, weights.title(), total,
						leftOut(index, a, b, texts.hasTitle(a), texts.hasTitle(b), "no title embedding yet"))));
		// Shown when the first job has them (an O*NET occupation), so that a left-out part says why; not at all for
		// jobs without (ESCO's, the project's own), whose blend is the parts above as before.
		String shared = null;
		if (weights.activities() > 0 && work.hasActivities(a)) {
			parts.add(part(ACTIVITIES, activities, weights.activities(), total,
					leftOut(index, a, b, true, work.activitiesDescribed(b), "no detailed work activities")));
			if (work.hasActivities(b) && !Double.isNaN(activities)) {
				JobActivities.Shared common = work.shared(a, b, NAMED_ACTIVITIES);
				shared = "activities: " + common.count() + " of " + common.ofFirst() + " and " + common.ofSecond()
						+ " detailed work activities shared, IDF-weighted cosine " + Format.number(Format.round(
								activities))
						+ (common.titles().isEmpty() ? "" : ", the most specific '" + String.join("', '",
								common.titles()) + "'");
			}
		}
		if (weights.interests() > 0 && work.hasInterests(a)) {
			parts.add(part(INTERESTS, interests, weights.interests(), total,
					leftOut(index, a, b, true, work.interestsDescribed(b), "no interest ratings")));
		}
		String anchor = null;
		if (placed) {
			List<String> occupations = new ArrayList<>();
			for (int occupation : index.closestOccupations(a)) {
				if (index.organization(occupation) == index.organization(b)) {
					occupations.add("'" + index.job(occupation).title() + "' " + Format.number(occupation == b ? 1
							: Format.round(threeParts(index, occupation, b))));
				}
			}
			parts.add(part(CROSSWALK, crosswalk, weights.crosswalk(), total, !occupations.isEmpty() ? null
					: "'" + index.job(a).title() + "' has no closest occupation in "
							+ index.job(b).organization().name()));
			if (!occupations.isEmpty()) {
				anchor = "crosswalk: the mean of the profile, duties and title of '" + index.job(a).title()
						+ "''s closest " + index.job(b).organization().name() + " occupations with '"
						+ index.job(b).title() + "' (1 for itself): " + String.join(", ", occupations) + " = "
						+ Format.number(Format.round(crosswalk));
			}
		}
		String computation = computation(parts, score, profileSharedSum, va, vb, !Double.isNaN(profile));
		if (shared != null) {
			computation += "; " + shared;
		}
		return new Blend(Double.isNaN(score) ? 0 : score, List.copyOf(parts),
				anchor == null ? computation : computation + "; " + anchor);
	}

	private static Part part(String name, double score, double configured, double total, @Nullable String leftOut) {
		if (Double.isNaN(score)) {
			return new Part(name, null, configured, 0, 0, leftOut);
		}
		double weight = total > 0 ? configured / total : 0;
		return new Part(name, Format.round(score), configured, Format.round(weight), Format.round(weight * score),
				null);
	}

	/** Why a job has no duties part: no embedding yet, or no detailed profile (its summary is a catalogue note). */
	private static String withoutDuties(RequirementIndex index, int a, int b, JobTexts texts) {
		boolean note = (!texts.hasDuties(a) && !index.job(a).detailedProfile())
				|| (!texts.hasDuties(b) && !index.job(b).detailedProfile());
		return note ? "no detailed profile (a catalogue note, not duties)" : "no duty embedding yet";
	}

	private static @Nullable String leftOut(RequirementIndex index, int a, int b, boolean aHas, boolean bHas,
			String what) {
		if (aHas && bHas) {
			return null;
		}
		List<String> without = new ArrayList<>();
		if (!aHas) {
			without.add("'" + index.job(a).title() + "'");
		}
		if (!bHas) {
			without.add("'" + index.job(b).title() + "'");
		}
		return String.join(" and ", without) + (without.size() > 1 ? " have " : " has ") + what;
	}

	private static String computation(List<Part> parts, double score, double sharedSum, SparseVector a,
			SparseVector b, boolean profileUsed) {
		List<String> terms = new ArrayList<>();
		List<String> weights = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		double total = 0;
		for (Part part : parts) {
			if (part.score() == null) {
				leftOut.add(part.name() + " left out: " + part.leftOut());
			}
			else {
				terms.add(Format.number(part.configuredWeight()) + " x " + part.name() + " "
						+ Format.number(part.score()));
				weights.add(Format.number(part.configuredWeight()));
				total += part.configuredWeight();
			}
		}
		if (terms.isEmpty()) {
			return "no part to compare: " + String.join("; ", leftOut) + "; score 0";
		}
		String blend = Math.abs(total - 1) < 1e-9 ? String.join(" + ", terms) + " = " + Format.number(score)
				: "(" + String.join(" + ", terms) + ") / (" + String.join(" + ", weights) + ") = "
						+ Format.number(score);
		if (!leftOut.isEmpty()) {
			blend += " (weights renormalised over the parts both jobs have; " + String.join("; ", leftOut) + ")";
		}
		if (!profileUsed) {
			return blend;
		}
		if (b.norm() == 0) {
			return blend + "; profile 0: the other job has no requirements, so none is known to be shared";
		}
		return blend + "; profile: " + SimilarityMetric.BLENDED.computation(sharedSum, a, b)
				+ ", each source domain at unit length x its weight";
	}

}
