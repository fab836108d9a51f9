package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A US defence contractor's posting as its careers site prints it (the genre of the twenty-second round's held-out
 * document), on a few lines written for the test: the posting's facts under labels, one of which names a priority
 * ("Clearance Required"), required and desired skills paired with qualifications in one heading, a security
 * clearance among the requirements, and the pay transparency and benefits paragraphs whose words ("work experience",
 * "certification") would otherwise make them requirements.
 */
class ContractorPostingTests {

	private static final String POSTING = """
			Network Engineer II - Secret Clearance

			Job ID: R-1234
			Clearance Required: Active Secret; ability to obtain TS/SCI
			Telework: No
			Job Category: Information Technology
			Date Posted: 11/30/2026

			What You'll Do:
			- Configure and maintain Cisco routers and switches on the programme's networks

			Required Skills / Basic Qualifications:
			- Active Secret security clearance with the ability to obtain and maintain TS/SCI
			- Experience configuring Cisco routers and switches

			Desired Skills / Preferred Qualifications:
			- Cisco CCNP certification

			Required Education (including Major):
			Bachelor's degree in Information Technology or a related field

			Pay Transparency:
			The company considers several factors when extending an offer, including the candidate's work experience, education and training, and key skills.

			Benefits:
			We offer medical, dental and vision coverage, a 401(k) plan, paid time off, and tuition assistance and certification reimbursement.
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

	@Test
	void thePostingsFactsAreLeftOutAndALabelNamingAPriorityIsNoHeading() {
		assertThat(passages()).extracting(Passage::section).noneMatch(section -> section.contains("Clearance Required"));
		assertThat(draft().extraction().boilerplate())
			.filteredOn(left -> left.text().startsWith("Telework") || left.text().startsWith("Job Category")
					|| left.text().startsWith("Date Posted") || left.text().startsWith("Job ID"))
			.extracting(LeftOut::reason).hasSize(4).containsOnly("job facts");
	}

	@Test
	void aSecurityClearanceIsAConditionOfEmploymentNotACapability() {
		assertThat(draft().extraction().boilerplate())
			.filteredOn(left -> left.text().contains("Active Secret")).extracting(LeftOut::reason)
			.hasSize(2).doesNotContainNull();
		assertThat(draft().extraction().unmatched()).extracting(u -> u.text())
			.noneMatch(text -> text.contains("Secret") || text.contains("clearance"));
	}

	@Test
	void desiredSkillsPairedWithPreferredQualificationsAreDesirableAndARequiredHeadingEndsThem() {
		assertThat(passage("Cisco CCNP certification").priority()).isEqualTo("desirable");
		assertThat(passage("Bachelor's degree").priority()).isNotEqualTo("desirable");
		assertThat(passage("Experience configuring Cisco").priority()).isNotEqualTo("desirable");
	}

	@Test
	void payTransparencyAndBenefitsAreLeftOutThoughTheyNameExperienceAndCertification() {
		assertThat(draft().extraction().boilerplate())
			.filteredOn(left -> left.text().contains("extending an offer") || left.text().contains("401(k)"))
			.extracting(LeftOut::reason).containsExactly("pay", "benefits");
	}

}
