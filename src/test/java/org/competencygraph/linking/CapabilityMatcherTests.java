package org.competencygraph.linking;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.linking.CapabilityMatcher.Concept;
import org.competencygraph.linking.CapabilityMatcher.Link;
import org.competencygraph.linking.CapabilityMatcher.LinkType;
import org.competencygraph.linking.OccupationCrosswalk.Profile;
import org.competencygraph.semantic.TextEmbedder;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The link rules of frameworks/linking.yaml on small sets of concepts, with the real sentence model. */
class CapabilityMatcherTests {

	private static final TextEmbedder embedder = new TextEmbedder();

	private final CapabilityMatcher matcher = new CapabilityMatcher(LinkingRules.load().sameAs(),
			new LabelMeanings(embedder::embedAll));

	@Test
	void aSharedExternalIdIsTheStrongestLink() {
		Concept seed = concept("skill/critical-thinking", "Skill", "Critical Thinking", List.of(), null, "onet:2.A.2.a");
		Concept onet = concept("onet:2.A.2.a", "Skill", "Critical Thinking", List.of(), "onet");
		assertThat(this.matcher.match(List.of(seed), List.of(onet), Set.of())).singleElement()
			.satisfies(link -> {
				assertThat(link.type()).isEqualTo(LinkType.SAME_AS);
				assertThat(link.method()).isEqualTo("external-id");
				assertThat(link.score()).isEqualTo(1.0);
				assertThat(link.evidence()).contains("names its id onet:2.A.2.a");
			});
	}

	@Test
	void namesMatchRegardlessOfCaseAndPunctuation() {
		Concept seed = concept("competency/self-confidence", "Competency", "Self Confidence", List.of(), null);
		Concept onet = concept("onet:1.D.1.g", "Competency", "Self-Confidence", List.of(), "onet");
		Concept esco = concept("esco:x", "KnowledgeArea", "self confidence", List.of(), "esco");
		List<Link> links = this.matcher.match(List.of(seed), List.of(onet, esco), Set.of());
		assertThat(links).extracting(Link::to, Link::type, Link::method)
			.containsExactly(tuple("esco:x", LinkType.SAME_AS, "exact-name"),
					tuple("onet:1.D.1.g", LinkType.SAME_AS, "exact-name"));
		// The score is the best signal: the name (0.95 of the same kind, 0.85 of another) or its meaning.
		assertThat(links).allSatisfy(link -> assertThat(link.score()).isGreaterThanOrEqualTo(0.95));
		assertThat(links.getFirst().evidence()).startsWith("same name 'self confidence'; meaning: names 'Self Confidence' ~ 'self confidence' 1.00");
	}

	@Test
	void theSameSkillInOtherWordsIsLinkedByMeaning() {
		Concept seed = concept("skill/troubleshooting", "Skill", "Troubleshooting", List.of(), null);
		Concept same = concept("esco:troubleshoot", "Skill", "troubleshoot", List.of(), "esco");
		Concept unrelated = concept("esco:bake", "Skill", "bake bread", List.of(), "esco");
		assertThat(this.matcher.match(List.of(seed), List.of(same, unrelated), Set.of()))
			.singleElement()
			.satisfies(link -> {
				assertThat(link.to()).isEqualTo("esco:troubleshoot");
				assertThat(link.type()).isEqualTo(LinkType.SAME_AS);
				assertThat(link.method()).isEqualTo("semantic");
				assertThat(link.evidence()).startsWith("meaning: names 'Troubleshooting' ~ 'troubleshoot' 0.9");
			});
	}

	@Test
	void aliasesAndAlternativeLabelsAreComparedByMeaning() {
		// Neither name is close to the other; an alias of the seed and an alternative label of the framework concept
		// mean the same, in other words (so no alias is shared as spelled).
		Concept seed = concept("skill/fault-finding", "Skill", "Fault Finding", List.of("diagnosing problems"), null);
		Concept target = concept("esco:identify-faults", "Skill", "identify faults",
				List.of("diagnose problems with systems"), "esco");
		Concept unrelated = concept("esco:bake", "Skill", "bake bread", List.of("make bread"), "esco");
		assertThat(this.matcher.match(List.of(seed), List.of(target, unrelated), Set.of())).singleElement()
			.satisfies(link -> {
				assertThat(link.to()).isEqualTo("esco:identify-faults");
				assertThat(link.method()).isEqualTo("semantic");
				assertThat(link.evidence())
					.startsWith("meaning: labels 'diagnosing problems' ~ 'diagnose problems with systems' 0.");
			});
	}

