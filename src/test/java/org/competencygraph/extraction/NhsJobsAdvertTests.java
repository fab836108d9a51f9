package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An NHS Jobs advert pasted into a text file (the genre of the thirty-fifth round's held-out document), on a page
 * written for the test: the person specification's groups each over an "Essential criteria" and a "Desirable criteria"
 * list whose bullets the copy lost, then the site's sponsorship note and employer details.
 */
class NhsJobsAdvertTests {

	private static final String PAGE = """
			Infrastructure Analyst
			Kestrel Moor NHS Trust

			Job responsibilities

			Maintain the Trust's Windows servers and storage.

			Person Specification

			Qualifications
			Essential criteria
			Degree in computing or equivalent experience
			Desirable criteria
			Microsoft Azure certification
			PRINCE2 Foundation certificate

			Knowledge
			Essential criteria
			Active Directory
			Windows Server
			Desirable criteria
			Citrix

			Certificate of Sponsorship
			Applications from job seekers who require current Skilled worker sponsorship to work in the UK are welcome and will be considered alongside all other applications. For further information visit the UK Visas and Immigration website.

			Employer details
			Employer name
			Kestrel Moor NHS Trust
			""";

	private static List<Passage> passages() {
		return UnmatchedDrafts.passages(PAGE);
	}

	@Test
	void shortCriteriaUnderAPriorityHeadingAreItemsOfItsList() {
		// Read as lines, "Microsoft Azure certification" and "PRINCE2 Foundation certificate" were headings of no known
		// section (and "Active Directory" / "Windows Server" likewise): the criteria were lost.
		assertThat(passages()).filteredOn(p -> List.of("Microsoft Azure certification", "PRINCE2 Foundation certificate",
				"Citrix").contains(p.text()))
			.hasSize(3)
			.allSatisfy(p -> assertThat(p.priority()).isEqualTo("desirable"));
		assertThat(passages()).filteredOn(p -> List.of("Active Directory", "Windows Server").contains(p.text()))
			.hasSize(2)
			.allSatisfy(p -> assertThat(p.priority()).isNotEqualTo("desirable"));
		// The list ends at the next priority heading, which is no item of it.
		assertThat(PastedLists.asListItems(List.of("Essential criteria", "Active Directory", "Desirable criteria", "Citrix", ""),
				UnmatchedDrafts.RULES))
			.containsExactly("Essential criteria", "- Active Directory", "Desirable criteria", "- Citrix", "");
		// Short lines going on into a paragraph are no list.
		assertThat(PastedLists.asListItems(List.of("Desirable", "Location", "We are based in York."), UnmatchedDrafts.RULES))
			.containsExactly("Desirable", "Location", "We are based in York.");
	}

	@Test
	void theSitesSponsorshipNoteIsLeftOut() {
		// "For further information visit the UK Visas and Immigration website" was proposed as a new qualification,
		// and the sponsorship sentence drafted a capability.
		assertThat(UnmatchedDrafts.draft("page.txt", PAGE).extraction().boilerplate())
			.filteredOn(left -> left.text().contains("Skilled worker sponsorship") || left.text().contains("UK Visas"))
			.isNotEmpty()
			.extracting(LeftOut::section)
			.containsOnly("Certificate of Sponsorship");
	}

}
