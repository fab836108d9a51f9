package org.competencygraph.importer.profile;

import java.util.List;
import java.util.Map;

import org.competencygraph.GraphFixtures;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.competencygraph.importer.ProficiencyScale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class JobProfileReaderTests {

	private final JobProfileReader reader = new JobProfileReader(ProficiencyScale.load());

	private static final String HEADER = """
			format: competency-graph/job-profile@1
			source: {document: doc.txt}
			""";

	@Test
	void readsTheShippedExampleWithInheritanceAndOverride() {
		JobProfilePlan plan = this.reader.read("service-desk.yaml", GraphFixtures.read(GraphFixtures.SERVICE_DESK));

		assertThat(plan.jobs()).extracting(ProfileJobRow::id)
			.containsExactly("example-org/service-desk-analyst", "example-org/senior-service-desk-analyst");
		Map<String, Object> seniorItil = requirement(plan, "example-org/senior-service-desk-analyst",
				"certification/itil-foundation");
		assertThat(seniorItil).containsEntry("priority", "essential").doesNotContainKey("inheritedFrom");
		Map<String, Object> seniorTroubleshooting = requirement(plan, "example-org/senior-service-desk-analyst",
				"skill/troubleshooting");
		assertThat(seniorTroubleshooting).containsEntry("inheritedFrom", "example-org/service-desk-analyst")
			.containsEntry("level", 2.0)
			.containsEntry("levelText", "basic");
		assertThat(requirement(plan, "example-org/service-desk-analyst", "certification/itil-foundation"))
			.containsEntry("priority", "desirable");
		assertThat(plan.careerLinks()).singleElement()
			.satisfies(link -> assertThat(link.toId()).isEqualTo("example-org/senior-service-desk-analyst"));
	}

	@Test
	void inheritanceIsTransitiveAndKeepsTheJobThatStatesTheRequirement() {
		JobProfilePlan plan = this.reader.read("levels.yaml", HEADER + """
				jobs:
				  - id: l3
				    title: Level 3
				    organization: Org
				    includesRequirementsOf: l2
				  - id: l2
				    title: Level 2
				    organization: Org
				    includesRequirementsOf: l1
				  - id: l1
				    title: Level 1
				    organization: Org
				    requirements:
				      - capability: {id: skill/a, kind: Skill, name: A}
				        priority: essential
				        provenance: {section: S, text: T}
				""");

		assertThat(requirement(plan, "l3", "skill/a")).containsEntry("inheritedFrom", "l1");
		assertThat(requirement(plan, "l2", "skill/a")).containsEntry("inheritedFrom", "l1");
		assertThat(requirement(plan, "l1", "skill/a")).doesNotContainKey("inheritedFrom");
	}

	@Test
	void mapsLevelWordsOntoTheProficiencyScale() {
		JobProfilePlan plan = this.reader.read("words.yaml", HEADER + """
				jobs:
				  - id: j
				    title: J
				    organization: Org
				    requirements:
				      - capability: {id: knowledge/a, kind: KnowledgeArea, name: A}
				        priority: essential
				        levelText: Comprehensive
				        provenance: {section: S, text: T}
				      - capability: {id: knowledge/b, kind: KnowledgeArea, name: B}
				        priority: essential
				        levelText: moderate
				        provenance: {section: S, text: T}
				""");

		assertThat(requirement(plan, "j", "knowledge/a")).containsEntry("level", 5.0);
		assertThat(requirement(plan, "j", "knowledge/b")).containsEntry("level", 3.0);
	}

	@Test
	void reportsEveryProblemWithItsFieldPath() {
		assertThatExceptionOfType(InvalidJobProfileException.class).isThrownBy(() -> this.reader.read("bad.yaml", """
				format: competency-graph/job-profile@2
				source: {document: doc.txt}
				jobs:
				  - id: Not An Id
				    organization: Org
				    responsibilityLevel: {level: 9}
				    effectiveDate: yesterday
				    requirements:
				      - capability: {id: skill/a, kind: Talent, name: A}
				        priority: vital
				        level: 8
				        importance: 2
				        levelText: galactic
				        provenance: {section: S}
				      - capability: {id: cert/x, kind: Qualification, name: X}
				        priority: essential
				        provenance: {section: S, text: T}
				""")).satisfies(ex -> {
			assertThat(ex.fileName()).isEqualTo("bad.yaml");
			assertThat(ex.problems()).contains("format: must be 'competency-graph/job-profile@1', was 'competency-graph/job-profile@2'",
					"jobs[0].title: is required",
					"jobs[0].responsibilityLevel.level: must be a whole number from 1 to 7, was 9",
					"jobs[0].effectiveDate: must be YYYY-MM-DD, YYYY-MM or YYYY, was 'yesterday'",
					"jobs[0].requirements[0].priority: must be essential or desirable, was 'vital'",
					"jobs[0].requirements[0].level: must be from 0 to 7 on the proficiency scale, was 8",
					"jobs[0].requirements[0].importance: must be from 0 to 1, was 2",
					"jobs[0].requirements[0].provenance.text: is required: the verbatim source text");
			assertThat(ex.problems()).anyMatch(p -> p.startsWith("jobs[0].id: 'Not An Id' is not a valid id"))
				.anyMatch(p -> p.startsWith("jobs[0].requirements[0].capability.kind: must be one of Ability, "))
				.contains("jobs[0].requirements[1].capability.qualificationType: is required when kind is Qualification: "
						+ "one of certification, degree, experience, licence, other, qualification-level");
			assertThat(ex.getMessage()).startsWith("bad.yaml was not imported, nothing was changed: ");
		});
	}

	@Test
	void namesLineAndColumnOfSyntaxErrorsAndUnknownFields() {
		assertThatExceptionOfType(InvalidJobProfileException.class)
			.isThrownBy(() -> this.reader.read("syntax.yaml", HEADER + "jobs:\n  - id: a\n    title: \"unclosed\n"))
			.satisfies(ex -> assertThat(ex.problems()).singleElement().asString().contains("line "));
		// Every problem at once: the misspelt field, and the title it leaves missing.
		assertThatExceptionOfType(InvalidJobProfileException.class)
			.isThrownBy(() -> this.reader.read("typo.yaml", HEADER + "jobs:\n  - id: a\n    titel: A\n    organization: O\n"))
			.satisfies(ex -> assertThat(ex.problems()).hasSize(2)
				.anySatisfy(problem -> assertThat(problem)
					.startsWith("jobs[0].titel: unknown field 'titel', expected one of aliases, code, ")
					.doesNotContain("java."))
				.contains("jobs[0].title: is required"));
		assertThatExceptionOfType(InvalidJobProfileException.class)
			.isThrownBy(() -> this.reader.read("type.yaml", HEADER
					+ "jobs:\n  - id: a\n    title: A\n    organization: O\n    detailedProfile: [1]\n"))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.asString()
				.contains("jobs[0].detailedProfile")
				.contains("expected true or false"));
	}

	@Test
	void rejectsDuplicatesCyclesAndUnknownInclusions() {
		assertThatExceptionOfType(InvalidJobProfileException.class).isThrownBy(() -> this.reader.read("dup.yaml", HEADER + """
				jobs:
				  - id: a
				    title: A
				    organization: Org
				    includesRequirementsOf: b
				    requirements:
				      - {capability: {id: skill/x, kind: Skill, name: X}, priority: essential, provenance: {section: S, text: T}}
				      - {capability: skill/x, priority: desirable, provenance: {section: S, text: T}}
				    progressesTo: [{job: a}]
				  - id: b
				    title: B
				    organization: Org
				    includesRequirementsOf: a
				  - id: a
				    title: A again
				    organization: Org
				    includesRequirementsOf: nowhere
				""")).satisfies(ex -> assertThat(ex.problems()).contains("jobs[2].id: 'a' is already used by jobs[0]",
				"jobs[0].requirements[1].capability: 'skill/x' is already required by this job; a job lists each capability once",
				"jobs[0].progressesTo[0].job: a job cannot progress to itself")
			.anyMatch(p -> p.contains("inclusion must not go round in a circle")));
	}

	@Test
	void rejectsAnEmptyFile() {
		assertThatExceptionOfType(InvalidJobProfileException.class).isThrownBy(() -> this.reader.read("empty.yaml", ""))
			.satisfies(ex -> assertThat(ex.problems()).isNotEmpty());
	}

	@Test
	void aFieldWithoutAValueIsAsIfItWereNotThere() {
		JobProfilePlan plan = this.reader.read("empty-fields.yaml", HEADER + """
				jobs:
				  - id: j
				    title: J
				    organization: Org
				    grade:
				    aliases: null
				""");
		assertThat(plan.jobs()).singleElement()
			.satisfies(job -> assertThat(job.properties()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("grade", null)
				.containsEntry("aliases", List.of()));
		assertThatExceptionOfType(InvalidJobProfileException.class)
			.isThrownBy(() -> this.reader.read("no-title.yaml", HEADER + "jobs: [{id: j, title: , organization: Org}]\n"))
			.satisfies(ex -> assertThat(ex.problems()).containsExactly("jobs[0].title: is required"));
	}

	@Test
	void aJsonFileMayNameItsSchemaForEditors() {
		JobProfilePlan plan = this.reader.read("named.json", """
				{"$schema": "../src/main/resources/schemas/job-profile.schema.json",
				 "format": "competency-graph/job-profile@1", "source": {"document": "doc.txt"},
				 "jobs": [{"id": "j", "title": "J", "organization": "Org"}]}
				""");
		assertThat(plan.jobs()).extracting(ProfileJobRow::id).containsExactly("j");
	}

	@Test
	void codesAndGradesWrittenAsNumbersAreKeptAsText() {
		JobProfilePlan plan = this.reader.read("numbers.yaml", HEADER + """
				jobs:
				  - id: j
				    title: J
				    organization: Org
				    grade: 4
				    code: 440.3
				    effectiveDate: 2019
				""");
		assertThat(plan.jobs().getFirst().properties()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("grade", "4")
			.containsEntry("code", "440.3")
			.containsEntry("effectiveDate", "2019");
	}

	@Test
	void checksWhatTheSchemaCannotAlongsideWhatItCan() {
		assertThatExceptionOfType(InvalidJobProfileException.class).isThrownBy(() -> this.reader.read("both.yaml", HEADER + """
				capabilities:
				  - {id: skill/a, kind: Skill, name: A}
				jobs:
				  - id: j
				    title: J
				    organization: Org
				    department: 7
				    requirements:
				      - capability: {id: skill/a, kind: Ability, name: A}
				        priority: essential
				        provenance: {section: S, text: T}
				      - capability: knowledge/b
				        priority: essential
				        levelText: galactic
				        provenance: {section: S, text: T}
				      - capability: knowledge/c
				        priority: essential
				        levelText: 3+ years
				        provenance: {section: S, text: T}
				""")).satisfies(ex -> assertThat(ex.problems()).hasSize(3)
			.contains("jobs[0].department: expected a text value, found 7",
					"jobs[0].requirements[0].capability.kind: capability 'skill/a' is defined as Skill elsewhere in this file")
			.anySatisfy(p -> assertThat(p).startsWith("jobs[0].requirements[1].levelText: 'galactic' is not a word of the "
					+ "proficiency scale; give level (0-7) too, or use one of [")));
	}

	@Test
	void anInlineCapabilityOfTheWrongShapeIsReportedByTheSchemaAlone() {
		assertThatExceptionOfType(InvalidJobProfileException.class).isThrownBy(() -> this.reader.read("inline.yaml", HEADER + """
				jobs:
				  - id: j
				    title: J
				    organization: Org
				    requirements:
				      - capability: {id: skill/a, kind: Skill, name: A, aliases: fault finding}
				        priority: essential
				        provenance: {section: S, text: T}
				""")).satisfies(ex -> assertThat(ex.problems())
			.containsExactly("jobs[0].requirements[0].capability.aliases: expected a list, found 'fault finding'"));
	}

	@Test
	void keepsTheParserLimits() {
		// Many short lines: one 3 MB scalar would take the parser seconds to reach the limit.
		String large = HEADER + ("# " + "x".repeat(97) + "\n").repeat(32 * 1024) + "jobs: [{id: j, title: J, organization: Org}]\n";
		assertThatExceptionOfType(InvalidJobProfileException.class).isThrownBy(() -> this.reader.read("large.yaml", large))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.asString()
				.endsWith("the file is too large: at most 3145728 characters"));
		String deep = HEADER + "jobs: " + "[".repeat(600) + "]".repeat(600) + "\n";
		assertThatExceptionOfType(InvalidJobProfileException.class).isThrownBy(() -> this.reader.read("deep.yaml", deep))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.asString()
				.endsWith("the file is nested more than 500 levels deep"));
		assertThatExceptionOfType(InvalidJobProfileException.class)
			.isThrownBy(() -> this.reader.read("two.yaml", HEADER + "jobs: [{id: j, title: J, organization: Org}]\n---\nx: 1\n"))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.asString()
				.matches("line \\d+, column \\d+: the file holds more than one document; put all jobs into one"));
	}

	@Test
	void reportsAtMostAHundredProblemsAndHowManyMore() {
		StringBuilder file = new StringBuilder(HEADER + "jobs:\n");
		for (int i = 0; i < 150; i++) {
			file.append("  - {id: j").append(i).append(", organization: Org}\n");
		}
		assertThatExceptionOfType(InvalidJobProfileException.class).isThrownBy(() -> this.reader.read("many.yaml", file.toString()))
			.satisfies(ex -> assertThat(ex.problems()).hasSize(JobProfileReader.MAX_PROBLEMS + 1)
				.startsWith("jobs[0].title: is required")
				.endsWith("and 50 more problems"));
	}

	@Test
	void readsDutiesInTheirOrderAsTextsOrWithTheirSection() {
		JobProfilePlan plan = this.reader.read("duties.yaml", HEADER + """
				jobs:
				  - id: org/engineer
				    title: Engineer
				    organization: Org
				    duties:
				      - Diagnose and resolve   first-line faults.
				      - {text: Maintain the network., section: Key responsibilities / Level 1}
				  - id: org/other
				    title: Other
				    organization: Org
				""");

		assertThat(plan.duties()).extracting(ProfileDutyRow::id, ProfileDutyRow::jobId, ProfileDutyRow::order,
				ProfileDutyRow::text, ProfileDutyRow::section)
			.containsExactly(
					tuple("org/engineer/duty/1", "org/engineer", 0,
							"Diagnose and resolve first-line faults.", null),
					tuple("org/engineer/duty/2", "org/engineer", 1,
							"Maintain the network.", "Key responsibilities / Level 1"));
		assertThat(plan.duties().getFirst().parameters()).extractingByKey("properties")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("kind", "duty")
			.containsEntry("sourceDocument", "doc.txt")
			.containsEntry("section", null);
	}

	@Test
	void dutyProblemsNameTheirFieldPath() {
		StringBuilder tooMany = new StringBuilder();
		for (int i = 0; i < 201; i++) {
			tooMany.append("      - Duty ").append(i).append('\n');
		}
		assertThatExceptionOfType(InvalidJobProfileException.class).isThrownBy(() -> this.reader.read("duties.yaml",
				HEADER + """
						jobs:
						  - id: a
						    title: A
						    organization: Org
						    duties:
						      - "  "
						      - 42
						      - {section: Duties}
						      - {text: T, sectoin: Duties}
						  - id: b
						    title: B
						    organization: Org
						    duties:
						""" + tooMany))
			.satisfies(ex -> assertThat(ex.problems()).containsExactly("jobs[0].duties[0]: must not be blank",
					"jobs[0].duties[1]: expected a text value or a mapping of fields, found 42",
					"jobs[0].duties[2].text: is required: the verbatim text of the duty",
					"jobs[0].duties[3].sectoin: unknown field 'sectoin', expected one of section, text",
					"jobs[1].duties: must list at most 200 entries, has 201"));
	}

	private static Map<String, Object> requirement(JobProfilePlan plan, String jobId, String capabilityId) {
		List<ProfileRequirementRow> matches = plan.requirements()
			.stream()
			.filter(r -> r.jobId().equals(jobId) && r.capabilityId().equals(capabilityId))
			.toList();
		assertThat(matches).as("requirement of %s on %s", capabilityId, jobId).hasSize(1);
		return matches.getFirst().properties();
	}

}
