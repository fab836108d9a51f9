package org.competencygraph.training;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The cycles among resources' resource prerequisites (A requires B, B requires A): the strongly connected
 * components of more than one resource, or of one that requires itself (Tarjan's algorithm). No resource of a
 * cycle can ever be started, so none is used; the plan reports each cycle by its resource ids, sorted.
 */
final class PrerequisiteCycles {

	private final Instance instance;

	private final int[] index;

	private final int[] low;

	private final boolean[] onStack;

	private final Deque<Integer> stack = new ArrayDeque<>();

	private final List<List<String>> cycles = new ArrayList<>();

	private int counter;

	private PrerequisiteCycles(Instance instance) {
		this.instance = instance;
		this.index = new int[instance.n];
		this.low = new int[instance.n];
		this.onStack = new boolean[instance.n];
		Arrays.fill(this.index, -1);
	}

	static List<List<String>> of(Instance instance) {
		PrerequisiteCycles search = new PrerequisiteCycles(instance);
		for (int r = 0; r < instance.n; r++) {
			if (search.index[r] < 0) {
				search.visit(r);
			}
		}
		search.cycles.sort(java.util.Comparator.comparing((List<String> c) -> c.getFirst()));
		return List.copyOf(search.cycles);
	}

	private void visit(int r) {
		this.index[r] = this.counter;
		this.low[r] = this.counter++;
		this.stack.push(r);
		this.onStack[r] = true;
		for (int next : successors(r)) {
			if (this.index[next] < 0) {
				visit(next);
				this.low[r] = Math.min(this.low[r], this.low[next]);
			}
			else if (this.onStack[next]) {
				this.low[r] = Math.min(this.low[r], this.index[next]);
			}
		}
		if (this.low[r] == this.index[r]) {
			List<String> component = new ArrayList<>();
			int member;
			do {
				member = this.stack.pop();
				this.onStack[member] = false;
				component.add(this.instance.resource(member).id());
			}
			while (member != r);
			if (component.size() > 1 || successors(r).contains(r)) {
				component.sort(null);
				this.cycles.add(List.copyOf(component));
			}
		}
	}

	private List<Integer> successors(int r) {
		return this.instance.resource(r)
			.requiresResources()
			.stream()
			.map(this.instance::number)
			.filter(number -> number >= 0)
			.toList();
	}

}
