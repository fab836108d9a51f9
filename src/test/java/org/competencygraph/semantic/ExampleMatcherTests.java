package org.competencygraph.semantic;

import java.util.List;

import org.competencygraph.capability.Capability;
import org.competencygraph.capability.CapabilityKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Matching through curated example sentences, with vectors made by hand: an example close enough raises its
 * capability above the label matches and names itself in the evidence; one below the threshold or of the excluded
 * document changes nothing; one sentence curated into two capabilities is no ambiguity.
 */
class ExampleMatcherTests {

	static final ExampleMatcher.Settings ON = new ExampleMatcher.Settings(true, 100, 10, 0.82, 1.0, true, 0.82);

	static final Capability INFRASTRUCTURE = capability("knowledge/it-infrastructure-systems", "IT Infrastructure Systems");

	static final Capability SECURITY = capability("knowledge/information-security", "Information Security");

	static final Capability NETWORKS = capability("knowledge/network-management", "Enterprise Network Management");

	/** The phrase's vector: along the first axis. */
	static final float[] PHRASE = vector(1, 0);

	/** A curated sentence at cosine 0.8 of the phrase: normalised (1 + 0.8) / 2 = 0.90. */
	static final CuratedExamples.Example CLOSE = new CuratedExamples.Example(INFRASTRUCTURE,
			"Some knowledge of infrastructure concepts, protocols and standards", "002.txt",
			"Junior Infrastructure Engineer", vector(0.8, 0.6));

	/** At cosine 0.5: normalised 0.75, below the threshold. */
	static final CuratedExamples.Example FAR = new CuratedExamples.Example(SECURITY, "Awareness of cyber security",
			"004.txt", "Infrastructure Engineer", vector(0.5, Math.sqrt(0.75)));

	static final List<ConceptMatch> LABELS = List.of(label(NETWORKS, 0.70), label(SECURITY, 0.69),
			label(INFRASTRUCTURE, 0.60));

	@Test
	void aCloseExampleRaisesItsCapabilityWithTheSentenceAsEvidence() {
		List<ConceptMatch> merged = new ExampleMatcher(() -> List.of(CLOSE, FAR), ON, null).merge(PHRASE, LABELS, 3);
		assertThat(merged).extracting(ConceptMatch::id).containsExactly(INFRASTRUCTURE.id(), NETWORKS.id(), SECURITY.id());
		assertThat(merged.getFirst().score()).isEqualTo(0.9);
		assertThat(merged.getFirst().evidence()).startsWith("like 'Some knowledge of infrastructure concepts, protocols "
				+ "and standards' (Junior Infrastructure Engineer), 0.9; meaning close to");
		// The example below the threshold left its capability's label match as it was.
		assertThat(merged.get(2).score()).isEqualTo(0.69);
	}

	@Test
	void theExcludedDocumentsExamplesAreNotUsed() {
		List<ConceptMatch> merged = new ExampleMatcher(() -> List.of(CLOSE, FAR), ON, "002.txt").merge(PHRASE, LABELS, 3);
		assertThat(merged).isEqualTo(LABELS);
	}

	@Test
	void belowTheThresholdOrDisabledNothingChanges() {
		ExampleMatcher.Settings high = new ExampleMatcher.Settings(true, 100, 10, 0.95, 1.0, true, 0.95);
		assertThat(new ExampleMatcher(() -> List.of(CLOSE), high, null).merge(PHRASE, LABELS, 3)).isEqualTo(LABELS);
		ExampleMatcher.Settings off = new ExampleMatcher.Settings(false, 100, 10, 0.82, 0.5, true, 0.82);
		assertThat(new ExampleMatcher(() -> List.of(CLOSE), off, null).merge(PHRASE, LABELS, 3)).isEqualTo(LABELS);
	}

	@Test
	void aSentenceCuratedIntoTwoCapabilitiesIsNoAmbiguity() {
		CuratedExamples.Example other = new CuratedExamples.Example(NETWORKS, CLOSE.text(), "002.txt",
				"Junior Infrastructure Engineer", CLOSE.vector());
		List<ConceptMatch> merged = new ExampleMatcher(() -> List.of(CLOSE, other), ON, null).merge(PHRASE, LABELS, 3);
		// Equal example scores: the better label match first, and the two are one sentence's, not a tie of words.
		assertThat(merged).extracting(ConceptMatch::id).startsWith(NETWORKS.id(), INFRASTRUCTURE.id());
		assertThat(ExampleMatcher.sameExample(merged.get(0), merged.get(1))).isTrue();
		assertThat(ExampleMatcher.sameExample(merged.get(0), merged.get(2))).isFalse();
	}

