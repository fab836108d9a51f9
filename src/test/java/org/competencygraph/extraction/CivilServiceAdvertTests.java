package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A UK Civil Service Jobs advert pasted from the site into a text file (the genre of the twenty-ninth round's
 * held-out document), on an advert written for the test: the title over the body's name, the page's contents list, the
 * behaviours by name one a line after "We'll assess you against these behaviours ...:" (the site's bullets lost in
 * the copy), and "Things you need to know" with its security and nationality requirements after the benefits.
 */
class CivilServiceAdvertTests {

	private static final String ADVERT = """
			Infrastructure Engineer
			Office for Rail Timetabling

			Reference number
			300117

			Contents
			Location
			About the job
			Benefits
			Things you need to know
			Apply and further information

			Location
			York

			About the job

			Job summary

			We plan the timetables of the country's railways.

			Job description

			Your responsibilities will include:

			• Maintaining the Windows and Linux servers of the timetable planning system

			Person specification

			• Experience of administering Windows Server

			Desirable criteria:

			• An AWS certification

			Behaviours

			We'll assess you against these behaviours during the selection process:

			Making Effective Decisions
			Working Together

			Benefits

			Alongside your salary of £38,000, Office for Rail Timetabling contributes £11,000 towards your pension.

			Office attendance
			The Department is committed to a culture of hybrid working. Successful candidates will be expected to spend a minimum of 60% of their time at their contractual workplace.

			Things you need to know

			Selection process details

			This vacancy is using Success Profiles, and will assess your Behaviours, Experience and Technical skills.

			You will be asked to complete a CV and a personal statement.

			Security

			Successful candidates must undergo a criminal record check.
			Successful candidates must meet the security requirements before they can be appointed. The level of security needed is security check.
			People working with government assets must complete baseline personnel security standard checks.

			Nationality requirements

			This job is broadly open to the following groups:

			UK nationals
			nationals of the Republic of Ireland

			Working for the Civil Service

			We recruit by merit on the basis of fair and open competition.

			Apply and further information

			Once this job has closed, the job advert will no longer be available.
			""";

	private static List<Passage> passages() {
		return UnmatchedDrafts.passages(ADVERT);
	}

	private static List<String> leftOut() {
		return UnmatchedDrafts.draft("advert.txt", ADVERT).extraction().boilerplate().stream().map(LeftOut::text).toList();
	}

	@Test
	void namesOneALineAfterAnIntroductionsColonAreThatListsItems() {
		// Read as lines, "Making Effective Decisions" stood alone after a blank line and was a heading, "Working
		// Together" a paragraph of its section, unknown: neither was a requirement.
		assertThat(passages()).filteredOn(p -> p.text().equals("Making Effective Decisions") || p.text().equals("Working Together"))
			.hasSize(2)
			.allSatisfy(p -> assertThat(p.sectionKind()).isEqualTo("skills"));
		// Short lines going on into a paragraph are no list.
		assertThat(PastedLists.asListItems(List.of("Behaviours:", "", "Working Together", "Delivering at Pace", ""), ExtractionRules.load()))
			.containsExactly("Behaviours:", "", "- Working Together", "- Delivering at Pace", "");
		assertThat(PastedLists.asListItems(List.of("Note:", "Location", "York", "We are based in York."), ExtractionRules.load()))
			.containsExactly("Note:", "Location", "York", "We are based in York.");
	}

	@Test
	void thePagesContentsAndTheThingsYouNeedToKnowAreLeftOut() {
		assertThat(passages()).extracting(Passage::text).doesNotContain("Things you need to know", "Working for the Civil Service");
		assertThat(leftOut()).contains(
				"This vacancy is using Success Profiles, and will assess your Behaviours, Experience and Technical skills.",
				"Successful candidates will be expected to spend a minimum of 60% of their time at their contractual workplace.",
				"People working with government assets must complete baseline personnel security standard checks.",
				"Successful candidates must meet the security requirements before they can be appointed.",
				"We recruit by merit on the basis of fair and open competition.",
				"Once this job has closed, the job advert will no longer be available.");
		DraftProfile draft = UnmatchedDrafts.draft("advert.txt", ADVERT);
		assertThat(draft.jobs().getFirst().requirements()).extracting(r -> r.provenance().section())
			.noneMatch(section -> section.contains("Security") || section.contains("Nationality") || section.contains("Benefits"));
	}

	@Test
	void aPriorityHeadingEndingInAColonHoldsForItsListOnly() {
		// "Desirable criteria:" introduces its list; "Behaviours" after it is what the interview assesses, essential.
		assertThat(passages()).filteredOn(p -> p.text().equals("An AWS certification"))
			.singleElement().extracting(Passage::priority).isEqualTo("desirable");
		assertThat(passages()).filteredOn(p -> p.text().equals("Working Together"))
			.singleElement().extracting(Passage::priority).isNull();
	}

	@Test
	void aBodyNamedOfficeForIsTheOrganization() {
		assertThat(UnmatchedDrafts.draft("advert.txt", ADVERT).jobs().getFirst().organization())
			.isEqualTo("Office for Rail Timetabling");
	}

}
