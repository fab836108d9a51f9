package org.competencygraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.analysis.RequirementIndexBuilder.CapabilityRow;
import org.competencygraph.analysis.RequirementIndexBuilder.Link;

/**
 * The concepts of a {@link RequirementIndex}: capabilities grouped by {@code SAME_AS} links, and the {@code BROADER}
 * and {@code CLOSE_MATCH} links between the groups. Capabilities and concepts are numbers; the arrays are shared
 * and never modified.
 *
 * @param conceptOf per capability, its concept
 * @param members per concept, its capabilities (ascending)
 * @param parents per concept, the concepts it is narrower than (one BROADER step)
 * @param closeMatches per concept, the concepts nearly the same (CLOSE_MATCH in either direction) with the credit
 * of the link (factor x score, the strongest link when several join two concepts)
 */
record Concepts(int[] conceptOf, int[][] members, int[][] parents, CloseMatches[] closeMatches) {

	private static final CloseMatches NO_MATCHES = new CloseMatches(new int[0], new double[0]);

	private static final int[] NONE = {};

	/**
	 * Concepts are the connected components of SAME_AS, numbered in order of their first capability. Links are
	 * applied strongest first; a link that would put two capabilities of one framework (the project's own
	 * capabilities count as one) into one concept is left out, so a chain through another framework never merges
	 * what one framework keeps apart. Links naming an unknown capability are left out.
	 *
	 * @param capabilities the capabilities in number order
	 * @param numbers capability id to number
	 */
	static Concepts of(List<CapabilityRow> capabilities, Map<String, Integer> numbers, List<Link> sameAs,
			List<Link> broader, List<Link> closeMatches, SimilarityWeights weights) {
		int n = capabilities.size();
		int[] root = new int[n];
		List<Set<String>> frameworks = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			root[i] = i;
			frameworks.add(Set.of(capabilities.get(i).framework()));
		}
		List<Link> strongestFirst = new ArrayList<>(sameAs);
		strongestFirst.sort(Comparator.comparingDouble(Link::confidence).reversed()
			.thenComparing(Link::from)
			.thenComparing(Link::to));
		for (Link link : strongestFirst) {
			Integer a = numbers.get(link.from());
			Integer c = numbers.get(link.to());
			if (a == null || c == null) {
				continue;
			}
			int x = find(root, a);
			int y = find(root, c);
			if (x != y && Collections.disjoint(frameworks.get(x), frameworks.get(y))) {
				int keep = Math.min(x, y);
				int merged = Math.max(x, y);
				root[merged] = keep;
				Set<String> union = new HashSet<>(frameworks.get(keep));
				union.addAll(frameworks.get(merged));
				frameworks.set(keep, union);
			}
		}
		int[] conceptOf = new int[n];
		int[] conceptOfRoot = new int[n];
		Arrays.fill(conceptOfRoot, -1);
		int concepts = 0;
		for (int i = 0; i < n; i++) {
			int r = find(root, i);
			if (conceptOfRoot[r] < 0) {
				conceptOfRoot[r] = concepts++;
			}
			conceptOf[i] = conceptOfRoot[r];
		}
		List<List<Integer>> members = lists(concepts);
		for (int i = 0; i < n; i++) {
			members.get(conceptOf[i]).add(i);
		}
		return new Concepts(conceptOf, toArrays(members), parents(conceptOf, concepts, numbers, broader),
				closeMatches(conceptOf, concepts, numbers, closeMatches, weights));
	}

	/**
	 * CLOSE_MATCH links between capabilities as symmetric links between their concepts with their credit, the
	 * highest when several links join two concepts; none within a concept, none with credit 0.
	 */
	private static CloseMatches[] closeMatches(int[] conceptOf, int concepts, Map<String, Integer> numbers,
			List<Link> links, SimilarityWeights weights) {
		List<java.util.TreeMap<Integer, Double>> credits = new ArrayList<>(concepts);
		for (int i = 0; i < concepts; i++) {
			credits.add(null);
		}
		for (Link link : links) {
			Integer a = numbers.get(link.from());
			Integer c = numbers.get(link.to());
			double credit = weights.closeMatchCredit(link.confidence());
			if (a == null || c == null || conceptOf[a] == conceptOf[c] || credit <= 0) {
				continue;
			}
			for (int[] pair : new int[][] { { conceptOf[a], conceptOf[c] }, { conceptOf[c], conceptOf[a] } }) {
				if (credits.get(pair[0]) == null) {
					credits.set(pair[0], new java.util.TreeMap<>());
				}
				credits.get(pair[0]).merge(pair[1], credit, Math::max);
			}
		}
		CloseMatches[] matches = new CloseMatches[concepts];
		for (int i = 0; i < concepts; i++) {
			var own = credits.get(i);
			matches[i] = own == null ? NO_MATCHES
					: new CloseMatches(own.keySet().stream().mapToInt(Integer::intValue).toArray(),
							own.values().stream().mapToDouble(Double::doubleValue).toArray());
		}
		return matches;
	}

	/** BROADER links between capabilities as links between their concepts, each once, none to itself. */
	private static int[][] parents(int[] conceptOf, int concepts, Map<String, Integer> numbers, List<Link> broader) {
		List<List<Integer>> parents = lists(concepts);
		for (Link link : broader) {
			Integer a = numbers.get(link.from());
			Integer c = numbers.get(link.to());
			if (a == null || c == null) {
				continue;
			}
			int narrower = conceptOf[a];
			int broaderConcept = conceptOf[c];
			if (narrower != broaderConcept && !parents.get(narrower).contains(broaderConcept)) {
				parents.get(narrower).add(broaderConcept);
			}
		}
		return toArrays(parents);
	}

	int count() {
		return this.members.length;
	}

	private static int find(int[] root, int i) {
		while (root[i] != i) {
			root[i] = root[root[i]];
			i = root[i];
		}
		return i;
	}

	private static List<List<Integer>> lists(int size) {
		List<List<Integer>> lists = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			lists.add(new ArrayList<>(1));
		}
		return lists;
	}

	private static int[][] toArrays(List<List<Integer>> lists) {
		int[][] arrays = new int[lists.size()][];
		for (int i = 0; i < arrays.length; i++) {
			List<Integer> list = lists.get(i);
			arrays[i] = list.isEmpty() ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
		}
		return arrays;
	}

}
