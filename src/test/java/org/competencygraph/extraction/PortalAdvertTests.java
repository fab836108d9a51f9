package org.competencygraph.extraction;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Indian job portal's advert (the nineteenth round's held-out document), on a few lines written for the test: the
 * portal's shift, work mode and notice period lines, "Immediate joiners preferred", and the "Key Skills" tags, none
 * of them a capability the job requires.
 */
class PortalAdvertTests {

	private static DraftProfile draft(String text) {
		return DraftBuilderTests.draft("advert.txt", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void shiftsWorkModeAndWhenTheCandidateCanStartAreNoRequirements() {
		String text = """
				L2 Windows Engineer
				Kaveri Techserve Pvt Ltd

				Requirements
				- Incident management experience.
				- Should be ready to work in 24x7 rotational shifts
				- Immediate joiners preferred

				Shift: Rotational shifts (24x7), including night shifts
				Work Mode: Work from office, 5 days a week
				Notice Period: Immediate to 30 days
				""";
		DraftProfile draft = draft(text);
		assertThat(draft.jobs().getFirst().requirements()).extracting(Requirement::capabilityId)
			.containsExactly("skill/incident-management");
		assertThat(draft.extraction().boilerplate()).filteredOn(l -> l.reason().equals("working hours"))
			.extracting(LeftOut::text)
			.containsExactly("Should be ready to work in 24x7 rotational shifts",
					"Shift: Rotational shifts (24x7), including night shifts", "Work Mode: Work from office, 5 days a week");
		assertThat(draft.extraction().boilerplate()).filteredOn(l -> l.reason().equals("availability"))
			.extracting(LeftOut::text)
			.containsExactly("Immediate joiners preferred", "Notice Period: Immediate to 30 days");
	}

	@Test
	void anIndianPortalsKeySkillsTagsAreMetadataNotRequirements() {
		// Each tag alone is a phrase of two or three words: read as requirements they matched by a single word
		// ("Active Directory*" to Active Learning) or were proposed.
		String text = """
				L2 Windows Engineer
				Kaveri Techserve Pvt Ltd

				Requirements
				- Incident management experience.

				Key Skills
				Skills highlighted with '*' are preferred keyskills
				Windows Server Administration*
				Active Directory*
				VMware vSphere
				""";
		DraftProfile draft = draft(text);
		assertThat(draft.jobs().getFirst().requirements()).extracting(Requirement::capabilityId)
			.containsExactly("skill/incident-management");
		assertThat(draft.extraction().boilerplate()).extracting(LeftOut::text)
			.contains("Windows Server Administration*", "Active Directory*", "VMware vSphere");
	}

	@Test
	void anIndianPortalsPostgraduateAndDoctorateLinesAreAcceptedAlternativesNotRequirements() {
		// "UG:" names the degree asked for (read as before); "PG:" and "Doctorate:" what is also accepted, or none.
		String text = """
				L2 Windows Engineer
				Kaveri Techserve Pvt Ltd

				Requirements
				- Incident management experience.

				Education
				UG: B.Tech/B.E. in Any Specialization
				PG: MCA in Computers
				Doctorate: Not Required
				""";
		DraftProfile draft = draft(text);
		assertThat(draft.jobs().getFirst().requirements()).extracting(r -> r.provenance().text())
			.containsExactly("Incident management experience.", "UG: B.Tech/B.E. in Any Specialization");
		assertThat(draft.extraction().boilerplate()).filteredOn(l -> l.reason().equals("accepted alternative"))
			.extracting(LeftOut::text)
			.contains("PG: MCA in Computers");
	}

	@Test
	void aDegreeNamedByItsIndianAbbreviationsIsABachelorsDegreeBesideTheYears() {
		// "B.E/B.Tech/MCA" is one word to the parts of a sentence: only the years were found.
		Function<String, Resolution> matcher = phrase -> phrase.equals("bachelor's degree")
				? new Resolution(new Match("qualification/bachelors-degree", "Bachelor's Degree", "name", 1.0, "test"),
						List.of(), false)
				: phrase.contains("experience") ? new Resolution(new Match("experience/it-infrastructure",
						"IT Infrastructure Experience", "semantic", 0.8, "test"), List.of(), false)
						: new Resolution(null, List.of(), false);
		String text = """
				L2 Windows Engineer
				Kaveri Techserve Pvt Ltd

				Requirements
				- B.E/B.Tech/MCA with 4-8 years of experience in Windows Server administration
				""";
		ExtractionRules rules = ExtractionRules.load();
		Outline outline = Outline.of(DocumentText.read("advert.txt", text.getBytes(StandardCharsets.UTF_8)), rules);
		DraftProfile draft = new DraftBuilder(rules, new Cues(rules, ProficiencyScale.load()), matcher, 0.66,
				id -> false).build("advert.txt", outline);
		assertThat(draft.jobs().getFirst().requirements()).extracting(Requirement::capabilityId)
			.containsExactlyInAnyOrder("experience/it-infrastructure", "qualification/bachelors-degree");
	}

}
