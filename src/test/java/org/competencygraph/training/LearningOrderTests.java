package org.competencygraph.training;

import java.util.List;

import org.competencygraph.training.LearningOrder.Edge;
import org.competencygraph.training.LearningOrder.Item;
import org.competencygraph.training.LearningOrder.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The order to learn capabilities without resources: prerequisites first, a level at a time, cycles broken. */
class LearningOrderTests {

	@Test
	void levelsAreLearnedOneAtATimeAndPrerequisitesUpToTheSameLevelFirst() {
		Item networks = new Item("networks", "Networks", null, 3.0, true);
		Item security = new Item("security", "Security", 1.0, 3.0, true);
		List<Step> order = LearningOrder.of(List.of(security, networks),
				List.of(new Edge("networks", "security", "essential")));
		// networks 1, 2, 3; security from 1 (held) to 2 and 3, each after networks at that level.
		assertThat(order).extracting(s -> s.item().key() + "@" + s.level() + ":" + s.step())
			.containsExactly("networks@1.0:1", "networks@2.0:2", "networks@3.0:3", "security@2.0:3",
					"security@3.0:4");
		assertThat(order.get(3).after()).containsExactly("networks");
		assertThat(order.get(4).after()).containsExactly("networks");
		assertThat(order.get(3).explanation())
			.isEqualTo("Reach level 2 of 'Security'; 'Networks' to level 2 first (essential).");
	}

	@Test
	void withoutLevelsOrRelationsEverythingIsOneStepEssentialFirst() {
		List<Step> order = LearningOrder.of(List.of(new Item("b", "B", null, null, false),
				new Item("a", "A", null, null, true)), List.of());
		assertThat(order).extracting(s -> s.item().key() + ":" + s.step()).containsExactly("a:1", "b:1");
		assertThat(order.getFirst().explanation()).isEqualTo("Learn 'A' (no level required).");
	}

	@Test
	void aCycleIsBrokenAndSaid() {
		List<Step> order = LearningOrder.of(List.of(new Item("a", "A", null, null, true),
				new Item("b", "B", null, null, true)), List.of(new Edge("a", "b", "x"), new Edge("b", "a", "y")));
		assertThat(order).extracting(s -> s.item().key() + ":" + s.step()).containsExactly("a:1", "b:2");
		assertThat(order.getFirst().explanation()).endsWith("in a prerequisite cycle, taken first by level, then name.");
	}

}