	@Test
	void aLabelWeightBlendsTheLabelWithTheNearestExample() {
		// Half and half: security 0.5 x 0.69 + 0.5 x 0.75 = 0.72 rises above networks, which has no example.
		ExampleMatcher.Settings blend = new ExampleMatcher.Settings(true, 100, 10, 0.95, 0.5, true, 0.95);
		List<ConceptMatch> merged = new ExampleMatcher(() -> List.of(FAR), blend, null).merge(PHRASE, LABELS, 3);
		assertThat(merged).extracting(ConceptMatch::id).containsExactly(SECURITY.id(), NETWORKS.id(), INFRASTRUCTURE.id());
		assertThat(merged.getFirst().score()).isEqualTo(0.72);
		assertThat(merged.getFirst().evidence()).startsWith("like 'Awareness of cyber security' (Infrastructure Engineer), 0.75");
		assertThat(merged.get(1)).isSameAs(LABELS.getFirst());
	}

	@Test
	void aFarExampleLowersItsCapabilityOnlyWhenTold() {
		// At cosine 0.2: normalised 0.60, below the networks label match of 0.70.
		CuratedExamples.Example far = new CuratedExamples.Example(NETWORKS, "Configure VLANs", "004.txt",
				"Infrastructure Engineer", vector(0.2, Math.sqrt(0.96)));
		ExampleMatcher.Settings raising = new ExampleMatcher.Settings(true, 100, 10, 0.95, 0.5, false, 0.95);
		assertThat(new ExampleMatcher(() -> List.of(far), raising, null).merge(PHRASE, LABELS, 3)).isEqualTo(LABELS);
		List<ConceptMatch> lowered = new ExampleMatcher(() -> List.of(far), raising.lowering(true), null)
			.merge(PHRASE, LABELS, 3);
		assertThat(lowered).extracting(ConceptMatch::id).containsExactly(SECURITY.id(), NETWORKS.id(), INFRASTRUCTURE.id());
		assertThat(lowered.get(1).score()).isEqualTo(0.65);
	}

	@Test
	void aCuratedPhrasingCountsFromItsOwnThresholdAJobsSentenceFromTheExamples() {
		// At cosine 0.5, normalised 0.75: below the examples' threshold (0.82 here), above the phrasings' (0.72).
		ExampleMatcher.Settings settings = ON.phrasingsFrom(0.72);
		CuratedExamples.Example phrasing = new CuratedExamples.Example(SECURITY, "Awareness of cyber security", null,
				CuratedExamples.PHRASING, FAR.vector());
		assertThat(phrasing.phrasing()).isTrue();
		assertThat(FAR.phrasing()).isFalse();
		List<ConceptMatch> merged = new ExampleMatcher(() -> List.of(phrasing), settings, null).merge(PHRASE, LABELS, 3);
		assertThat(merged).extracting(ConceptMatch::id).containsExactly(SECURITY.id(), NETWORKS.id(), INFRASTRUCTURE.id());
		assertThat(merged.getFirst().score()).isEqualTo(0.75);
		assertThat(merged.getFirst().evidence()).startsWith("like 'Awareness of cyber security' (curated phrasing), 0.75");
		// The same sentence from a job's profile counts from the examples' threshold only: nothing changes.
		assertThat(new ExampleMatcher(() -> List.of(FAR), settings, null).merge(PHRASE, LABELS, 3)).isEqualTo(LABELS);
		// A phrasing is no document's, so an excluded document never takes it away.
		assertThat(new ExampleMatcher(() -> List.of(phrasing), settings, "004.txt").merge(PHRASE, LABELS, 3).getFirst().id())
			.isEqualTo(SECURITY.id());
	}

	@Test
	void theCuratedPhrasingsAreReadFromTheirDataFileByCapability() {
		java.util.Map<String, List<String>> phrasings = CuratedExamples.phrasings(CuratedExamples.PHRASINGS);
		assertThat(phrasings).containsKeys("skill/time-management", "competency/communication");
		assertThat(phrasings.values()).allSatisfy(texts -> assertThat(texts).isNotEmpty().allSatisfy(
				text -> assertThat(text).isNotBlank()));
	}

	@Test
	void aCapabilityNamedTwiceInThePhrasingsIsRefusedNotHalfRead() {
		assertThatThrownBy(() -> CuratedExamples.phrasings("semantic/phrasings-named-twice.yaml"))
			.hasMessageContaining("skill/infrastructure-maintenance");
	}

	private static Capability capability(String id, String name) {
		return new Capability(id, CapabilityKind.KNOWLEDGE_AREA, name, List.of(), null, null, List.of());
	}

	private static ConceptMatch label(Capability capability, double score) {
		return new ConceptMatch(capability.id(), capability.name(), capability, null, null, score, "semantic",
				capability.name(), null, score, "meaning close to name '" + capability.name() + "' (cosine " + score + ")");
	}

	private static float[] vector(double x, double y) {
		float[] vector = new float[TextEmbedder.DIMENSIONS];
		vector[0] = (float) x;
		vector[1] = (float) y;
		return vector;
	}

}
