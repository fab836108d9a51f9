package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.competencygraph.extraction.DraftProfile.ProposedCapability;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large technology company's careers-site posting pasted as text (the genre of the thirty-fourth round's held-out
 * document), on a few lines written for the test: the title with the team after a comma, "About the team" in titled
 * paragraphs, "BASIC QUALIFICATIONS" and "PREFERRED QUALIFICATIONS" in capitals listing every kind of requirement,
 * then the equal opportunity, accommodation and pay paragraphs and the pay ranges by place, one a line.
 */
class CareersSitePostingTests {

	private static final String POSTING = """
			Cloud Support Engineer I, Tallowmere Premium Support
			Job ID: 1029384 | Tallowmere Cloud Services, Inc.

			DESCRIPTION
			Tallowmere Premium Support helps customers run their workloads on our cloud.

			Key job responsibilities
			- Resolve customers' technical cases by phone, chat and email

			About the team
			Diverse Experiences
			Tallowmere values diverse experiences. Even if you do not meet all of the preferred qualifications and skills listed in the job description, we encourage candidates to apply.

			Mentorship & Career Growth
			We're continuously raising our performance bar, and we offer a paid certification program.

			BASIC QUALIFICATIONS
			- High school or equivalent diploma
			- Experience with Linux system administration

			PREFERRED QUALIFICATIONS
			- Experience with scripting in Python or Bash

			Our inclusive culture empowers Tallowmere employees to deliver the best results for our customers. If the country/region you're applying in isn't listed, please contact your recruiting partner.

			Our compensation reflects the cost of labor across several US geographic markets. Pay is based on a number of factors including market location and may vary depending on job-related knowledge, skills, and experience. This position will remain posted until filled.

			USA, WA, Seattle - 31.20 - 44.70 USD hourly
			Posted: November 28, 2026
			""";

	private static List<Passage> passages() {
		return UnmatchedDrafts.passages(POSTING);
	}

	private static Passage passage(String start) {
		return UnmatchedDrafts.passage(POSTING, start);
	}

	private static DraftProfile draft() {
		return UnmatchedDrafts.draft("posting.txt", POSTING);
	}

	private static ProposedCapability proposed(String start) {
		return draft().jobs().getFirst().requirements().stream()
			.filter(r -> r.provenance().text().startsWith(start))
			.map(Requirement::capability)
			.map(ProposedCapability.class::cast)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theTeamAfterTheTitlesCommaIsNoPartOfTheTitle() {
		assertThat(draft().jobs().getFirst().title()).isEqualTo("Cloud Support Engineer I");
		assertThat(DraftBuilder.withoutTeam("Web Developer, E-commerce", "Harbourline Retail Ltd"))
			.isEqualTo("Web Developer, E-commerce");
	}

	@Test
	void aListHeadingInCapitalsAfterTheTeamsTitledParagraphsStartsItsOwnSection() {
		Passage diploma = passage("High school");
		assertThat(diploma.section()).isEqualTo("BASIC QUALIFICATIONS");
		assertThat(diploma.sectionKind()).isEqualTo("skills");
		assertThat(diploma.priority()).isEqualTo("essential");
		assertThat(passage("Experience with scripting").priority()).isEqualTo("desirable");
	}

	@Test
	void eachQualificationTakesItsKindFromItsOwnWords() {
		assertThat(proposed("Experience with scripting").kind()).isEqualTo("Skill");
		assertThat(proposed("High school").kind()).isEqualTo("Qualification");
		assertThat(proposed("High school").qualificationType()).isEqualTo("qualification-level");
	}

	@Test
	void theTeamsParagraphsAndTheClosingParagraphsAreLeftOutThoughTheyNameSkillsAndExperience() {
		List<LeftOut> leftOut = draft().extraction().boilerplate();
		assertThat(leftOut).filteredOn(left -> left.text().contains("values diverse experiences")
				|| left.text().startsWith("Even if you do not meet all")).extracting(LeftOut::reason)
			.containsExactly("equal opportunities", "encouragement to apply");
		assertThat(leftOut).filteredOn(left -> left.text().startsWith("We're continuously")
				|| left.text().startsWith("We are continuously")).hasSize(1);
		assertThat(leftOut).filteredOn(left -> left.text().startsWith("Our inclusive culture")
				|| left.text().startsWith("If the country/region")).extracting(LeftOut::reason)
			.containsExactly("equal opportunities", "application instructions");
		assertThat(leftOut).filteredOn(left -> left.text().startsWith("Our compensation")
				|| left.text().startsWith("Pay is based") || left.text().startsWith("This position will remain")
				|| left.text().startsWith("USA, WA, Seattle")).extracting(LeftOut::reason)
			.containsExactly("pay", "pay", "application instructions", "pay");
		assertThat(leftOut).filteredOn(left -> left.text().startsWith("Posted:")).extracting(LeftOut::reason)
			.containsExactly("job facts");
		assertThat(draft().jobs().getFirst().requirements()).extracting(r -> r.provenance().text())
			.containsExactlyInAnyOrder("High school or equivalent diploma", "Experience with Linux system administration",
					"Experience with scripting in Python or Bash");
	}

}
