package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.competencygraph.importer.ProficiencyScale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Canadian public service poster's statement of merit criteria (the genre of the twenty-third round's held-out
 * document), on a few lines written for the test: each criterion coded by its kind and number ("EX1", "AEX1", "K1",
 * "PS2"), the poster's sentences saying when each group is assessed, a definition of "significant experience" by its
 * years, and the notes on essential qualifications and proof of education under "Other information".
 */
class MeritCriteriaTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	private static final Cues CUES = new Cues(RULES, ProficiencyScale.load());

	private static final String POSTER = """
			IT Systems Analyst (IT-02)
			Department of Coastal Transport

			Statement of merit criteria

			The following will be applied / assessed at the time of application

			ESSENTIAL QUALIFICATIONS

			Experience:
			EX1 Significant experience administering Windows Server in a production environment.
			EX2 Experience maintaining Linux servers.
			EX3 Recent experience supporting Microsoft 365.

			Significant experience is defined as the depth and breadth of experience normally associated with having performed the duties for a period of approximately three (3) years.
			Recent experience is defined as experience acquired within the last five (5) years.

			ASSET QUALIFICATIONS

			AEX1 Experience administering Microsoft Azure.

			The following will be applied / assessed at a later date (essential for the job)

			Personal suitability:
			PS1 Judgement
			PS2 Initiative

			Other information
			Candidates must meet the essential qualifications to be appointed to a position.
			You must provide proof of your education credentials at a later date.
			""";

	private static List<Passage> passages() {
		return UnmatchedDrafts.passages(POSTER);
	}

	private static Passage passage(String start) {
		return UnmatchedDrafts.passage(POSTER, start);
	}

	private static DraftProfile draft() {
		return UnmatchedDrafts.draft("poster.txt", POSTER);
	}

	@Test
	void aCriterionsCodeIsItsListMarkerNotPartOfItsWords() {
		assertThat(passages()).extracting(Passage::text)
			.contains("Significant experience administering Windows Server in a production environment.",
					"Experience administering Microsoft Azure.", "Judgement", "Initiative")
			.noneMatch(text -> text.matches("^(EX|AEX|PS)\\d.*"));
		assertThat(passage("Experience administering Microsoft Azure").priority()).isEqualTo("desirable");
	}

	@Test
	void aLoneLineStartingLikeACodeIsNoCodedList() {
		assertThat(MeritCriteria.asListItems(List.of("L2 Windows Engineer", "", "Requirements", "- Windows Server")))
			.first().isEqualTo("L2 Windows Engineer");
	}

	@Test
	void whenTheCriteriaAreAssessedAndTheNotesOfTheProcessAreNoRequirements() {
		assertThat(draft().extraction().boilerplate())
			.filteredOn(left -> left.text().contains("applied / assessed")
					|| left.text().contains("meet the essential qualifications")
					|| left.text().contains("proof of your education"))
			.extracting(LeftOut::reason)
			.containsExactly("assessment instructions", "assessment instructions", "assessment instructions",
					"application instructions");
	}

	@Test
	void aDefinitionOfSignificantExperienceIsANoteAndGivesItsYearsToTheCriteriaUsingIt() {
		assertThat(draft().extraction().boilerplate())
			.filteredOn(left -> left.text().startsWith("Significant experience is defined as"))
			.extracting(LeftOut::reason).containsExactly("definitions");
		Cues.Level level = CUES.level(passage("Significant experience administering"));
		assertThat(level).isNotNull();
		assertThat(level.level()).isEqualTo(3);
		assertThat(level.text()).isEqualTo("3 years");
		assertThat(CUES.level(passage("Experience maintaining Linux servers"))).isNull();
		// A definition by how recent gives no level.
		assertThat(CUES.level(passage("Recent experience supporting"))).isNull();
	}

}