	@Test
	void onlyTheBestMeaningIsSameAsAndTheNextAreCloseMatches() {
		Concept seed = concept("skill/troubleshooting", "Skill", "Troubleshooting", List.of(), null);
		Concept verb = concept("esco:troubleshoot", "Skill", "troubleshoot", List.of(), "esco");
		Concept noun = concept("esco:troubleshooting", "Skill", "troubleshooting methods", List.of(), "esco");
		Concept compound = concept("esco:backup", "Skill", "Backup and Restore", List.of(), "esco");
		List<Link> links = this.matcher.match(List.of(seed), List.of(verb, noun, compound), Set.of());
		assertThat(links).extracting(Link::to, Link::type)
			.containsExactly(tuple("esco:troubleshoot", LinkType.SAME_AS),
					tuple("esco:troubleshooting", LinkType.CLOSE_MATCH));
	}

	@Test
	void reviewedPairsAreNeverProposed() {
		Concept seed = concept("skill/troubleshooting", "Skill", "Troubleshooting", List.of(), null);
		Concept same = concept("esco:troubleshoot", "Skill", "troubleshoot", List.of(), "esco");
		assertThat(this.matcher.match(List.of(seed), List.of(same),
				Set.of("skill/troubleshooting\tesco:troubleshoot"))).isEmpty();
	}

	@Test
	void shortNamesNeverMatchByAliasAndQualificationsOnlyMeanQualifications() {
		Concept seed = concept("skill/c", "Qualification", "C", List.of("C"), null);
		Concept technology = concept("onet:tech:c", "Skill", "C", List.of(), "onet");
		Concept other = concept("onet:tech:cobol", "Skill", "COBOL", List.of("C"), "onet");
		assertThat(this.matcher.match(List.of(seed), List.of(technology, other), Set.of()))
			.extracting(Link::to, Link::method)
			.containsExactly(tuple("onet:tech:c", "exact-name"));
	}

	@Test
	void theRequirementsOfTheClosestOccupationsLetAWeakerMeaningLink() {
		// "Decision Making" ~ "Judgment and Decision Making": labels 0.73, descriptions 0.48, a score of 0.61, below
		// the 0.7 of a link by meaning alone; an O*NET occupation closest to the job requiring it rates it important.
		Concept seed = described("competency/decision-making", "Competency", "Decision Making",
				"Makes key decisions with enterprise-wide or strategic impact and builds support for them.", null);
		Concept onet = described("onet:2.B.4.e", "Skill", "Judgment and Decision Making",
				"Considering the relative costs and benefits of potential actions to choose the most appropriate one.",
				"onet");
		assertThat(this.matcher.match(List.of(seed), List.of(onet), Set.of())).isEmpty();

		RequirementContext context = context("competency/decision-making", Map.of("onet:2.B.4.e", 0.7));
		assertThat(this.matcher.match(List.of(seed), List.of(onet), Set.of(), context)).singleElement()
			.satisfies(link -> {
				assertThat(link.type()).isEqualTo(LinkType.CLOSE_MATCH);
				assertThat(link.method()).isEqualTo("semantic");
				assertThat(link.score()).isBetween(0.6, 0.7);
				assertThat(link.evidence()).startsWith("meaning: names 'Decision Making' ~ 'Judgment and Decision Making' 0.7")
					.endsWith("; context 0.70: required by 1 of the 1 closest occupations of the jobs requiring it"
							+ " (Computer and Information Systems Managers 0.70)");
			});

		// Rated below average by the closest occupation, the same pair is not linked.
		assertThat(this.matcher.match(List.of(seed), List.of(onet), Set.of(),
				context("competency/decision-making", Map.of("onet:2.B.4.e", 0.3)))).isEmpty();
	}

	@Test
	void anOnetLabelNeighbourNoClosestOccupationRequiresIsNotLinked() {
		Concept seed = described("skill/project-management", "Skill", "Project Management",
				"Planning, managing and delivering projects, including allocation of resources and responsibility",
				null);
		Concept software = concept("onet:tech:project-management-software", "Skill", "Project management software",
				List.of(), "onet");
		assertThat(this.matcher.match(List.of(seed), List.of(software), Set.of())).singleElement()
			.extracting(Link::type).isEqualTo(LinkType.CLOSE_MATCH);
		assertThat(this.matcher.match(List.of(seed), List.of(software), Set.of(),
				context("skill/project-management", Map.of("onet:2.B.4.e", 0.7)))).isEmpty();
		// Where the closest occupation requires it, the link stands.
		assertThat(this.matcher.match(List.of(seed), List.of(software), Set.of(),
				context("skill/project-management", Map.of("onet:tech:project-management-software", 0.5))))
			.singleElement().extracting(Link::to).isEqualTo("onet:tech:project-management-software");
	}

