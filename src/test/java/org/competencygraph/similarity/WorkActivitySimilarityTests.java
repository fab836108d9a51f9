package org.competencygraph.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.competencygraph.analysis.BlendedSimilarity;
import org.competencygraph.analysis.ChangeMarker;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexBuilder;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.analysis.SimilarityWeights;
import org.competencygraph.analysis.TestIndexes;
import org.competencygraph.job.Requirement.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.competencygraph.analysis.TestIndexes.capability;
import static org.competencygraph.analysis.TestIndexes.job;

/**
 * BLENDED's activities and interests parts: occupations that share specific detailed work activities (O*NET DWAs)
 * rank each other above one that shares none, rare activities count more than common ones, the parts show in the
 * explanation, and a pair where one job has no activities keeps the blend it had without them.
 */
class WorkActivitySimilarityTests {

	/**
	 * The file's weights with both parts on: the interests part is off in the file (measured, it did not help on our
	 * sets), and its mechanism is pinned here.
	 */
	final SimilarityWeights weights = withWork(SimilarityWeights.load(), 1.0, 0.1);

	private static SimilarityWeights withWork(SimilarityWeights file, double activities, double interests) {
		SimilarityWeights.Blend blend = file.blend();
		return new SimilarityWeights(new SimilarityWeights.Blend(blend.profile(), blend.duties(), blend.title(),
				blend.crosswalk(), blend.crosswalkOccupations(), activities, interests), file.domains(),
				file.closeMatch());
	}

	/**
	 * Nurse, paramedic and cook require the same skill (profile parts equal). Nurse and paramedic share "Monitor
	 * patient conditions", which only they have, and "Maintain records", which every occupation has (IDF 0, it tells
	 * nothing); the cook and the driver share only that, and an occupation without task statements none. So the
	 * paramedic comes first for the nurse, by its activities (and interests) part; the others tie on the profile.
	 */
	@Test
	void occupationsSharingSpecificWorkActivitiesRankEachOtherFirst() {
		RequirementIndex index = occupations().build(new ChangeMarker.Commits(0));
		int nurse = index.jobNumber("nurse");
		// Within O*NET: the role of the project's own organization has no activities, and against it the blend is
		// the other parts alone (profile 1 here), as before the activities part.
		SimilarJobs answer = Similarities.similarJobs(index, nurse, SimilarityMetric.BLENDED, 10,
				job -> "onet".equals(job.organization().id()), 0);
		assertThat(answer.results()).extracting(r -> r.job().id()).containsExactly("paramedic", "all-other", "cook",
				"driver");
		SimilarJobs.SimilarJob paramedic = answer.results().getFirst();
		SimilarJobs.SimilarJob cook = answer.results().stream().filter(r -> r.job().id().equals("cook")).findFirst()
			.orElseThrow();
		assertThat(paramedic.parts()).extracting(BlendedSimilarity.Part::name)
			.containsExactly("profile", "duties", "title", "activities", "interests");
		BlendedSimilarity.Part activities = paramedic.parts().get(3);
		assertThat(activities.score()).isPositive();
		assertThat(activities.configuredWeight()).isEqualTo(this.weights.blend().activities());
		assertThat(cook.parts().get(3).score()).isZero();
		// An O*NET occupation without task statements shares none: activities and interests 0, not left out.
		SimilarJobs.SimilarJob allOther = answer.results().get(1);
		assertThat(allOther.parts().get(3).score()).isZero();
		assertThat(allOther.parts().get(4).score()).isZero();
		assertThat(paramedic.computation()).contains("activities: 2 of 3 and 2 detailed work activities shared")
			.contains("the most specific 'Monitor patient conditions'");
		// Both related to the nurse by interests (Social, Investigative first); the cook is Realistic.
		assertThat(paramedic.parts().get(4).score()).isGreaterThan(0.5);
		assertThat(cook.parts().get(4).score()).isZero();
		for (SimilarJobs.SimilarJob result : answer.results()) {
			assertThat(result.parts().stream().mapToDouble(BlendedSimilarity.Part::contribution).sum())
				.isCloseTo(result.score(), within(0.01));
		}
	}

