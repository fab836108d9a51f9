package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.competencygraph.semantic.Labels;
import org.jspecify.annotations.Nullable;

/**
 * Finds the framework capabilities that are the same concept as a seed capability: a shared external id (the
 * seed file names the O*NET element or ESCO URI), the same preferred name, or a name or alias of one equal to a
 * name or alias of the other; alias matches are kept only in frameworks where there is no stronger one. Names are
 * compared case-, accent- and punctuation-insensitively.
 */
final class CapabilityMatcher {

	static final String EXTERNAL_ID = "external-id";

	static final String EXACT_NAME = "exact-name";

	static final String ALIAS = "alias";

	private final LinkingRules.SameAsRules rules;

	CapabilityMatcher(LinkingRules.SameAsRules rules) {
		this.rules = rules;
	}

	record Concept(String id, String kind, String name, List<String> aliases, List<String> externalIds,
			@Nullable String framework) {
	}

	record Link(String from, String to, String framework, String method, double confidence) {
	}

	List<Link> match(List<Concept> seed, List<Concept> standard) {
		Map<String, List<Concept>> byExternalId = new HashMap<>();
		Map<String, List<Concept>> byName = new HashMap<>();
		Map<String, List<Concept>> byLabel = new HashMap<>();
		for (Concept concept : standard) {
			concept.externalIds().forEach(id -> byExternalId.computeIfAbsent(id, k -> new ArrayList<>()).add(concept));
			byName.computeIfAbsent(normalise(concept.name()), k -> new ArrayList<>()).add(concept);
			labels(concept).forEach(label -> byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(concept));
		}
		List<Link> links = new ArrayList<>();
		for (Concept concept : seed) {
			// The strongest method per target wins; targets in id order for a stable result.
			Map<String, Link> found = new TreeMap<>();
			for (String externalId : concept.externalIds()) {
				for (Concept target : byExternalId.getOrDefault(externalId, List.of())) {
					found.put(target.id(), link(concept, target, EXTERNAL_ID, 1.0));
				}
			}
			for (Concept target : byName.getOrDefault(normalise(concept.name()), List.of())) {
				found.putIfAbsent(target.id(), link(concept, target, EXACT_NAME,
						this.rules.exactName().of(target.kind().equals(concept.kind()))));
			}
			for (String label : labels(concept)) {
				if (label.length() < this.rules.minimumAliasLength()) {
					continue;
				}
				for (Concept target : byLabel.getOrDefault(label, List.of())) {
					found.putIfAbsent(target.id(), link(concept, target, ALIAS,
							this.rules.alias().of(target.kind().equals(concept.kind()))));
				}
			}
			// An alias match is weak; where the same framework has a stronger match for this capability, it adds
			// only noise (e.g. "Project Management" is also an alternative label of "project commissioning").
			Set<String> strong = new java.util.HashSet<>();
			found.values().stream().filter(l -> !l.method().equals(ALIAS)).forEach(l -> strong.add(l.framework()));
			found.values().stream().filter(l -> !l.method().equals(ALIAS) || !strong.contains(l.framework()))
				.forEach(links::add);
		}
		links.sort(Comparator.comparing(Link::from).thenComparing(Link::to));
		return links;
	}

	private static Link link(Concept from, Concept to, String method, double confidence) {
		return new Link(from.id(), to.id(), String.valueOf(to.framework()), method, confidence);
	}

	private static Set<String> labels(Concept concept) {
		Set<String> labels = new LinkedHashSet<>();
		labels.add(normalise(concept.name()));
		concept.aliases().forEach(alias -> labels.add(normalise(alias)));
		labels.remove("");
		return labels;
	}

	static String normalise(String text) {
		return Labels.normalise(text);
	}

}