	@Test
	void theConceptTheJobsSentencesFitLinksOnAWeakerMeaning() {
		// The seed's system monitoring and ESCO's "monitor system performance": labels 0.72, descriptions below them,
		// a score under the 0.7 of a link by meaning alone; the label neighbour "analyse own performance" (0.80) is
		// about a performer's own work. The job asks to "Monitor performance and make recommendations".
		Concept seed = described("skill/system-monitoring", "Skill", "IT Systems Monitoring and Reporting",
				List.of("system monitoring", "performance monitoring"), List.of(), "Monitoring hardware, software,"
						+ " network and cloud systems with management tools, collecting performance statistics and"
						+ " reporting on them.",
				null);
		Concept right = described("esco:monitor-system-performance", "Skill", "monitor system performance",
				"Measure system reliability and performance before, during and after component integration and during"
						+ " system operation and maintenance. Select and use performance monitoring tools and techniques,"
						+ " such as special software.",
				"esco");
		Concept neighbour = described("esco:analyse-own-performance", "Skill", "analyse own performance",
				"Understand, analyse and describe your own performance. Contextualize your work in one or various styles,"
						+ " trends, evolution, etc. Self-evaluate your work in rehearsals and performances.",
				"esco");
		List<Concept> targets = List.of(right, neighbour);
		assertThat(this.matcher.match(List.of(seed), targets, Set.of(), RequirementContext.NONE)).isEmpty();

		CapabilityUsage usage = usage("skill/system-monitoring", "Monitor performance and make recommendations");
		assertThat(this.matcher.match(List.of(seed), targets, Set.of(), RequirementContext.NONE, usage))
			.singleElement()
			.satisfies(link -> {
				assertThat(link.to()).isEqualTo("esco:monitor-system-performance");
				assertThat(link.type()).isEqualTo(LinkType.CLOSE_MATCH);
				assertThat(link.score()).isBetween(0.6, 0.7);
				assertThat(link.evidence()).endsWith(
						"; usage: 'Monitor performance and make recommendations' ~ 'monitor system performance' 0.80");
			});
		// A sentence about something else gives the weaker meaning nothing.
		assertThat(this.matcher.match(List.of(seed), targets, Set.of(), RequirementContext.NONE,
				usage("skill/system-monitoring", "Bake bread and pastries for the morning shift"))).isEmpty();
	}

	@Test
	void aLabelNeighbourTheJobsSentencesFitClearlyWorseIsNotLinked() {
		// The seed names O*NET's Systems Evaluation by id; Systems Analysis is its neighbour in words (labels 0.74,
		// descriptions 0.70) and links as CLOSE_MATCH by meaning, unless the job's sentence says which is meant.
		Concept seed = described("skill/systems-evaluation", "Skill", "Systems Evaluation", List.of(),
				List.of("onet:2.B.4.h"), "Identifying measures or indicators of system performance and the actions"
						+ " needed to improve or correct performance, relative to the goals of the system.",
				null);
		Concept evaluation = described("onet:2.B.4.h", "Skill", "Systems Evaluation",
				"Identifying measures or indicators of system performance and the actions needed to improve or correct"
						+ " performance, relative to the goals of the system.",
				"onet");
		Concept analysis = described("onet:2.B.4.g", "Skill", "Systems Analysis",
				"Determining how a system should work and how changes in conditions, operations, and the environment"
						+ " will affect outcomes.",
				"onet");
		List<Concept> targets = List.of(evaluation, analysis);
		assertThat(this.matcher.match(List.of(seed), targets, Set.of(), RequirementContext.NONE))
			.extracting(Link::to, Link::type)
			.containsExactly(tuple("onet:2.B.4.h", LinkType.SAME_AS), tuple("onet:2.B.4.g", LinkType.CLOSE_MATCH));

		CapabilityUsage usage = usage("skill/systems-evaluation",
				"Define and track performance metrics to ensure efficient use of IT resources");
		assertThat(this.matcher.match(List.of(seed), targets, Set.of(), RequirementContext.NONE, usage))
			.extracting(Link::to, Link::type)
			.containsExactly(tuple("onet:2.B.4.h", LinkType.SAME_AS));
	}

