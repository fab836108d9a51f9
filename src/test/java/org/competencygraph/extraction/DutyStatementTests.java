package org.competencygraph.extraction;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.competencygraph.extraction.DraftProfile.Job;
import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A US state department's duty statement (the genre of the twenty-sixth round's held-out document), on a few lines
 * written for the test as its PDF's text comes out: the duties weighed by percentages of time in a column of their own
 * (under column headings a narrow column broke in two lines), one duty introducing a sub-list, "Marginal Functions"
 * after the "Essential Functions", the knowledge and abilities, and the special requirements' conflict of interest
 * filing.
 */
class DutyStatementTests {

	private static final ExtractionRules RULES = ExtractionRules.load();

	private static final String STATEMENT = """
			DUTY STATEMENT
			Department of Coastal Parks
			Working Title\tSystems Analyst
			Position Summary
			Under general supervision, the analyst administers the department's servers.
			Essential Functions
			Percentage Duties
			of Time
			40%\tAdministers the department's Windows servers. Resolves incidents escalated from the Service Desk.
			30%\tMonitors servers and storage and responds to alerts.
			15%\tServes as the lead for backups, including:
			- Configuring nightly backup jobs;
			- Performing quarterly restore tests.
			10%\tImplements security controls on servers.
			Marginal Functions
			3%\tTrains Service Desk staff on backup procedures.
			2%\tPerforms other job-related duties as required.
			Knowledge and Abilities
			Ability to:
			- Communicate effectively with technical and non-technical staff.
			Special Requirements
			- This position is designated under the Conflict of Interest Code. The incumbent must file a Statement of Economic Interests (Form 700) within 30 days of appointment.
			Work Environment or Physical Requirements
			- Must be able to lift and move computer equipment weighing up to 40 pounds.
			- Requires sitting for extended periods and using a computer keyboard, mouse and monitor.
			""";

	/** Knows a capability by a word of the sentence. */
	private static final Map<String, String> KNOWN = Map.of("incidents", "skill/incident-management", "alerts",
			"skill/system-monitoring", "trains", "skill/instructing", "communicate", "competency/communication", "lead",
			"competency/leadership", "conflict", "competency/stakeholder-relationship-management", "form 700",
			"knowledge/organisational-policies-and-regulations", "lift", "ability/static-strength", "sitting",
			"ability/selective-attention");

	private static final Function<String, Resolution> MATCHER = phrase -> KNOWN.entrySet().stream()
		.filter(e -> phrase.toLowerCase().contains(e.getKey()))
		.findFirst()
		.map(e -> new Resolution(new Match(e.getValue(), e.getValue(), "semantic", 0.8, "test"), List.of(), false))
		.orElse(new Resolution(null, List.of(), false));

	private static List<Passage> passages() {
		return UnmatchedDrafts.passages(STATEMENT);
	}

	private static Passage passage(String start) {
		return UnmatchedDrafts.passage(STATEMENT, start);
	}

	private static DraftProfile draft() {
		return new DraftBuilder(RULES, new Cues(RULES, ProficiencyScale.load()), MATCHER, 0.66, id -> false)
			.build("duty-statement.txt", Outline.of(STATEMENT, RULES));
	}

	private static List<Requirement> requirements() {
		Job job = draft().jobs().getFirst();
		return job.requirements();
	}

	@Test
	void aPercentageOfTimeIsTheDutysListMarkerAndItsColumnHeadingsNoHeading() {
		assertThat(passages()).extracting(Passage::text)
			.contains("Administers the department's Windows servers.", "Monitors servers and storage and responds to alerts.")
			.noneMatch(text -> text.matches("^\\d+%.*"));
		// Each duty in "Essential Functions", not under its percentage ("Essential Functions / 30%") nor under the
		// broken column headings ("Percentage Duties of Time").
		assertThat(passage("Administers").section()).isEqualTo("Essential Functions");
		assertThat(passage("Monitors servers").section()).isEqualTo("Essential Functions");
		assertThat(passage("Monitors servers").sectionKind()).isEqualTo("duties");
		assertThat(passage("Implements security controls").section()).isEqualTo("Essential Functions");
	}

	@Test
	void marginalFunctionsAreDesirableDutiesAndTheAbilitiesAfterThemEssential() {
		assertThat(passage("Trains Service Desk staff").section()).isEqualTo("Marginal Functions");
		assertThat(requirements()).filteredOn(r -> r.provenance().text().startsWith("Trains Service Desk staff"))
			.extracting(Requirement::capability, Requirement::priority, Requirement::derivedFromDuty)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("skill/instructing", "desirable", true));
		assertThat(requirements()).filteredOn(r -> r.provenance().text().startsWith("Resolves incidents"))
			.extracting(Requirement::priority).containsExactly("essential");
		// "Knowledge and Abilities" is a section beside the marginal functions: their priority ends.
		assertThat(requirements()).filteredOn(r -> r.provenance().text().startsWith("Communicate effectively"))
			.extracting(Requirement::priority).containsExactly("essential");
	}

	@Test
	void aWeighedDutyEndingInAColonIntroducesItsSubListAndAsksForNothingOfItsOwn() {
		assertThat(passages()).extracting(Passage::text).noneMatch(text -> text.startsWith("Serves as the lead"));
		assertThat(passage("Configuring nightly backup jobs").intro())
			.isEqualTo("Serves as the lead for backups, including");
		assertThat(requirements()).extracting(Requirement::capability).doesNotContain("competency/leadership");
	}

	@Test
	void sittingIsTheWorkplacesPostureAndLiftingAStrengthAskedFor() {
		assertThat(draft().extraction().boilerplate())
			.filteredOn(left -> left.text().startsWith("Requires sitting"))
			.extracting(LeftOut::reason).containsExactly("working posture");
		assertThat(requirements()).extracting(Requirement::capability)
			.contains("ability/static-strength").doesNotContain("ability/selective-attention");
	}

	@Test
	void theConflictOfInterestFilingIsATermOfEmploymentNotARequirement() {
		assertThat(draft().extraction().boilerplate())
			.filteredOn(left -> left.text().contains("Conflict of Interest Code") || left.text().contains("Form 700"))
			.extracting(LeftOut::reason).containsExactly("terms of employment", "terms of employment");
		assertThat(requirements()).extracting(Requirement::capability)
			.doesNotContain("competency/stakeholder-relationship-management", "knowledge/organisational-policies-and-regulations");
	}

}
