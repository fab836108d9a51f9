package org.competencygraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that two indexes give the same answer to every question the analyses ask of one. */
final class IndexComparison {

	private IndexComparison() {
	}

	static void assertSameAnswers(RequirementIndex actual, RequirementIndex expected) {
		assertThat(actual.jobCount()).isEqualTo(expected.jobCount());
		assertThat(actual.capabilityCount()).isEqualTo(expected.capabilityCount());
		assertThat(actual.conceptCount()).isEqualTo(expected.conceptCount());
		assertThat(actual.requirementCount()).isEqualTo(expected.requirementCount());
		assertThat(actual.texts().counts()).isEqualTo(expected.texts().counts());
		for (int c = 0; c < expected.capabilityCount(); c++) {
			assertThat(actual.capability(c)).isEqualTo(expected.capability(c));
			assertThat(actual.conceptOf(c)).isEqualTo(expected.conceptOf(c));
		}
		for (int concept = 0; concept < expected.conceptCount(); concept++) {
			assertThat(actual.conceptMembers(concept)).isEqualTo(expected.conceptMembers(concept));
			assertThat(actual.broaderConcepts(concept)).isEqualTo(expected.broaderConcepts(concept));
			assertThat(actual.closeMatches(concept).concepts()).isEqualTo(expected.closeMatches(concept).concepts());
			assertThat(actual.closeMatches(concept).credits()).isEqualTo(expected.closeMatches(concept).credits());
			for (SimilarityMetric metric : SimilarityMetric.values()) {
				assertThat(actual.postings(concept, metric).jobs()).isEqualTo(expected.postings(concept, metric).jobs());
				assertThat(actual.postings(concept, metric).values())
					.isEqualTo(expected.postings(concept, metric).values());
			}
		}
		int jobs = expected.jobCount();
		for (int j = 0; j < jobs; j++) {
			assertThat(actual.job(j)).isEqualTo(expected.job(j));
			assertThat(actual.requirements(j)).containsExactly(expected.requirements(j));
			assertThat(actual.organization(j)).isEqualTo(expected.organization(j));
			assertThat(actual.closestOccupations(j)).isEqualTo(expected.closestOccupations(j));
			for (SimilarityMetric metric : SimilarityMetric.values()) {
				assertThat(actual.vector(j, metric).concepts()).isEqualTo(expected.vector(j, metric).concepts());
				assertThat(actual.vector(j, metric).values()).isEqualTo(expected.vector(j, metric).values());
			}
			assertThat(actual.texts().hasTitle(j)).isEqualTo(expected.texts().hasTitle(j));
			assertThat(actual.texts().hasDuties(j)).isEqualTo(expected.texts().hasDuties(j));
			if (expected.texts().hasTitle(j)) {
				double[] a = new double[jobs];
				double[] e = new double[jobs];
				actual.texts().titleCosines(j, a);
				expected.texts().titleCosines(j, e);
				assertThat(a).isEqualTo(e);
			}
			if (expected.texts().hasDuties(j)) {
				double[] a = new double[jobs];
				double[] e = new double[jobs];
				actual.texts().dutyCosines(j, a);
				expected.texts().dutyCosines(j, e);
				assertThat(a).isEqualTo(e);
			}
		}
	}

}