	@Test
	void anAliasSpelledAlikeLinksOnlyWhereTheDescriptionsAgree() {
		// ESCO lists "coordination" among the alternative labels of logistics: the same word for the flow of goods,
		// not for adjusting one's actions to others'. "teamwork" of "work in teams" is the same word and the same sense.
		Concept coordination = described("skill/coordination", "Skill", "Coordination",
				"Adjusting actions in relation to others' actions.", null);
		Concept teamwork = described("competency/teamwork", "Competency", "Teamwork", List.of("team working"),
				List.of(), "Works cooperatively with others as part of a team.", null);
		Concept logistics = described("esco:logistics", "KnowledgeArea", "logistics", List.of("coordination"),
				List.of(), "The management of resources such as materials, time and information to control the flow of"
						+ " products between the origin point and the usage point.",
				"esco");
		Concept teams = described("esco:work-in-teams", "Skill", "work in teams", List.of("teamwork"), List.of(),
				"Work confidently within a group in which each individual does their part in the service of the whole.",
				"esco");
		assertThat(this.matcher.match(List.of(coordination, teamwork), List.of(logistics, teams), Set.of()))
			.singleElement()
			.satisfies(link -> {
				assertThat(link.from()).isEqualTo("competency/teamwork");
				assertThat(link.to()).isEqualTo("esco:work-in-teams");
				assertThat(link.method()).isEqualTo("alias");
				assertThat(link.evidence()).startsWith("'teamwork' is a name or alias of both; meaning: ");
			});
	}

	@Test
	void theConceptSeveralClosestCandidatesSitUnderLinksOnAWeakerMeaning() {
		// The seed's Leadership meets ESCO's specific leadership skills, none close enough to link by meaning alone
		// (scores about 0.63); in ESCO's skill hierarchy two of them sit under "lead others", the general skill that
		// Leadership means.
		Concept seed = described("competency/leadership", "Competency", "Leadership",
				"Sets a vision and plan, allocates roles and accountabilities, empowers and coaches team members.", null);
		Concept general = described("esco:lead-others", "Skill", "lead others", List.of("take on a leadership role"),
				List.of(), "Guide and direct others towards a common goal, often in a group or team.", "esco");
		Concept team = described("esco:lead-a-team", "Skill", "lead a team",
				"Lead, supervise and motivate a group of people, in order to meet the expected results within a given"
						+ " timeline and with the foreseen resources in mind.",
				"esco");
		Concept role = described("esco:exert-leadership", "Skill", "exert a goal-oriented leadership role towards colleagues",
				"Embrace a leadership role in the organisation and with colleagues as to provide coaching and direction"
						+ " to subordinates aiming at the achievement of specific objectives.",
				"esco");
		List<Concept> targets = List.of(general, team, role);
		assertThat(this.matcher.match(List.of(seed), targets, Set.of(), RequirementContext.NONE, CapabilityUsage.NONE,
				ConceptHierarchy.NONE)).isEmpty();

		ConceptHierarchy hierarchy = new ConceptHierarchy(
				Map.of("esco:lead-a-team", List.of("esco:lead-others"), "esco:exert-leadership", List.of("esco:lead-others")));
		assertThat(this.matcher.match(List.of(seed), targets, Set.of(), RequirementContext.NONE, CapabilityUsage.NONE,
				hierarchy))
			.singleElement()
			.satisfies(link -> {
				assertThat(link.to()).isEqualTo("esco:lead-others");
				assertThat(link.type()).isEqualTo(LinkType.CLOSE_MATCH);
				assertThat(link.score()).isBetween(0.5, 0.7);
				assertThat(link.evidence()).endsWith("; broader than 2 of the 8 closest candidates"
						+ " ('exert a goal-oriented leadership role towards colleagues', 'lead a team')");
			});
		// One narrower candidate's parent is only its parent.
		assertThat(this.matcher.match(List.of(seed), targets, Set.of(), RequirementContext.NONE, CapabilityUsage.NONE,
				new ConceptHierarchy(Map.of("esco:lead-a-team", List.of("esco:lead-others"))))).isEmpty();
	}

