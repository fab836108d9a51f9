package org.competencygraph.analysis;

import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.jspecify.annotations.Nullable;

/**
 * Sums the credits a source earns on a target job's requirements into its three totals:
 * <ul>
 * <li><b>readiness</b> = sum(weight x credit) / sum(weight) over the <em>essential</em> requirements: 1 when every
 * essential requirement is fully met, whatever the desirable ones; weighted by importance. A job with no
 * essential requirement is measured on its desirable ones instead;</li>
 * <li><b>desirable coverage</b> = the same over the desirable requirements (null when there are none);</li>
 * <li><b>fit</b> = the same over all requirements, desirable ones at their lower priority weight (0.5).</li>
 * </ul>
 * Where the weights of a group are all 0 (every importance 0), the plain average credit is used. The totals start
 * from the target's precomputed weights, so requirements that earn nothing need not be visited.
 */
public final class Readiness {

	private final double essentialWeight;

	private final int essentials;

	private final double desirableWeight;

	private final int desirables;

	private double essentialWeighted;

	private double essentialCredit;

	private double desirableWeighted;

	private double desirableCredit;

	private Readiness(double essentialWeight, int essentials, double desirableWeight, int desirables) {
		this.essentialWeight = essentialWeight;
		this.essentials = essentials;
		this.desirableWeight = desirableWeight;
		this.desirables = desirables;
	}

	/** Totals for the target job, with no credit yet. */
	public static Readiness of(RequirementIndex index, int job) {
		return new Readiness(index.essentialWeight(job), index.essentialCount(job), index.desirableWeight(job),
				index.requirements(job).length - index.essentialCount(job));
	}

	public void credit(JobRequirement requirement, double credit) {
		if (requirement.essential()) {
			this.essentialWeighted += requirement.weight() * credit;
			this.essentialCredit += credit;
		}
		else {
			this.desirableWeighted += requirement.weight() * credit;
			this.desirableCredit += credit;
		}
	}

	public double readiness() {
		if (this.essentials > 0) {
			return share(this.essentialWeighted, this.essentialWeight, this.essentialCredit, this.essentials);
		}
		return this.desirables > 0
				? share(this.desirableWeighted, this.desirableWeight, this.desirableCredit, this.desirables) : 1.0;
	}

	public @Nullable Double desirableCoverage() {
		return this.desirables == 0 ? null
				: share(this.desirableWeighted, this.desirableWeight, this.desirableCredit, this.desirables);
	}

	public double fit() {
		int all = this.essentials + this.desirables;
		return all == 0 ? 1.0 : share(this.essentialWeighted + this.desirableWeighted,
				this.essentialWeight + this.desirableWeight, this.essentialCredit + this.desirableCredit, all);
	}

	/** The three totals with their numbers. */
	public String explain() {
		if (this.essentials + this.desirables == 0) {
			return "The target job states no requirements: readiness 1.";
		}
		String readiness = this.essentials > 0
				? "readiness = sum(weight x credit) / sum(weight) over the " + this.essentials + " essential requirements = "
						+ ratio(this.essentialWeighted, this.essentialWeight, readiness())
				: "readiness (no essential requirements, so over the " + this.desirables + " desirable ones) = "
						+ ratio(this.desirableWeighted, this.desirableWeight, readiness());
		String desirable = this.desirables == 0 || this.essentials == 0 ? ""
				: "; desirable coverage over the " + this.desirables + " desirable requirements = "
						+ ratio(this.desirableWeighted, this.desirableWeight, desirableCoverage());
		return readiness + desirable + "; fit over all requirements = " + ratio(this.essentialWeighted
				+ this.desirableWeighted, this.essentialWeight + this.desirableWeight, fit());
	}

	private static String ratio(double weighted, double weight, @Nullable Double result) {
		return weight > 0 ? Format.number(weighted) + " / " + Format.number(weight) + " = " + Format.number(result)
				: "the average credit (all weights 0) = " + Format.number(result);
	}

	private static double share(double weighted, double weight, double credit, int count) {
		double share = weight > 0 ? weighted / weight : credit / count;
		return Math.max(0, Math.min(1, share));
	}

}
