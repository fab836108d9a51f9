package org.competencygraph.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The order in which to learn capabilities when no resource teaches them. Each capability is learned a level at a
 * time, from the level above the one held (1 when not held) to the level required (one step when no level is
 * required). Level l of a capability comes after its level l-1, and after each of its prerequisites at level
 * min(l, the level the prerequisite is needed at) when that level is still to be learned; prerequisites are given
 * by the caller (ESCO's "essential" skill-to-skill relations, broader skills). Items are layered: an item's step is
 * one more than the latest step of what it comes after. A prerequisite cycle is broken at the item with the lowest
 * level, then name, and the explanation says so.
 */
final class LearningOrder {

	/**
	 * A capability to learn.
	 *
	 * @param from the level held, null when not held
	 * @param to the level required, null when any level does
	 */
	record Item(String key, String name, @Nullable Double from, @Nullable Double to, boolean essential) {
	}

	/** {@code before} is to be learned before {@code after}, for the reason given. */
	record Edge(String before, String after, String reason) {
	}

	/**
	 * One level of one capability in the order.
	 *
	 * @param level the level to reach in this step, null when no level is required
	 * @param after the keys of the other capabilities this comes after
	 */
	record Step(int step, Item item, @Nullable Double level, List<String> after, String explanation) {
	}

	private record Node(Item item, @Nullable Double level, int index) {
	}

	private LearningOrder() {
	}

	static List<Step> of(List<Item> items, List<Edge> edges) {
		Map<String, List<Node>> levels = new LinkedHashMap<>();
		List<Node> nodes = new ArrayList<>();
		for (Item item : items) {
			List<Node> own = new ArrayList<>();
			for (Double level : levels(item)) {
				Node node = new Node(item, level, nodes.size());
				nodes.add(node);
				own.add(node);
			}
			levels.put(item.key(), own);
		}
		Map<Integer, Map<Integer, String>> before = new HashMap<>();
		for (List<Node> own : levels.values()) {
			for (int i = 1; i < own.size(); i++) {
				before.computeIfAbsent(own.get(i).index(), k -> new LinkedHashMap<>()).put(own.get(i - 1).index(), "");
			}
		}
		for (Edge edge : edges) {
			List<Node> prerequisite = levels.get(edge.before());
			List<Node> dependent = levels.get(edge.after());
			if (prerequisite == null || dependent == null || edge.before().equals(edge.after())) {
				continue;
			}
			for (Node node : dependent) {
				Node required = levelFor(prerequisite, node.level());
				if (required != null) {
					before.computeIfAbsent(node.index(), k -> new LinkedHashMap<>()).putIfAbsent(required.index(),
							edge.reason());
				}
			}
		}
		return layer(nodes, before);
	}

	/**
	 * The prerequisite's node to learn before a level l: its highest level at or below l (a missing level counts as
	 * 1); none when all its levels still to learn are above l (it is held at l already).
	 */
	private static @Nullable Node levelFor(List<Node> prerequisite, @Nullable Double level) {
		Node chosen = null;
		for (Node node : prerequisite) {
			if (effective(node.level()) <= effective(level)) {
				chosen = node;
			}
		}
		return chosen;
	}

	private static double effective(@Nullable Double level) {
		return level == null ? 1 : level;
	}

	private static List<Double> levels(Item item) {
		List<Double> levels = new ArrayList<>();
		if (item.to() != null) {
			int start = item.from() == null ? 1 : (int) Math.floor(item.from()) + 1;
			for (int level = start; level <= Math.ceil(item.to()); level++) {
				levels.add(level == Math.ceil(item.to()) ? item.to() : level);
			}
		}
		if (levels.isEmpty()) {
			levels.add(item.to());
		}
		return levels;
	}

	private static List<Step> layer(List<Node> nodes, Map<Integer, Map<Integer, String>> before) {
		int[] step = new int[nodes.size()];
		Set<Integer> left = new LinkedHashSet<>();
		for (Node node : nodes) {
			left.add(node.index());
		}
		Set<Integer> brokenAt = new LinkedHashSet<>();
		List<Step> steps = new ArrayList<>();
		Comparator<Node> order = Comparator.comparing((Node n) -> n.level() == null ? 0 : n.level())
			.thenComparing(n -> n.item().name())
			.thenComparing(n -> n.item().key());
		while (!left.isEmpty()) {
			List<Node> ready = left.stream()
				.map(nodes::get)
				.filter(n -> before.getOrDefault(n.index(), Map.of()).keySet().stream().noneMatch(left::contains))
				.toList();
			if (ready.isEmpty()) {
				Node cut = left.stream().map(nodes::get).min(order).orElseThrow();
				brokenAt.add(cut.index());
				ready = List.of(cut);
			}
			for (Node node : ready) {
				int latest = 0;
				for (int b : before.getOrDefault(node.index(), Map.of()).keySet()) {
					if (!left.contains(b)) {
						latest = Math.max(latest, step[b]);
					}
				}
				step[node.index()] = latest + 1;
			}
			ready.forEach(n -> left.remove(n.index()));
		}
		for (Node node : nodes) {
			steps.add(step(node, step[node.index()], before.getOrDefault(node.index(), Map.of()), nodes,
					brokenAt.contains(node.index())));
		}
		steps.sort(Comparator.comparingInt(Step::step)
			.thenComparing(s -> !s.item().essential())
			.thenComparing(s -> s.item().name())
			.thenComparing(s -> s.level() == null ? 0 : s.level()));
		return List.copyOf(steps);
	}

	private static Step step(Node node, int step, Map<Integer, String> before, List<Node> nodes, boolean broken) {
		List<String> after = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		before.forEach((b, reason) -> {
			Node prerequisite = nodes.get(b);
			if (!prerequisite.item().key().equals(node.item().key())) {
				after.add(prerequisite.item().key());
				reasons.add("'" + prerequisite.item().name() + "'" + levelText(prerequisite.level()) + " first ("
						+ reason + ")");
			}
		});
		String text = node.level() == null ? "Learn '" + node.item().name() + "' (no level required)"
				: "Reach level " + org.competencygraph.analysis.Format.number(node.level()) + " of '"
						+ node.item().name() + "'";
		if (node.level() != null && node.item().from() != null && node.level() > node.item().from() + 1) {
			text += ", after the level below it";
		}
		else if (node.level() != null && node.level() > 1 && node.item().from() == null
				&& node.level() > firstLevel(node.item())) {
			text += ", after the level below it";
		}
		if (!reasons.isEmpty()) {
			text += "; " + String.join("; ", reasons);
		}
		if (broken) {
			text += "; in a prerequisite cycle, taken first by level, then name";
		}
		return new Step(step, node.item(), node.level(), List.copyOf(new LinkedHashSet<>(after)), text + ".");
	}

	private static double firstLevel(Item item) {
		return item.from() == null ? 1 : Math.floor(item.from()) + 1;
	}

	private static String levelText(@Nullable Double level) {
		return level == null ? "" : " to level " + org.competencygraph.analysis.Format.number(level);
	}

}