	@Test
	void aSecondConceptBesideTheSameOneLinksOnlyWhereTheWorkCallsForIt() {
		// ESCO's "manage work" (a supervisor's skill) has the alternative label "team work managing", a neighbour in
		// words of the seed's Team Working; "work in teams" is the same concept. No ESCO occupation closest to the job
		// requiring Team Working requires "manage work", so it is not proposed beside the SAME_AS.
		Concept seed = described("competency/teamwork", "Competency", "Team Working", List.of("teamwork"), List.of(),
				"Working effectively as part of a team and contributing to team results.", null);
		Concept teams = described("esco:work-in-teams", "Skill", "work in teams", List.of("teamwork", "team-working"),
				List.of(), "Work confidently within a group with each doing their part in the service of the whole.",
				"esco");
		Concept manage = described("esco:manage-work", "Skill", "manage work",
				List.of("team work managing", "manage team work"), List.of(),
				"Supervise, instruct and plan work for teams or individual members of the team. Set up time schedules"
						+ " and make sure they are followed.",
				"esco");
		List<Concept> targets = List.of(teams, manage);
		assertThat(this.matcher.match(List.of(seed), targets, Set.of(), RequirementContext.NONE))
			.extracting(Link::to, Link::type)
			.containsExactly(tuple("esco:work-in-teams", LinkType.SAME_AS), tuple("esco:manage-work", LinkType.CLOSE_MATCH));

		assertThat(this.matcher.match(List.of(seed), targets, Set.of(),
				context("competency/teamwork", "esco", Map.of("esco:operate-servers", 1.0))))
			.extracting(Link::to, Link::type)
			.containsExactly(tuple("esco:work-in-teams", LinkType.SAME_AS));
		// Where a closest occupation requires it, the second link stands.
		assertThat(this.matcher.match(List.of(seed), targets, Set.of(),
				context("competency/teamwork", "esco", Map.of("esco:manage-work", 1.0))))
			.extracting(Link::to, Link::type)
			.containsExactly(tuple("esco:work-in-teams", LinkType.SAME_AS), tuple("esco:manage-work", LinkType.CLOSE_MATCH));
	}

	private static CapabilityUsage usage(String capability, String sentence) {
		return new CapabilityUsage(Map.of(capability, List.of(sentence)), new LabelMeanings(embedder::embedAll));
	}

	/**
	 * A seed job requiring {@code capability} whose one closest O*NET occupation (by title, the crosswalk without
	 * links) requires {@code requirements}.
	 */
	private static RequirementContext context(String capability, Map<String, Double> requirements) {
		return context(capability, "onet", requirements);
	}

	/** The same, with the closest occupation in {@code framework}. */
	private static RequirementContext context(String capability, String framework, Map<String, Double> requirements) {
		float[] title = embedder.embed("IT Manager");
		Profile job = new Profile("seed/it-manager", "none", "IT Manager", Set.of("it manager"), title, null, null,
				Map.of(capability, 1.0), null, List.of());
		Profile manager = new Profile(framework + ":11-3021.00", framework, "Computer and Information Systems Managers",
				Set.of("computer and information systems managers"),
				embedder.embed("Computer and Information Systems Managers"), null, null, requirements, null, List.of());
		Profile baker = new Profile(framework + ":51-3011.00", framework, "Bakers", Set.of("bakers"), embedder.embed("Bakers"),
				null, null, Map.of("onet:2.B.4.e", 1.0, "onet:tech:project-management-software", 1.0), null, List.of());
		LinkingRules rules = LinkingRules.load();
		return RequirementContext.of(List.of(job, manager, baker),
				new OccupationCrosswalk(rules.crosswalk(), Map.of()),
				new LinkingRules.ContextRules(1, rules.sameAs().context().important(), rules.sameAs().context().support(),
						rules.sameAs().context().label(), rules.sameAs().context().description(),
						rules.sameAs().context().closeMatch(), rules.sameAs().context().veto(),
						rules.sameAs().context().besideSameAs()));
	}

	private static Concept described(String id, String kind, String name, String description, String framework) {
		return described(id, kind, name, List.of(), List.of(), description, framework);
	}

	/** A concept with its name vector and its description vector ("name: description"), as the graph holds them. */
	private static Concept described(String id, String kind, String name, List<String> aliases,
			List<String> externalIds, String description, @Nullable String framework) {
		return new Concept(id, kind, name, aliases, externalIds, framework, embedder.embed(name),
				embedder.embed(name + ": " + description));
	}

	private static Concept concept(String id, String kind, String name, List<String> aliases, String framework,
			String... externalIds) {
		return new Concept(id, kind, name, aliases, List.of(externalIds), framework, embedder.embed(name), null);
	}

}
