package org.competencygraph.linking;

import java.util.List;

import org.competencygraph.linking.CapabilityMatcher.Concept;
import org.competencygraph.linking.CapabilityMatcher.Link;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CapabilityMatcherTests {

	private final CapabilityMatcher matcher = new CapabilityMatcher(LinkingRules.load().sameAs());

	@Test
	void aSharedExternalIdIsTheStrongestLink() {
		Concept seed = concept("skill/critical-thinking", "Skill", "Critical Thinking", List.of(), "onet:2.A.2.a");
		Concept onet = standard("onet:2.A.2.a", "Skill", "Critical Thinking", List.of(), "onet", "onet:2.A.2.a");
		assertThat(this.matcher.match(List.of(seed), List.of(onet))).singleElement()
			.isEqualTo(new Link("skill/critical-thinking", "onet:2.A.2.a", "onet", "external-id", 1.0));
	}

	@Test
	void namesMatchRegardlessOfCaseAndPunctuation() {
		Concept seed = concept("competency/self-confidence", "Competency", "Self Confidence", List.of());
		Concept onet = standard("onet:1.D.1.g", "Competency", "Self-Confidence", List.of(), "onet");
		Concept esco = standard("esco:x", "KnowledgeArea", "self confidence", List.of(), "esco");
		assertThat(this.matcher.match(List.of(seed), List.of(onet, esco))).containsExactly(
				new Link("competency/self-confidence", "esco:x", "esco", "exact-name", 0.75),
				new Link("competency/self-confidence", "onet:1.D.1.g", "onet", "exact-name", 0.9));
	}

	@Test
	void aliasMatchesAreKeptOnlyWhereTheFrameworkHasNoStrongerOne() {
		Concept seed = concept("skill/project-management", "Skill", "Project Management", List.of("PM"));
		Concept exact = standard("esco:a", "KnowledgeArea", "project management", List.of(), "esco");
		Concept alias = standard("esco:b", "KnowledgeArea", "project commissioning", List.of("project management"),
				"esco");
		Concept onetAlias = standard("onet:c", "Skill", "Managing projects", List.of("Project management"), "onet");
		assertThat(this.matcher.match(List.of(seed), List.of(exact, alias, onetAlias)))
			.extracting(Link::to, Link::method)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("esco:a", "exact-name"),
					org.assertj.core.groups.Tuple.tuple("onet:c", "alias"));
	}

	@Test
	void shortNamesNeverMatchByAlias() {
		Concept seed = concept("skill/c", "Skill", "C programming", List.of("C"));
		Concept technology = standard("onet:tech:c", "Skill", "C", List.of(), "onet");
		assertThat(this.matcher.match(List.of(seed), List.of(technology))).isEmpty();
	}

	private static Concept concept(String id, String kind, String name, List<String> aliases, String... externalIds) {
		return new Concept(id, kind, name, aliases, List.of(externalIds), null);
	}

	private static Concept standard(String id, String kind, String name, List<String> aliases, String framework,
			String... externalIds) {
		return new Concept(id, kind, name, aliases, List.of(externalIds), framework);
	}

}
