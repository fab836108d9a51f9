package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Philippine job advert pasted from a JobStreet page (the genre of the thirty-seventh round's held-out document), on
 * a page written for the test: the title, the company, the place, the site's classification, the salary, "Job
 * Description:" and "Job Qualifications:" in the local style ("Willing to work on shifting schedule", "Amenable to
 * work onsite", "Full-Time position(s) available"), a "Benefits:" line, and the site's "Employer questions".
 */
class JobStreetAdvertTests {

	private static final String PAGE = """
			Network Administrator
			Masigla Rural Bank Inc.
			Pasig City, Metro Manila
			Information & Communication Technology › Networks & Systems Administration
			Full time
			₱30,000 – ₱38,000 per month
			Posted 5d ago

			Job Description:
			- Configure and maintain the branch routers, switches and firewalls
			- Perform daily backup of the core banking servers
			- Perform other tasks that may be assigned from time to time

			Job Qualifications:
			- Candidate must possess at least a Bachelor's/College Degree in Information Technology or equivalent
			- Good understanding of TCP/IP, VLAN and VPN
			- Willing to work on shifting schedule
			- Amenable to work onsite
			- Full-Time position(s) available

			Benefits: HMO from day 1, 13th month pay, rice allowance

			Employer questions
			Your application will include the following questions:
			Which of the following types of qualifications do you have?
			How many years' experience do you have as a network administrator?

			Company profile
			Masigla Rural Bank Inc.
			Banking & Financial Services
			""";

	private static DraftProfile draft() {
		return UnmatchedDrafts.draft("page.txt", PAGE);
	}

	private static String reason(String text) {
		return draft().extraction().boilerplate().stream().filter(left -> left.text().equals(text))
			.map(LeftOut::reason).findFirst().orElse(null);
	}

	@Test
	void theSitesEmployerQuestionsAreNoRequirements() {
		// "qualifications" and "experience" kept the questions as requirements of the "Employer questions" section:
		// a Bachelor's Degree and IT Infrastructure Experience drafted from them.
		assertThat(reason("Which of the following types of qualifications do you have?")).isEqualTo("screening questions");
		assertThat(reason("How many years' experience do you have as a network administrator?"))
			.isEqualTo("screening questions");
		assertThat(draft().jobs().getFirst().requirements()).extracting(r -> r.provenance().section())
			.noneMatch(section -> section.contains("Employer questions") || section.contains("Company profile"));
	}

	@Test
	void theShiftsTheOnsiteWorkTheBenefitsAndThePostsAreLeftOut() {
		// Drafted before: Time Management from the shifting schedule and from "Full-Time position(s) available",
		// Working Independently from onsite work, a proposed capability from the benefits.
		assertThat(reason("Willing to work on shifting schedule")).isEqualTo("working hours");
		assertThat(reason("Amenable to work onsite")).isEqualTo("working hours");
		assertThat(reason("Full-Time position(s) available")).isEqualTo("job facts");
		assertThat(reason("Benefits: HMO from day 1, 13th month pay, rice allowance")).isEqualTo("benefits");
		assertThat(reason("Perform other tasks that may be assigned from time to time")).isEqualTo("other duties");
		assertThat(draft().jobs().getFirst().requirements()).extracting(r -> r.provenance().text())
			.contains("Good understanding of TCP/IP, VLAN and VPN")
			.noneMatch(text -> List.of("shifting", "onsite", "position(s)", "HMO", "other tasks").stream()
				.anyMatch(text::contains));
	}

}
