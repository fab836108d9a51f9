package org.competencygraph.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.competencygraph.IntegrationTest;
import org.competencygraph.semantic.CuratedExamples;
import org.competencygraph.semantic.ExampleMatcher;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Matching through the curated example sentences of the seed graph (extraction/rules.yaml {@code examples}): a
 * phrase no capability's name, alias or description decides matches through the sentence a curator matched, named in
 * the evidence; a document is not matched through its own examples when told (the evaluation's leave-one-document-out).
 */
@IntegrationTest
class ExampleMatchingIntegrationTests {

	/** The UK council A seed document, whose curated profile holds {@link #CURATED}. */
	static final String UK_COUNCIL_A = "002_dd9e86adabad5abe.txt";

	static final String CURATED = "Make yourself available as a source of infrastructure advice for anyone who needs it";

	/**
	 * {@link #CURATED} in other words: close in meaning to it (well above the threshold, so the test does not hang on
	 * the third decimal of a cosine), far from the name "Trusted Advisor" and from every other label.
	 */
	static final String PHRASE = "Be available to anyone who needs it as a source of advice on infrastructure";

	@Autowired
	JobProfileExtractor extractor;

	@Autowired
	CuratedExamples examples;

	@Test
	void aPhraseFarFromEveryCapabilityNameMatchesThroughACuratedSentence() {
		ExampleMatcher.Settings rules = this.extractor.exampleSettings();
		DraftProfile.Requirement withLabels = requirement(PHRASE, null, rules.with(false, rules.threshold(), 1));
		assertThat(withLabels.capabilityId()).isNotEqualTo("competency/trusted-advisor");
		DraftProfile.Requirement withExamples = requirement(PHRASE, null, rules);
		assertThat(withExamples.capabilityId()).isEqualTo("competency/trusted-advisor");
		assertThat(withExamples.evidence()).contains("like '" + CURATED + "' (Junior Infrastructure Engineer), 0.");
		assertThat(withExamples.confidence()).isGreaterThanOrEqualTo(rules.threshold());
	}

	/**
	 * Usual wordings of Time Management, of Communication, of IT Asset and Configuration Management, of incidents
	 * (first and second level support), of systems monitoring (acting on alerts), of knowing ITIL, of IT change management
	 * (a change advisory board) and of guiding junior staff, which the seed documents ask
	 * for in other words or not at all ("asset tracking" for an inventory or register of the equipment), and whose
	 * names and descriptions a job advert's line seldom resembles (by their labels alone the first two go to Working
	 * Under Pressure and Specialist Technology Knowledge, the last to Monitoring): matched through the curated
	 * phrasings of extraction/phrasings.yaml (not these words), named in the evidence, in any document (a phrasing
	 * is no document's own, so leaving a document's examples out keeps them).
	 */
	@Test
	void usualWordingsMatchThroughCuratedPhrasings() {
		ExampleMatcher.Settings rules = this.extractor.exampleSettings();
		List<String> phrasings = this.examples.examples(rules.max(), rules.perCapability()).examples().stream()
			.filter(CuratedExamples.Example::phrasing)
			.map(CuratedExamples.Example::text)
			.toList();
		assertThat(phrasings).isNotEmpty();
		for (String[] wording : new String[][] {
				{ "Can juggle several urgent jobs at once without missing deadlines", "skill/time-management" },
				{ "Able to get technical points across to people with no IT background", "competency/communication" },
				{ "Keep a record of every laptop, phone and printer and who has it", "skill/configuration-and-asset-management" },
				{ "Give first and second level support to staff on site and remotely", "skill/incident-management" },
				{ "Monitor the health of servers and the network and act on alerts", "skill/system-monitoring" },
				{ "Good understanding of ITIL service management practices", "knowledge/ict-best-practice-frameworks" },
				{ "Take planned changes to the CAB and carry them out in the agreed window", "skill/change-and-release-management" },
				{ "Guide the junior engineers of the team in their daily work", "skill/mentoring" },
				// The nineteenth round's: a change request (by its labels Organisational Change Management), virtual
				// machines (by the shared word "manage" Change and Release Management), monthly patching.
				{ "Follow the change management process for every planned change", "skill/change-and-release-management" },
				{ "Build new VMs from templates on the ESXi hosts", "knowledge/on-premises-virtualization-and-cloud-administration" },
				{ "Patch the Windows servers every month using WSUS", "skill/infrastructure-maintenance" },
				// A degree of any field (by its labels the degree in computer science).
				{ "UG: B.Sc in Any Specialization", "qualification/bachelors-degree" },
				// The twenty-second round's, as US government and contractor postings word them: vulnerability
				// scanning, experience in place of a degree, years of systems administration. (Its DoD baseline
				// certification, "Security+ CE or CISSP to meet DoD 8140 requirements", is matched by the labels alone
				// since stop 45: the certificates' names make it a certification; see below.)
				{ "Scan the servers with Nessus and fix the vulnerabilities it reports", "knowledge/information-security" },
				{ "Additional years of relevant experience can replace the degree", "experience/post-secondary-education-or-relevant-work" },
				{ "Four years of experience administering Linux systems", "experience/it-infrastructure" },
				// The twenty-third round's: the Canadian public service's minimum education for its IT group (by its
				// words Additional Post-Secondary Education, the Harvard seed's "two years' additional ...").
				{ "Completion of two years of post-secondary studies in information technology at a recognized institution", "experience/post-secondary-education-or-relevant-work" },
				// The twenty-fourth round's: infrastructure documentation (by its labels Enterprise Network Management),
				// specifications for purchases (Technology Design), a disaster recovery plan (Initiative), and a UN
				// core competency's name in a sentence (Learning Strategies).
				{ "Draw and update diagrams of the network and the server rooms", "skill/technical-documentation" },
				{ "Write the specifications for buying new laptops and network equipment", "skill/supplier-management" },
				{ "Test the disaster recovery plan once a year", "skill/backup-and-restore" },
				{ "Learn continuously and share what you learn", "competency/self-development" } }) {
			DraftProfile.Requirement withLabels = requirement(wording[0], null, rules.with(false, rules.threshold(), 1));
			assertThat(withLabels.capabilityId()).isNotEqualTo(wording[1]);
			DraftProfile.Requirement withPhrasings = requirement(wording[0], UK_COUNCIL_A, rules);
			assertThat(withPhrasings.capabilityId()).isEqualTo(wording[1]);
			assertThat(withPhrasings.evidence()).contains("(" + CuratedExamples.PHRASING + "), 0.");
			assertThat(phrasings).doesNotContain(wording[0]);
		}
		// A certificate's name alone names a certification (kindCues): the one certification of a fitting kind.
		DraftProfile.Requirement certificate = requirement("Security+ CE or CISSP to meet DoD 8140 requirements", null,
				rules.with(false, rules.threshold(), 1));
		assertThat(certificate.capabilityId()).isEqualTo("certification/system-specific-technical-certification");
	}

	@Test
	void aPhraseIsNotMatchedThroughTheExcludedDocumentsSentences() {
		DraftProfile.Requirement requirement = requirement(PHRASE, UK_COUNCIL_A, this.extractor.exampleSettings());
		assertThat(requirement.evidence()).doesNotContain(CURATED);
		assertThat(requirement.capabilityId()).isNotEqualTo("competency/trusted-advisor");
	}

	/**
	 * The seed document a profile was curated from: matched through its own sentences, every requirement they gave
	 * would be found at once; without them (as the evaluation runs), none of its sentences is named in the evidence.
	 */
	@Test
	void aSeedDocumentIsNotMatchedThroughItsOwnExamplesWhenTold() throws IOException {
		assumeThat(ExtractionIntegrationTests.SEEDS).as("the seed documents beside the checkout").isDirectory();
		byte[] content = Files.readAllBytes(ExtractionIntegrationTests.SEEDS.resolve(UK_COUNCIL_A));
		ExampleMatcher.Settings rules = this.extractor.exampleSettings();
		List<String> own = this.examples.examples(rules.max(), rules.perCapability()).examples().stream()
			.filter(e -> UK_COUNCIL_A.equals(e.document()))
			.map(e -> "like '" + e.text() + "'")
			.toList();
		assertThat(own).hasSizeGreaterThan(20);
		assertThat(evidence(this.extractor.profile(UK_COUNCIL_A, content))).anySatisfy(
				evidence -> assertThat(own).anyMatch(evidence::contains));
		assertThat(evidence(this.extractor.profileWithoutOwnExamples(UK_COUNCIL_A, content))).allSatisfy(
				evidence -> assertThat(own).noneMatch(evidence::contains));
	}

	private static List<String> evidence(DraftProfile draft) {
		return draft.jobs().stream().flatMap(j -> j.requirements().stream()).map(DraftProfile.Requirement::evidence).toList();
	}

	private DraftProfile.Requirement requirement(String phrase, String excluded, ExampleMatcher.Settings settings) {
		String text = "Person specification\n\nEssential\n- " + phrase + "\n";
		DraftProfile draft = this.extractor.profile("probe.txt", text.getBytes(StandardCharsets.UTF_8), excluded, settings);
		List<DraftProfile.Requirement> requirements = draft.jobs().stream().flatMap(j -> j.requirements().stream())
			.filter(r -> r.provenance().text().contains(phrase))
			.toList();
		assertThat(requirements).as("the phrase's requirement").hasSize(1);
		return requirements.getFirst();
	}

}
