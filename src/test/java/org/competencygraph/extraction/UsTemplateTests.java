package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job description on the common US human resources template (the genre of the lead's held-out document of stop
 * 43), on a description written for the test: its headings in capitals, the duties' heading run into the template's
 * sentence ("ESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned."), the
 * template's own sentences around the qualifications, its physical demands in the Americans with Disabilities Act's
 * words with a lifting requirement in the same paragraph, and its work environment.
 */
class UsTemplateTests {

	private static final String DESCRIPTION = """
			Job Title: Network Administrator
			Reports To: IT Manager

			SUMMARY
			Maintains the company's networks by performing the following duties personally or through others.

			ESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned.
			- Installs and maintains the firewalls, switches and wireless access points.
			- Configures and patches the Windows and Linux servers, physical and virtual.
			- Monitors servers, networks and backups and responds to alerts, including after hours as part of the on-call rotation.
			- Performs other related duties as assigned.

			SUPERVISORY RESPONSIBILITIES
			This job has no supervisory responsibilities.

			QUALIFICATIONS To perform this job successfully, an individual must be able to perform each essential duty satisfactorily. Reasonable accommodations may be made to enable individuals with disabilities to perform the essential functions.

			COMPUTER SKILLS
			Knowledge of Cisco switches and Fortinet firewalls.

			PHYSICAL DEMANDS
			While performing the duties of this job, the employee is regularly required to sit; use hands to finger, handle, or feel; and talk or hear. The employee must occasionally lift and/or move up to 50 pounds.

			WORK ENVIRONMENT
			When visiting the warehouses, the employee is occasionally exposed to temperatures from 40 to 90 degrees Fahrenheit.
			""";

	private static List<Passage> passages() {
		return UnmatchedDrafts.passages(DESCRIPTION);
	}

	private static Passage passage(String start) {
		return UnmatchedDrafts.passage(DESCRIPTION, start);
	}

	private static List<String> leftOut() {
		return UnmatchedDrafts.draft("description.txt", DESCRIPTION).extraction().boilerplate().stream()
			.map(LeftOut::text).toList();
	}

	@Test
	void aHeadingInCapitalsRunIntoItsTextIsAHeadingAndItsPhraseIsLeftOut() {
		// Read as one sentence, the line was no heading and the duties went on under the summary, as its context.
		assertThat(passage("Installs and maintains the firewalls").section())
			.isEqualTo("ESSENTIAL DUTIES AND RESPONSIBILITIES");
		assertThat(passage("Installs and maintains the firewalls").sectionKind()).isEqualTo("duties");
		assertThat(passages()).extracting(Passage::text).noneMatch(text -> text.contains("include the following"));
		assertThat(leftOut()).contains("Other duties may be assigned.");
		// A sentence opening in a capital after the heading is a line of its own, under it.
		assertThat(passage("To perform this job successfully").section()).isEqualTo("QUALIFICATIONS");
		// Capitals going on in capitals are no heading run into text.
		assertThat(RunInHeadings.separated(List.of("KEY SKILLS AND EXPERIENCE"), UnmatchedDrafts.RULES))
			.containsExactly("KEY SKILLS AND EXPERIENCE");
	}

	@Test
	void aDutyNamingAPhysicalWordOrTheHoursAfterAClauseOfItsOwnIsADuty() {
		assertThat(leftOut()).doesNotContain("Configures and patches the Windows and Linux servers, physical and virtual.",
				"Monitors servers, networks and backups and responds to alerts, including after hours as part of the on-call rotation.");
		assertThat(leftOut()).contains("Performs other related duties as assigned.");
	}

	@Test
	void theTemplatesOwnSentencesPosturesAndWorkEnvironmentAreLeftOutButTheLiftingIsKept() {
		assertThat(leftOut()).contains(
				"To perform this job successfully, an individual must be able to perform each essential duty satisfactorily.",
				"Reasonable accommodations may be made to enable individuals with disabilities to perform the essential functions.",
				"While performing the duties of this job, the employee is regularly required to sit; use hands to finger, handle, or feel; and talk or hear.",
				"When visiting the warehouses, the employee is occasionally exposed to temperatures from 40 to 90 degrees Fahrenheit.",
				"This job has no supervisory responsibilities.");
		assertThat(leftOut()).doesNotContain("The employee must occasionally lift and/or move up to 50 pounds.");
	}

}
