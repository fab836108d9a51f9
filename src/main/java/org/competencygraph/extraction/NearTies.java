package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.competencygraph.capability.Capability;
import org.competencygraph.semantic.ConceptMatch;
import org.competencygraph.semantic.Labels;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.jspecify.annotations.Nullable;

/**
 * A near-tie between capabilities by meaning settled by their own words: when several of the project's own
 * capabilities score within {@code window} of the best (which reaches the threshold), the one whose name or aliases
 * share more of the phrase's content words than each of the others is the match ("Install and upgrade store
 * systems" is Infrastructure Installation and Maintenance, not Change and Release Management at the same score),
 * words all of them share not counted. The sentence model weighs a shared modifier as much as the act the phrase
 * names; within a hair's breadth of scores, the capability's own words are the better witness. When no one candidate
 * shares more by names and aliases, the one whose whole name the phrase says (every content word of it) is the match
 * when it is the only such; else the tied ones' descriptions are compared the same way ("change management
 * process" ties Organisational Change Management with Change and Release Management by name; only the latter's
 * description has "processes"); when neither settles it, the resolution stays as the matcher gave it (ambiguous
 * within the margin stays unmatched).
 */
final class NearTies {

	private final Function<String, Resolution> matcher;

	private final double threshold;

	private final ExtractionRules.NearTieRules rules;

	/** @param rules the window and the words that tell nothing ({@code nearTies} of {@code extraction/rules.yaml}) */
	NearTies(Function<String, Resolution> matcher, double threshold, ExtractionRules.NearTieRules rules) {
		this.matcher = matcher;
		this.threshold = threshold;
		this.rules = rules;
	}

	/** The matcher's resolution of the phrase, a near-tie settled by the candidates' own words. */
	Resolution resolve(String phrase) {
		return settle(phrase, this.matcher.apply(phrase));
	}

	Resolution settle(String phrase, Resolution resolution) {
		List<ConceptMatch> candidates = resolution.candidates();
		Match match = resolution.match();
		if (candidates.isEmpty() || (match != null && !match.method().equals("semantic"))
				|| candidates.getFirst().score() < this.threshold) {
			return resolution;
		}
		double floor = candidates.getFirst().score() - this.rules.window();
		List<ConceptMatch> near = candidates.stream()
			.filter(c -> c.score() >= floor && c.framework() == null && c.capability() != null)
			.toList();
		if (near.size() < 2) {
			return resolution;
		}
		Set<String> phraseWords = contentWords(phrase, this.rules);
		Resolution byNames = settle(phrase, resolution, near, phraseWords, false);
		return byNames != null ? byNames : resolution;
	}

	private @Nullable Resolution settle(String phrase, Resolution resolution, List<ConceptMatch> near,
			Set<String> phraseWords, boolean descriptions) {
		List<ConceptMatch> candidates = resolution.candidates();
		Match match = resolution.match();
		List<Set<String>> shared = near.stream()
			.map(c -> shared(phraseWords, c.capability(), this.rules, descriptions))
			.toList();
		// A word every near candidate shares does not tell them apart.
		Set<String> common = new LinkedHashSet<>(shared.getFirst());
		shared.forEach(common::retainAll);
		int best = -1;
		int bestCount = 0;
		boolean unique = false;
		for (int i = 0; i < near.size(); i++) {
			Set<String> own = new LinkedHashSet<>(shared.get(i));
			own.removeAll(common);
			if (own.size() > bestCount) {
				best = i;
				bestCount = own.size();
				unique = true;
			}
			else if (own.size() == bestCount) {
				unique = false;
			}
		}
		if (!unique && !descriptions) {
			int tied = bestCount;
			List<ConceptMatch> level = new ArrayList<>();
			for (int i = 0; i < near.size(); i++) {
				Set<String> own = new LinkedHashSet<>(shared.get(i));
				own.removeAll(common);
				if (own.size() == tied) {
					level.add(near.get(i));
				}
			}
			// Names and aliases share as much: the one name the phrase says whole asks for nothing it does not say
			// ("Minimum of two years' post-secondary education or relevant work experience" is Post-Secondary
			// Education or Relevant Work Experience, not Additional Post-Secondary ...).
			List<ConceptMatch> whole = level.stream().filter(c -> saysWhole(phraseWords, c.capability().name())).toList();
			if (whole.size() == 1 && level.size() > 1) {
				ConceptMatch named = whole.getFirst();
				return named == candidates.getFirst() && match != null ? null : winner(phrase, resolution, named,
						"its name stands whole in the phrase");
			}
			// The tied capabilities' descriptions may tell them apart.
			return settle(phrase, resolution, level, phraseWords, true);
		}
		if (!unique || (near.get(best) == candidates.getFirst() && match != null)) {
			return null;
		}
		Set<String> words = new LinkedHashSet<>(shared.get(best));
		words.removeAll(common);
		return winner(phrase, resolution, near.get(best),
				"its " + (descriptions ? "description shares " : "own words share ") + words + " with the phrase");
	}

	private Resolution winner(String phrase, Resolution resolution, ConceptMatch winner, String why) {
		List<ConceptMatch> candidates = resolution.candidates();
		List<ConceptMatch> reordered = new ArrayList<>(candidates);
		reordered.remove(winner);
		reordered.addFirst(winner);
		return new Resolution(new Match(winner.id(), winner.name(), "semantic", winner.score(), "'" + phrase + "': "
				+ winner.evidence() + "; within " + this.rules.window() + " of '" + candidates.getFirst().name()
				+ "', and " + why),
				List.copyOf(reordered), false);
	}

	/** Whether each content word of a name is the same as one of the phrase's ({@link #same}). */
	private boolean saysWhole(Set<String> phraseWords, String name) {
		return contentWords(name, this.rules).stream().allMatch(word -> phraseWords.stream().anyMatch(p -> same(p, word)));
	}

	/** The phrase's content words that the capability's name or aliases also have (as {@link #same} compares). */
	static Set<String> shared(Set<String> phraseWords, Capability capability, ExtractionRules.NearTieRules rules) {
		return shared(phraseWords, capability, rules, false);
	}

	static Set<String> shared(Set<String> phraseWords, Capability capability, ExtractionRules.NearTieRules rules,
			boolean description) {
		Set<String> own = contentWords(capability.name(), rules);
		capability.aliases().forEach(alias -> own.addAll(contentWords(alias, rules)));
		if (description && capability.description() != null) {
			own.addAll(contentWords(capability.description(), rules));
		}
		Set<String> shared = new LinkedHashSet<>();
		for (String word : phraseWords) {
			if (own.stream().anyMatch(o -> same(word, o))) {
				shared.add(word);
			}
		}
		return shared;
	}

	static Set<String> contentWords(String text, ExtractionRules.NearTieRules rules) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : Labels.words(Labels.normalise(text))) {
			if (word.length() >= rules.minLetters() && !rules.stopWords().contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * Two words are the same when equal or when they share a beginning of at least five letters that leaves at most
	 * three letters of the shorter: "install" and "installation", "monitor" and "monitoring", "manage" and
	 * "management", but not "technical" and "technology".
	 */
	static boolean same(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		int common = 0;
		int shorter = Math.min(a.length(), b.length());
		while (common < shorter && a.charAt(common) == b.charAt(common)) {
			common++;
		}
		return common >= 5 && common >= shorter - 3;
	}

}
