package org.competencygraph.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.competencygraph.extraction.DraftProfile.ProposedCapability;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organization's job posting on its own careers site, as Markdown (issue 15's thirty-third round): a breadcrumb
 * over the page's title, a table of facts, "Key accountabilities" and "What you bring" lists naming tools in
 * brackets. The check document itself, a Security Operations Centre analyst's posting, whose tools and skills the
 * seed graph mostly lacks, so that how its requirements are proposed matters.
 */
class SecurityOperationsPostingTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	private static String posting() throws IOException {
		return new ClassPathResource("extraction/check/utility-security-operations-analyst.md")
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static Requirement requirement(DraftProfile draft, String start) {
		return draft.jobs()
			.getFirst()
			.requirements()
			.stream()
			.filter(r -> r.provenance().text().startsWith(start))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theBreadcrumbsLastCrumbIsTheTitleNotTheWholeTrail() throws IOException {
		DraftProfile.Job job = UnmatchedDrafts.firstJob("utility-security-operations-analyst.md", posting());
		assertThat(job.title()).isEqualTo("Cyber Security Analyst, Security Operations Centre");
		assertThat(job.organization()).isEqualTo("Tamarack Power Corporation");
		assertThat(UnmatchedDrafts.firstJob("posting.txt", """
				Jobs » Information Technology » Network Engineer

				Duties
				- Install and maintain servers and network switches.
				""").title()).isEqualTo("Network Engineer");
	}

	@Test
	void aSentenceIsNotSplitIntoPartsWithinTheToolsItNamesInBrackets() {
		assertThat(RULES.parts("Experience with SIEM platforms (Microsoft Sentinel, Splunk or QRadar)"))
			.containsExactly("Experience with SIEM platforms (Microsoft Sentinel, Splunk or QRadar)");
		assertThat(RULES.parts("Monitor security alerts (Sentinel, Splunk), triage them and escalate incidents"))
			.containsExactly("Monitor security alerts (Sentinel, Splunk)", "triage them", "escalate incidents");
		// Outside brackets, as before.
		assertThat(RULES.parts("Install, configure and upgrade software"))
			.containsExactly("Install", "configure", "upgrade software");
	}

	@Test
	void whatAScriptAutomatesIsNoPartOfTheSentencesHead() {
		assertThat(RULES.head("Scripting in Python or PowerShell to automate analysis tasks"))
			.isEqualTo("Scripting in Python or PowerShell");
		assertThat(RULES.head("Write scripts in PowerShell or Bash to automate routine administration tasks"))
			.isEqualTo("Write scripts in PowerShell or Bash");
	}

	@Test
	void experienceWithAToolAndScriptingAreProposedAsSkillsAndExperienceInAFieldAsAnExperience() throws IOException {
		DraftProfile draft = UnmatchedDrafts.draft("utility-security-operations-analyst.md", posting());
		// Under "Knowledge and skills", whose own kind is knowledge.
		assertThat(((ProposedCapability) requirement(draft, "Scripting in Python").capability()).kind())
			.isEqualTo("Skill");
		ProposedCapability edr = (ProposedCapability) requirement(draft, "Hands-on experience with EDR tools").capability();
		assertThat(edr.kind()).isEqualTo("Skill");
		assertThat(edr.qualificationType()).isNull();
		ProposedCapability field = (ProposedCapability) requirement(draft, "Experience in an electrical utility")
			.capability();
		assertThat(List.of(field.kind(), field.qualificationType())).containsExactly("Qualification", "experience");
		ProposedCapability years = (ProposedCapability) requirement(draft, "Minimum 3 years of experience")
			.capability();
		assertThat(years.qualificationType()).isEqualTo("experience");
	}

}
