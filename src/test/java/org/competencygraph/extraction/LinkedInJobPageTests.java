package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A LinkedIn job page pasted into a text file (the genre of the thirty-second round's held-out document), on a page
 * written for the test: the company's name over the page's "Share" and "Show more options", the title, the skills the
 * poster tagged cut short by "+6 more", "Easy Apply" and "Save", "Meet the hiring team", then "About the job" with the
 * employer's lists under headings in capitals whose bullets the copy lost, the recruiter's "#LI-" tags, "Show less",
 * and after it the site's "About the company" and "Seniority level" blocks.
 */
class LinkedInJobPageTests {

	private static final String PAGE = """
			Harrowby Foods
			Share
			Show more options
			Systems Engineer
			Leeds, England, United Kingdom · 3 days ago · 58 applicants

			Hybrid  Full-time  Mid-Senior level
			Skills: Windows Server, Microsoft Intune, +6 more
			Easy Apply
			Save

			Meet the hiring team
			Tom Ashworth
			Recruiter at Harrowby Foods
			Message

			About the job
			We bake bread and cakes for supermarkets across the North of England.

			RESPONSIBILITIES:
			Maintain the Windows servers and storage at our three bakeries
			Test the restores of the backups our auditors ask for
			Support the factory's label printers and handheld scanners
			Keep the network diagrams and the asset register up to date

			WHAT WE OFFER:
			£45,000 - £50,000 depending on experience
			Hybrid working: two days a week at the Leeds bakery
			Education assistance and paid certifications

			#LI-TA1 #LI-Hybrid
			Show less

			About the company
			Harrowby Foods
			2,310 followers
			Follow
			Harrowby Foods is a family bakery business founded in 1961 and still owned by the family. …see more

			Seniority level
			Mid-Senior level
			Employment type
			Full-time
			""";

	private static List<Passage> passages() {
		return UnmatchedDrafts.passages(PAGE);
	}

	private static DraftProfile draft() {
		return UnmatchedDrafts.draft("page.txt", PAGE);
	}

	@Test
	void thePagesButtonsAreLeftOutSoTheCompanyOverThemIsTheOrganization() {
		// "Share" and "Show more options" stood between the company's name and the title: no organization was found.
		assertThat(draft().jobs().getFirst().organization()).isEqualTo("Harrowby Foods");
		assertThat(draft().jobs().getFirst().title()).isEqualTo("Systems Engineer");
		assertThat(passages()).extracting(Passage::text)
			.doesNotContain("Share", "Show more options", "Easy Apply", "Save", "Message", "Show less", "Follow")
			.noneMatch(text -> text.contains("see more"));
		// Plain words only: a Markdown heading is the document's own.
		assertThat(UnmatchedDrafts.RULES.isPageControl("Show more options")).isTrue();
		assertThat(UnmatchedDrafts.RULES.isPageControl("## Share")).isFalse();
		// The controls' lines keep their numbers: the duties stand where they stood.
		assertThat(passages()).filteredOn(p -> p.text().startsWith("Maintain the Windows servers"))
			.singleElement().extracting(Passage::line).isEqualTo(21);
	}

	@Test
	void theSkillsTheListCutShortAreNoRequirements() {
		// "Skills: Windows Server, Microsoft Intune, +6 more" was read as a requirement before the first heading.
		assertThat(passages()).extracting(Passage::text).noneMatch(text -> text.startsWith("Skills:"));
		assertThat(PageControls.blanked(List.of("Skills: Windows Server, VMware vSphere, +8 more", "Skills: Windows Server"),
				UnmatchedDrafts.RULES))
			.containsExactly("", "Skills: Windows Server");
	}

	@Test
	void longerLinesOneALineAfterAHeadingsColonAreThatListsItems() {
		// Read as lines, "... our auditors ask for" went on into "Support the factory's ...", and "Education assistance
		// and paid certifications" was a heading of qualifications over the tags.
		assertThat(passages()).extracting(Passage::text)
			.contains("Test the restores of the backups our auditors ask for",
					"Support the factory's label printers and handheld scanners");
		assertThat(passages()).filteredOn(p -> p.line() >= 27 && p.line() <= 31)
			.isNotEmpty()
			.allSatisfy(p -> assertThat(p.section()).isEqualTo("WHAT WE OFFER"));
		// Two lines from a capital may be one sentence wrapped, and short lines a label and its value: left as they are.
		assertThat(PastedLists.asListItems(List.of("Duties:", "Look after the backups our auditors ask for",
				"Support and the factory's printers", ""), ExtractionRules.load()))
			.containsExactly("Duties:", "Look after the backups our auditors ask for", "Support and the factory's printers", "");
		assertThat(PastedLists.asListItems(List.of("Note:", "Location", "York", "We are based in York."), ExtractionRules.load()))
			.containsExactly("Note:", "Location", "York", "We are based in York.");
	}

	@Test
	void aRecruitersTagsWithAHyphenAreLeftOut() {
		assertThat(draft().extraction().boilerplate()).filteredOn(left -> left.text().equals("#LI-TA1 #LI-Hybrid"))
			.singleElement().extracting(LeftOut::reason).isEqualTo("hashtags, mentions or links");
	}

	@Test
	void theSitesOwnPartsAreLeftOut() {
		// "Meet the hiring team", "About the company" and "Seniority level" were sections of no known kind, read as
		// context and listed as not read.
		assertThat(draft().extraction().boilerplate()).extracting(LeftOut::section)
			.contains("Meet the hiring team", "About the company", "Seniority level");
		assertThat(draft().jobs().getFirst().requirements()).extracting(r -> r.provenance().section())
			.noneMatch(section -> section.contains("About the company") || section.contains("OFFER"));
	}

}
