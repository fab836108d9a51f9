package org.competencygraph.similarity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.competencygraph.analysis.ChangeMarker;
import org.competencygraph.analysis.Holdings;
import org.competencygraph.analysis.Readiness;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.RequirementIndexBuilder;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.analysis.TestIndexes;
import org.competencygraph.job.Requirement.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fast paths over posting lists give the same answers as the plain definitions applied to every job, on a
 * random index with SAME_AS and BROADER links.
 */
class SimilaritiesTests {

	static RequirementIndex randomIndex(long seed) {
		return randomIndex(seed, false).build(new ChangeMarker.Commits(0));
	}

	/**
	 * 60 capabilities of three frameworks, 80 jobs with up to 12 requirements, 10 SAME_AS and 10 BROADER links;
	 * with {@code more}, also 15 CLOSE_MATCH links and title and duty embeddings (8 dimensions, unit length) on
	 * most jobs, some of them pointing away (negative cosines).
	 */
	static RequirementIndexBuilder randomIndex(long seed, boolean more) {
		Random random = new Random(seed);
		var builder = RequirementIndex.builder(TestIndexes.SCORING);
		int capabilities = 60;
		for (int c = 0; c < capabilities; c++) {
			builder.capability(TestIndexes.capability("c" + c), List.of("", "esco", "onet").get(c % 3));
		}
		for (int j = 0; j < 80; j++) {
			builder.job(TestIndexes.job("j" + j, j % 3 == 0 ? "Org A" : "Org B"));
			int requirements = random.nextInt(12);
			for (int r = 0; r < requirements; r++) {
				builder.requirement("j" + j, "c" + random.nextInt(capabilities),
						random.nextBoolean() ? Priority.ESSENTIAL : Priority.DESIRABLE,
						random.nextInt(3) == 0 ? null : (double) random.nextInt(8),
						random.nextInt(3) == 0 ? random.nextDouble() : null, null);
			}
		}
		for (int k = 0; k < 10; k++) {
			builder.sameAs("c" + random.nextInt(capabilities), "c" + random.nextInt(capabilities));
			builder.broader("c" + random.nextInt(capabilities), "c" + random.nextInt(capabilities));
		}
		if (more) {
			for (int k = 0; k < 15; k++) {
				builder.closeMatch("c" + random.nextInt(capabilities), "c" + random.nextInt(capabilities),
						0.5 + random.nextDouble() / 2);
			}
			for (int j = 0; j < 80; j++) {
				builder.embeddings("j" + j, random.nextInt(5) == 0 ? null : unit(random, 8),
						random.nextInt(5) == 0 ? null : unit(random, 8));
			}
		}
		return builder;
	}

	static float[] unit(Random random, int dimensions) {
		float[] vector = new float[dimensions];
		double norm = 0;
		for (int i = 0; i < dimensions; i++) {
			vector[i] = (float) random.nextGaussian();
			norm += vector[i] * vector[i];
		}
		for (int i = 0; i < dimensions; i++) {
			vector[i] /= (float) Math.sqrt(norm);
		}
		return vector;
	}

	@Test
	void similarJobsOverPostingsEqualsScoringEveryJob() {
		for (long seed = 1; seed <= 20; seed++) {
			RequirementIndex index = randomIndex(seed);
			for (SimilarityMetric metric : List.of(SimilarityMetric.WEIGHTED_COSINE, SimilarityMetric.WEIGHTED_JACCARD)) {
				int target = (int) (seed % index.jobCount());
				SimilarJobs answer = Similarities.similarJobs(index, target, metric, 100, null, 0);
				List<String> expected = IntStream.range(0, index.jobCount())
					.filter(j -> j != target)
					.boxed()
					.filter(j -> metric.score(index.vector(target), index.vector(j)) > 0)
					.sorted(Comparator.comparingDouble((Integer j) -> -metric.score(index.vector(target), index.vector(j)))
						.thenComparing(j -> index.job(j).id()))
					.map(j -> index.job(j).id())
					.toList();
				assertThat(answer.results().stream().map(r -> r.job().id()).toList()).isEqualTo(expected);
				for (SimilarJobs.SimilarJob result : answer.results()) {
					int other = index.jobNumber(result.job().id());
					assertThat(result.score()).isCloseTo(metric.score(index.vector(target), index.vector(other)),
							within(1e-4));
					assertThat(result.shared().size() + result.missing().size()).isEqualTo(index.vector(target).size());
					assertThat(result.shared().stream().mapToDouble(SimilarJobs.SharedCapability::contribution).sum())
						.isCloseTo(1.0, within(1e-3));
				}
			}
		}
	}

