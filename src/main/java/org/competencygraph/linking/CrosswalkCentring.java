package org.competencygraph.linking;

import java.util.List;
import java.util.function.Function;

import org.competencygraph.linking.OccupationCrosswalk.Profile;
import org.competencygraph.semantic.Vectors;
import org.jspecify.annotations.Nullable;

/** The crosswalk's job vectors centred on what all jobs share (frameworks/linking.yaml, {@code crosswalk.centring}). */
final class CrosswalkCentring {

	private CrosswalkCentring() {
	}

	/**
	 * The profiles with their title, duty, requirement and domain vectors centred as {@code centring} says: the share of
	 * the mean vector over all jobs that have one is taken off each, which is then scaled to unit length again.
	 * Sentence vectors of job texts share a large common direction, so raw cosines are high for any pair, and a
	 * generic text ("All underground mining machine operators not listed separately") is close to every job's;
	 * centred, what a text says beyond what all job texts say counts. Left as they are below {@code minJobs} jobs
	 * with a vector of the kind (the mean of a handful is no estimate of what all share).
	 */
	static List<Profile> centred(List<Profile> profiles, LinkingRules.Centring centring) {
		float[] titles = mean(profiles, Profile::titleVector, centring.title(), centring.minJobs());
		float[] duties = mean(profiles, Profile::duties, centring.duties(), centring.minJobs());
		float[] requirements = mean(profiles, Profile::requirements, centring.requirements(), centring.minJobs());
		float[] domain = mean(profiles, Profile::domain, centring.domain(), centring.minJobs());
		if (titles == null && duties == null && requirements == null && domain == null) {
			return profiles;
		}
		return profiles.stream()
			.map(p -> new Profile(p.id(), p.framework(), p.title(), p.labels(), less(p.titleVector(), titles),
					less(p.duties(), duties), less(p.requirements(), requirements), p.weights(), less(p.domain(), domain),
					p.domainTerms()))
			.toList();
	}

	/** share x the mean of the vectors, or null when nothing is to be taken off. */
	private static float @Nullable [] mean(List<Profile> profiles,
			Function<Profile, float @Nullable []> vector, double share, int minJobs) {
		if (share <= 0) {
			return null;
		}
		double[] sum = null;
		int count = 0;
		for (Profile profile : profiles) {
			float[] v = vector.apply(profile);
			if (v == null) {
				continue;
			}
			if (sum == null) {
				sum = new double[v.length];
			}
			for (int i = 0; i < v.length; i++) {
				sum[i] += v[i];
			}
			count++;
		}
		if (sum == null || count < minJobs) {
			return null;
		}
		float[] mean = new float[sum.length];
		for (int i = 0; i < sum.length; i++) {
			mean[i] = (float) (share * sum[i] / count);
		}
		return mean;
	}

	private static float @Nullable [] less(float @Nullable [] vector, float @Nullable [] mean) {
		if (vector == null || mean == null) {
			return vector;
		}
		float[] centred = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			centred[i] = vector[i] - mean[i];
		}
		return Vectors.unit(centred);
	}

}
