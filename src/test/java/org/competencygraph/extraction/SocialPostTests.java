package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.competencygraph.importer.ProficiencyScale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job posted on a social network and pasted as text (the genre of the twenty-eighth round's held-out document), on
 * a post written for the test: a hook, an emoji before the title line in parts and before each heading, emoji and
 * arrows as bullets, a heading ending in "for:", "Bonus points if you have:", an aside in brackets opening with
 * "you'll", the perks, the hiring process, calls to message the poster and to tag someone, a link and hashtags.
 */
class SocialPostTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	private static final String POST = """
			🚀 We're hiring! 🚀

			📢 Service Desk Analyst | Brightmoor Homes | Bristol (Hybrid)

			Brightmoor Homes is growing and we need a friendly Service Desk Analyst to join our IT team 💻

			📍 Location: Bristol | 💼 Hybrid | 💰 £28,000

			🔧 What you'll do:
			👉 Log and resolve tickets from our 800 colleagues
			👉 Set up laptops and phones for new starters 👋
			👉 Keep our knowledge base up to date

			🎁 Perks:
			▪️ 25 days' holiday
			▪️ Training budget and paid certifications

			✅ What we're looking for:
			🔹 1+ years' experience on a service desk
			🔹 Strong Windows troubleshooting skills
			🔹 A full UK driving licence (you'll be travelling between our offices)

			⭐ Bonus points if you have:
			➤ ITIL 4 Foundation
			➤ Some PowerShell

			Sound like you? 👀 DM me or apply via the link below 👇
			🔗 careers.brightmoorhomes.co.uk/service-desk
			Know someone who'd be perfect? Tag them in the comments! 🙏

			The process:
			→ A call with me
			→ A Teams interview with our IT Manager

			#hiring #ServiceDesk #BristolJobs
			""";

	private static List<Passage> passages() {
		return UnmatchedDrafts.passages(POST);
	}

	private static Passage passage(String start) {
		return UnmatchedDrafts.passage(POST, start);
	}

	private static DraftProfile draft() {
		return UnmatchedDrafts.draft("post.txt", POST);
	}

	private static List<String> leftOut(String reason) {
		return draft().extraction().boilerplate().stream().filter(left -> left.reason().equals(reason))
			.map(LeftOut::text).toList();
	}

	@Test
	void emojiAndArrowsRepeatedOverLinesAreBulletsAndAnEmojiBeforeAHeadingIsLeftOut() {
		// Each item its own sentence without its marker; the short one no heading of the lines after it.
		assertThat(passages()).extracting(Passage::text).contains("Log and resolve tickets from our 800 colleagues",
				"Set up laptops and phones for new starters", "Strong Windows troubleshooting skills",
				"A call with me");
		assertThat(passage("Keep our knowledge base").section()).isEqualTo("What you'll do");
		assertThat(passage("Keep our knowledge base").sectionKind()).isEqualTo("duties");
		assertThat(passages()).extracting(Passage::text).noneMatch(text -> text.codePoints()
			.anyMatch(Character::isExtendedPictographic));
	}

	@Test
	void aWordListsBulletsStayBulletsHoweverOftenTheyStand() {
		// "◦" once under "▪" items (a sub-item, as a PDF gives a Word list): the outline's own bullet, kept.
		assertThat(SocialPost.asListItems(List.of("Duties:", "▪ Maintain the servers", "◦ Patch them monthly",
				"▪ Support users 🙂"))).containsExactly("Duties:", "▪ Maintain the servers", "◦ Patch them monthly",
						"▪ Support users");
	}

	@Test
	void aHeadingEndingInItsPhrasesForIsAHeadingNotAListsIntroduction() {
		assertThat(passage("1+ years' experience").sectionKind()).isEqualTo("skills");
		assertThat(passage("A full UK driving licence").section()).isEqualTo("What we're looking for");
		assertThat(passage("1+ years' experience").intro()).isNull();
	}

	@Test
	void bonusPointsIfYouHaveAreDesirable() {
		assertThat(passage("ITIL 4 Foundation").priority()).isEqualTo("desirable");
		assertThat(passage("Some PowerShell").priority()).isEqualTo("desirable");
		assertThat(passage("Strong Windows troubleshooting").priority()).isNull();
		// Right after the duties, the heading opens a section of requirements.
		List<Passage> afterDuties = Outline.of("""
				What you'll do:
				- Log and resolve tickets

				Bonus points if you have:
				- ITIL 4 Foundation
				""", RULES).passages;
		assertThat(afterDuties.getLast().sectionKind()).isEqualTo("skills");
		assertThat(afterDuties.getLast().priority()).isEqualTo("desirable");
	}

	@Test
	void anAsideInBracketsIsNoOpeningPhraseOfTheCriterion() {
		Cues cues = new Cues(RULES, ProficiencyScale.load());
		assertThat(cues.withoutOpening("A full UK driving licence (you'll be travelling between our offices)"))
			.startsWith("A full UK driving licence");
		assertThat(cues.withoutOpening("At the start of each term you'll create user accounts"))
			.startsWith("you will create");
	}

	@Test
	void theTitleLinesPartsGiveTheTitleAndTheOrganization() {
		DraftProfile.Job job = draft().jobs().getFirst();
		assertThat(job.title()).isEqualTo("Service Desk Analyst");
		assertThat(job.organization()).isEqualTo("Brightmoor Homes");
	}

	@Test
	void callsToMessageThePosterApplyViaTheLinkOrTagSomeoneAreLeftOut() {
		assertThat(leftOut("call to apply")).contains("Sound like you?", "Know someone who'd be perfect?",
				"Tag them in the comments!");
		assertThat(leftOut("call to apply")).anyMatch(text -> text.startsWith("DM me or apply via the link below"));
		assertThat(draft().extraction().unmatched()).extracting(u -> u.text())
			.noneMatch(text -> text.contains("comments") || text.contains("DM me"));
	}

	@Test
	void aLineOfHashtagsIsLeftOut() {
		assertThat(leftOut("hashtags, mentions or links")).containsExactly("#hiring #ServiceDesk #BristolJobs");
	}

	@Test
	void theHiringProcessIsLeftOut() {
		assertThat(leftOut("section: The process")).containsExactly("A call with me", "A Teams interview with our IT Manager");
	}

	@Test
	void paidCertificationsAmongThePerksAreBenefitsNoRequirement() {
		assertThat(leftOut("benefits")).containsExactly("Training budget and paid certifications");
		assertThat(draft().extraction().unmatched()).extracting(u -> u.text())
			.noneMatch(text -> text.contains("certifications"));
	}

}
