package org.competencygraph.importer.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Finds the prerequisite cycles of a catalogue that no order of learning can break. A resource can be taken once
 * every resource it requires can be taken and, for every capability it requires at a level, either no resource of
 * the catalogue teaches the capability at that level (it comes from elsewhere: experience, a degree) or some
 * resource that can be taken does. What can never be taken is stuck in a cycle: through resources
 * ({@code a} requires {@code b} requires {@code a}), or through capabilities ({@code a} requires a capability that
 * only {@code b} teaches, and {@code b} requires {@code a}), a resource requiring what only it teaches included.
 */
final class PrerequisiteCycles {

	/**
	 * One resource's prerequisites and teachings.
	 *
	 * @param teaches capability id to the level taught (null: unspecified, taken as any level)
	 * @param requiresCapabilities capability id to the level required (null: any level)
	 * @param requiresResources resource ids
	 */
	record Node(String id, Map<String, @Nullable Integer> teaches, Map<String, @Nullable Integer> requiresCapabilities,
			Set<String> requiresResources) {
	}

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	private final Map<String, List<Node>> teachers = new LinkedHashMap<>();

	PrerequisiteCycles(List<Node> catalogue) {
		catalogue.forEach(node -> this.nodes.put(node.id(), node));
		for (Node node : catalogue) {
			node.teaches().keySet().forEach(c -> this.teachers.computeIfAbsent(c, k -> new ArrayList<>()).add(node));
		}
	}

	/**
	 * Each cycle as text, e.g. {@code a -> b (requires resource) -> a}, starting from the given resources (those of
	 * the file being imported) in their order; at most {@code limit}.
	 */
	List<String> cycles(List<String> startingFrom, int limit) {
		Set<String> takeable = takeable();
		List<String> cycles = new ArrayList<>();
		Set<String> reported = new HashSet<>();
		for (String start : startingFrom) {
			if (takeable.contains(start) || reported.contains(start) || !this.nodes.containsKey(start)
					|| cycles.size() >= limit) {
				continue;
			}
			List<Step> path = new ArrayList<>();
			Map<String, Integer> seen = new LinkedHashMap<>();
			String current = start;
			while (!seen.containsKey(current)) {
				seen.put(current, path.size());
				Step step = blockingStep(this.nodes.get(current), takeable);
				path.add(step);
				current = step.to();
			}
			List<Step> cycle = path.subList(seen.get(current), path.size());
			cycle.forEach(step -> reported.add(step.from()));
			cycles.add(describe(cycle));
		}
		return cycles;
	}

	/** The fixpoint: resources that can be taken in some order. */
	private Set<String> takeable() {
		Set<String> takeable = new HashSet<>();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Node node : this.nodes.values()) {
				if (!takeable.contains(node.id()) && canTake(node, takeable)) {
					takeable.add(node.id());
					changed = true;
				}
			}
		}
		return takeable;
	}

	private boolean canTake(Node node, Set<String> takeable) {
		for (String resource : node.requiresResources()) {
			if (this.nodes.containsKey(resource) && !takeable.contains(resource)) {
				return false;
			}
		}
		for (Map.Entry<String, @Nullable Integer> required : node.requiresCapabilities().entrySet()) {
			List<Node> teaching = teachersOf(required.getKey(), required.getValue());
			if (!teaching.isEmpty() && teaching.stream().noneMatch(t -> takeable.contains(t.id()))) {
				return false;
			}
		}
		return true;
	}

	private List<Node> teachersOf(String capability, @Nullable Integer level) {
		return this.teachers.getOrDefault(capability, List.of())
			.stream()
			.filter(t -> {
				Integer taught = t.teaches().get(capability);
				return level == null || taught == null || taught >= level;
			})
			.toList();
	}

	/** A prerequisite of a stuck resource that is itself stuck: one must exist, or the resource could be taken. */
	private Step blockingStep(Node node, Set<String> takeable) {
		for (String resource : node.requiresResources()) {
			if (this.nodes.containsKey(resource) && !takeable.contains(resource)) {
				return new Step(node.id(), resource, "requires resource " + resource);
			}
		}
		for (Map.Entry<String, @Nullable Integer> required : node.requiresCapabilities().entrySet()) {
			List<Node> teaching = teachersOf(required.getKey(), required.getValue());
			if (!teaching.isEmpty() && teaching.stream().noneMatch(t -> takeable.contains(t.id()))) {
				Set<String> ids = new LinkedHashSet<>(teaching.stream().map(Node::id).toList());
				String level = required.getValue() == null ? "" : " at level " + required.getValue();
				// Prefer the resource itself when it is among the teachers: the shortest cycle.
				String next = ids.contains(node.id()) ? node.id() : ids.iterator().next();
				return new Step(node.id(), next, "requires capability " + required.getKey() + level
						+ ", which only " + String.join(", ", ids) + " teach" + (ids.size() == 1 ? "es" : ""));
			}
		}
		throw new IllegalStateException(node.id() + " is stuck without a stuck prerequisite");
	}

	private static String describe(List<Step> cycle) {
		StringBuilder text = new StringBuilder(cycle.getFirst().from());
		for (Step step : cycle) {
			text.append(" -> ").append(step.to()).append(" (").append(step.from()).append(' ').append(step.why())
				.append(')');
		}
		return text.toString();
	}

	private record Step(String from, String to, String why) {
	}

}
