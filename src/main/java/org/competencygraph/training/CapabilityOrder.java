package org.competencygraph.training;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.training.GapNeeds.ConceptNeed;
import org.competencygraph.training.LearningOrder.Edge;
import org.competencygraph.training.LearningOrder.Item;
import org.competencygraph.training.TrainingPlan.LearningStep;

/**
 * The order to learn the needs no resource teaches ({@link LearningOrder}), with the prerequisites the graph gives
 * among them: ESCO's essential skill-to-skill relations (the essential skill first) and the skill hierarchy (a
 * broader skill, up to {@link #BROADER_DEPTH} BROADER steps above, before the narrower one: the general ground
 * first, then the specialism).
 */
final class CapabilityOrder {

	static final int BROADER_DEPTH = 4;

	private final SkillRelations relations;

	CapabilityOrder(SkillRelations relations) {
		this.relations = relations;
	}

	List<LearningStep> of(RequirementIndex index, List<ConceptNeed> needs) {
		if (needs.isEmpty()) {
			return List.of();
		}
		Map<String, ConceptNeed> byKey = new HashMap<>();
		Map<String, String> keyOfId = new HashMap<>();
		List<Item> items = new ArrayList<>();
		for (ConceptNeed need : needs) {
			byKey.put(need.key(), need);
			items.add(new Item(need.key(), need.first().capability().name(), need.learnFrom(), need.level(),
					need.essential()));
			Arrays.stream(index.conceptMembers(need.concept()))
				.forEach(c -> keyOfId.put(index.capability(c).id(), need.key()));
		}
		List<Edge> edges = new ArrayList<>();
		for (SkillRelations.Essential essential : this.relations.essentialAmong(keyOfId.keySet())) {
			String before = keyOfId.get(essential.prerequisite());
			String after = keyOfId.get(essential.dependent());
			edges.add(new Edge(before, after, "ESCO: essential for '" + byKey.get(after).first().capability().name()
					+ "'"));
		}
		for (ConceptNeed need : needs) {
			for (int ancestor : ancestors(index, need.concept())) {
				ConceptNeed broader = byKey.get(GapNeeds.key(ancestor));
				if (broader != null) {
					edges.add(new Edge(broader.key(), need.key(), "broader than '" + need.first().capability().name()
							+ "': the general ground first"));
				}
			}
		}
		return LearningOrder.of(items, edges)
			.stream()
			.map(step -> {
				ConceptNeed need = byKey.get(step.item().key());
				return new LearningStep(step.step(), need.first().capability(), step.level(), need.first().priority(),
						step.after().stream().map(k -> byKey.get(k).first().capability()).toList(), step.explanation());
			})
			.toList();
	}

	private static Set<Integer> ancestors(RequirementIndex index, int concept) {
		Set<Integer> seen = new HashSet<>();
		Deque<int[]> todo = new ArrayDeque<>();
		todo.add(new int[] { concept, 0 });
		while (!todo.isEmpty()) {
			int[] next = todo.poll();
			if (next[1] == BROADER_DEPTH) {
				continue;
			}
			for (int parent : index.broaderConcepts(next[0])) {
				if (parent != concept && seen.add(parent)) {
					todo.add(new int[] { parent, next[1] + 1 });
				}
			}
		}
		return seen;
	}

}
