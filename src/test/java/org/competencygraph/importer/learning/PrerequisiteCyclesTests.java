package org.competencygraph.importer.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.importer.learning.PrerequisiteCycles.Node;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrerequisiteCyclesTests {

	@Test
	void aChainOfResourcesIsNoCycle() {
		var cycles = new PrerequisiteCycles(List.of(node("a", Map.of(), Map.of(), Set.of("b")),
				node("b", Map.of(), Map.of(), Set.of("c")), node("c", Map.of(), Map.of(), Set.of())));
		assertThat(cycles.cycles(List.of("a", "b", "c"), 10)).isEmpty();
	}

	@Test
	void resourcesRequiringEachOtherInACircleAreOneCycleNamedInOrder() {
		var cycles = new PrerequisiteCycles(List.of(node("a", Map.of(), Map.of(), Set.of("b")),
				node("b", Map.of(), Map.of(), Set.of("c")), node("c", Map.of(), Map.of(), Set.of("a"))));
		assertThat(cycles.cycles(List.of("a", "b", "c"), 10)).containsExactly(
				"a -> b (a requires resource b) -> c (b requires resource c) -> a (c requires resource a)");
	}

	@Test
	void aCapabilityOnlyTheRequiringSideTeachesClosesACycle() {
		// b requires skill/x at 3, which only a teaches; a requires b.
		var cycles = new PrerequisiteCycles(List.of(node("a", levels("skill/x", 4), Map.of(), Set.of("b")),
				node("b", Map.of(), levels("skill/x", 3), Set.of())));
		assertThat(cycles.cycles(List.of("a", "b"), 10)).containsExactly(
				"a -> b (a requires resource b) -> a (b requires capability skill/x at level 3, which only a teaches)");
	}

	@Test
	void anotherTeacherOrALowerLevelBreaksTheCycle() {
		// c teaches skill/x at 3 without prerequisites: b can be taken after c, then a.
		var withAlternative = new PrerequisiteCycles(List.of(node("a", levels("skill/x", 4), Map.of(), Set.of("b")),
				node("b", Map.of(), levels("skill/x", 3), Set.of()), node("c", levels("skill/x", 3), Map.of(), Set.of())));
		assertThat(withAlternative.cycles(List.of("a", "b", "c"), 10)).isEmpty();
		// A resource that requires a capability at a lower level than it teaches is a progression, not a cycle.
		var progression = new PrerequisiteCycles(List.of(node("a", levels("skill/x", 4), levels("skill/x", 2), Set.of()),
				node("b", levels("skill/x", 2), Map.of(), Set.of())));
		assertThat(progression.cycles(List.of("a", "b"), 10)).isEmpty();
	}

	@Test
	void aResourceRequiringWhatOnlyItTeachesIsACycleOfOne() {
		var cycles = new PrerequisiteCycles(List.of(node("a", levels("skill/x", 3), levels("skill/x", 3), Set.of())));
		assertThat(cycles.cycles(List.of("a"), 10))
			.containsExactly("a -> a (a requires capability skill/x at level 3, which only a teaches)");
	}

	@Test
	void aCapabilityNoResourceTeachesComesFromElsewhere() {
		var cycles = new PrerequisiteCycles(List.of(node("a", Map.of(), levels("experience/supervisory", null),
				Set.of())));
		assertThat(cycles.cycles(List.of("a"), 10)).isEmpty();
	}

	@Test
	void resourcesStuckBehindACycleAreNotReportedAsCyclesOfTheirOwn() {
		var cycles = new PrerequisiteCycles(List.of(node("d", Map.of(), Map.of(), Set.of("a")),
				node("a", Map.of(), Map.of(), Set.of("b")), node("b", Map.of(), Map.of(), Set.of("a"))));
		assertThat(cycles.cycles(List.of("d", "a", "b"), 10))
			.containsExactly("a -> b (a requires resource b) -> a (b requires resource a)");
	}

	private static Node node(String id, Map<String, @Nullable Integer> teaches,
			Map<String, @Nullable Integer> requires, Set<String> resources) {
		return new Node(id, teaches, requires, resources);
	}

	private static Map<String, @Nullable Integer> levels(String capability, @Nullable Integer level) {
		Map<String, @Nullable Integer> levels = new HashMap<>();
		levels.put(capability, level);
		return levels;
	}

}