	@Test
	void filtersAndMinimumScoreLeaveJobsOut() {
		RequirementIndex index = randomIndex(7);
		int target = IntStream.range(0, index.jobCount())
			.boxed()
			.max(Comparator.comparingInt(j -> index.vector(j).size()))
			.orElseThrow();
		SimilarJobs all = Similarities.similarJobs(index, target, SimilarityMetric.WEIGHTED_COSINE, 100, null, 0);
		SimilarJobs orgA = Similarities.similarJobs(index, target, SimilarityMetric.WEIGHTED_COSINE, 100,
				job -> job.organization().name().equals("Org A"), 0.2);
		assertThat(orgA.results()).allSatisfy(r -> {
			assertThat(r.job().organization().name()).isEqualTo("Org A");
			assertThat(r.score()).isGreaterThanOrEqualTo(0.2);
		});
		assertThat(all.results()).hasSizeGreaterThan(2);
		assertThat(orgA.results()).hasSizeLessThan(all.results().size());
		assertThat(Similarities.similarJobs(index, target, SimilarityMetric.WEIGHTED_COSINE, 2, null, 0).results())
			.hasSize(2);
	}

	@Test
	void jobsMatchingOverPostingsEqualsTheGapComputationForEveryJob() {
		// With CLOSE_MATCH links too (seeds 21-40): their partial credit is found through the postings as well.
		for (long seed = 1; seed <= 40; seed++) {
			RequirementIndex index = randomIndex(seed, seed > 20).build(new ChangeMarker.Commits(0));
			Random random = new Random(seed);
			Map<Integer, Holding> profile = new HashMap<>();
			for (int k = 0; k < 8; k++) {
				int capability = random.nextInt(index.capabilityCount());
				int concept = index.conceptOf(capability);
				profile.merge(concept, new Holding(concept, capability,
						random.nextBoolean() ? null : Double.valueOf(random.nextInt(8)), true), RequirementIndex::stronger);
			}
			JobsMatching answer = ProfileMatches.jobsMatching(index, profile, 8, 100);
			Holdings holdings = new Holdings(index, profile);
			Map<String, Double> expected = new HashMap<>();
			for (int j = 0; j < index.jobCount(); j++) {
				Readiness readiness = Readiness.of(index, j);
				boolean any = false;
				for (JobRequirement requirement : index.requirements(j)) {
					double credit = holdings.match(requirement).credit();
					readiness.credit(requirement, credit);
					any |= credit > 0;
				}
				if (any) { // at least one requirement met at least partly
					expected.put(index.job(j).id(), readiness.readiness());
				}
			}
			assertThat(answer.candidates()).isEqualTo(expected.size());
			assertThat(answer.results()).hasSize(Math.min(100, expected.size()));
			for (JobsMatching.JobMatch match : answer.results()) {
				assertThat(match.readiness()).isCloseTo(expected.get(match.job().id()), within(1e-4));
			}
			double[] readiness = answer.results().stream().mapToDouble(JobsMatching.JobMatch::readiness).toArray();
			double[] sorted = readiness.clone();
			Arrays.sort(sorted);
			assertThat(readiness).containsExactly(reverse(sorted));
		}
	}

	private static double[] reverse(double[] values) {
		double[] reversed = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			reversed[i] = values[values.length - 1 - i];
		}
		return reversed;
	}

}