	/**
	 * A job without activities or interests (an ESCO occupation, a seed role) against an O*NET occupation, or the
	 * other way round: the blend is what it was without the two parts, and from a job without them no such part is
	 * shown at all.
	 */
	@Test
	void aPairWhereOneJobHasNoActivitiesKeepsTheBlendWithoutThem() {
		RequirementIndex index = occupations().build(new ChangeMarker.Commits(0));
		SimilarityWeights without = withWork(this.weights, 0, 0);
		RequirementIndex before = occupations(without).build(new ChangeMarker.Commits(0));
		int role = index.jobNumber("role");
		for (String other : List.of("nurse", "paramedic", "cook")) {
			int job = index.jobNumber(other);
			assertThat(BlendedSimilarity.of(index, role, job).score())
				.isEqualTo(BlendedSimilarity.of(before, role, job).score());
			assertThat(BlendedSimilarity.of(index, job, role).score())
				.isEqualTo(BlendedSimilarity.of(before, job, role).score());
		}
		assertThat(BlendedSimilarity.of(index, role, index.jobNumber("nurse")).parts())
			.extracting(BlendedSimilarity.Part::name).containsExactly("profile", "duties", "title");
		BlendedSimilarity.Part leftOut = BlendedSimilarity.of(index, index.jobNumber("nurse"), role).parts().get(3);
		assertThat(leftOut.score()).isNull();
		assertThat(leftOut.leftOut()).isEqualTo("'Title of role' has no detailed work activities");
	}

	@Test
	void theScanOverAllJobsGivesThePairwiseBlendWithActivities() {
		for (long seed = 1; seed <= 10; seed++) {
			Random random = new Random(seed);
			RequirementIndexBuilder builder = SimilaritiesTests.randomIndex(seed, true);
			for (int j = 0; j < 80; j++) {
				if (random.nextInt(3) > 0) {
					List<String[]> activities = new ArrayList<>();
					for (int a = random.nextInt(8); a > 0; a--) {
						int activity = random.nextInt(20);
						activities.add(new String[] { "dwa" + activity, "Activity " + activity });
					}
					double[] interests = random.nextBoolean() ? null
							: random.doubles(6, 1, 7).toArray();
					builder.work("j" + j, activities, interests);
				}
			}
			RequirementIndex index = builder.build(new ChangeMarker.Commits(0));
			int target = (int) (seed % index.jobCount());
			SimilarJobs answer = Similarities.similarJobs(index, target, SimilarityMetric.BLENDED, 100, null, 0);
			List<Integer> expected = IntStream.range(0, index.jobCount())
				.filter(j -> j != target && BlendedSimilarity.of(index, target, j).score() > 1e-12)
				.boxed()
				.sorted(Comparator.comparingDouble((Integer j) -> -BlendedSimilarity.of(index, target, j).score())
					.thenComparing(j -> index.job(j).id()))
				.toList();
			assertThat(answer.candidates()).isEqualTo(expected.size());
			for (int i = 0; i < answer.results().size(); i++) {
				SimilarJobs.SimilarJob result = answer.results().get(i);
				int other = index.jobNumber(result.job().id());
				BlendedSimilarity.Blend blend = BlendedSimilarity.of(index, target, other);
				assertThat(result.score()).isCloseTo(blend.score(), within(1e-4));
				assertThat(BlendedSimilarity.score(index, target, other)).isCloseTo(blend.score(), within(1e-4));
				assertThat(result.computation()).isEqualTo(blend.computation());
			}
		}
	}

	private RequirementIndexBuilder occupations() {
		return occupations(this.weights);
	}

	private static RequirementIndexBuilder occupations(SimilarityWeights weights) {
		RequirementIndexBuilder builder = RequirementIndex.builder(TestIndexes.SCORING, weights)
			.capability(capability("care"), "onet", "onet/skills");
		for (String id : List.of("nurse", "paramedic", "cook", "driver", "all-other", "role")) {
			builder.job(job(id, "role".equals(id) ? "Own" : "ONET"))
				.requirement(id, "care", Priority.ESSENTIAL, 4.0, 0.8, null);
		}
		String[] monitor = { "onet:dwa:1", "Monitor patient conditions" };
		String[] records = { "onet:dwa:2", "Maintain records" };
		String[] cook = { "onet:dwa:3", "Cook foods" };
		String[] drive = { "onet:dwa:4", "Drive passenger vehicles" };
		String[] treat = { "onet:dwa:5", "Administer medications" };
		// R, I, A, S, E, C
		builder.work("nurse", List.of(monitor, records, treat), new double[] { 2, 5, 2, 7, 3, 4 })
			.work("paramedic", List.of(monitor, records), new double[] { 3, 5, 1, 6, 3, 3 })
			.work("cook", List.of(cook, records), new double[] { 7, 2, 3, 2, 3, 4 })
			.work("driver", List.of(drive, records), new double[] { 7, 1, 1, 3, 2, 4 });
		return builder;
	}

}
