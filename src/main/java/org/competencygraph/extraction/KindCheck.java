package org.competencygraph.extraction;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.competencygraph.capability.Capability;
import org.competencygraph.semantic.ConceptMatch;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.jspecify.annotations.Nullable;

/**
 * The kind check of a match by meaning ({@code kindFits} in the rules): the kind a requirement's wording names against
 * the matched capability's kind and qualification type; a match of an unfitting kind gives way to the best candidate
 * of a fitting kind, when that one reaches the threshold and is clearly ahead. The same for the level a qualification
 * names: "a qualification at Level 6 or higher on the NFQ" is no "IT Qualification at NQF Level 2".
 */
final class KindCheck {

	/** "Level 6", "levels 6 or 7", "Level 6 or higher": the levels a wording or a capability's name states. */
	private static final Pattern LEVELS = Pattern.compile(
			"(?i)\\blevels?\\s*(\\d{1,2})((?:\\s*(?:,|or|and|to|/|-|\u2013)\\s*\\d{1,2})*)(\\s+or\\s+(?:higher|above)|\\s+and\\s+above|\\+)?");

	private final ExtractionRules rules;

	private final Cues cues;

	private final double threshold;

	private final double margin;

	KindCheck(ExtractionRules rules, Cues cues, double threshold, double margin) {
		this.rules = rules;
		this.cues = cues;
		this.threshold = threshold;
		this.margin = margin;
	}

	/**
	 * The kind the wording names, as {@code kindFits} keys it: the qualification type of a qualification, else the
	 * capability kind; null when no cue names one.
	 */
	@Nullable String wordingKind(Passage passage) {
		Cues.Kind kind = this.cues.statedKind(passage);
		if (kind == null) {
			return null;
		}
		return kind.kind().equals("Qualification") && kind.qualificationType() != null ? kind.qualificationType()
				: kind.kind();
	}

	boolean fits(String wording, ConceptMatch candidate) {
		Capability capability = candidate.capability();
		return capability == null
				|| this.rules.fits(wording, capability.kind().label(), capability.qualificationType());
	}

	static String kindOf(ConceptMatch candidate) {
		Capability capability = candidate.capability();
		if (capability == null) {
			return "of another kind";
		}
		return "a " + (capability.qualificationType() != null ? capability.qualificationType()
				: capability.kind().label());
	}

	/**
	 * The best candidate of a kind the wording fits, when it reaches the threshold and is clearly ahead of the next
	 * fitting one, as the matcher requires of any match by meaning; else none.
	 */
	@Nullable Match fittingMatch(String phrase, List<ConceptMatch> candidates, @Nullable String wording, String note) {
		return fittingMatch(phrase, candidates, c -> (wording == null || fits(wording, c)) && levelsAgree(phrase, c.name()),
				note);
	}

	private @Nullable Match fittingMatch(String phrase, List<ConceptMatch> candidates, Predicate<ConceptMatch> fit,
			String note) {
		List<ConceptMatch> fitting = candidates.stream().filter(fit).toList();
		if (fitting.isEmpty() || fitting.getFirst().score() < this.threshold
				|| (fitting.size() > 1 && fitting.getFirst().score() - fitting.get(1).score() < this.margin)) {
			return null;
		}
		ConceptMatch best = fitting.getFirst();
		return new Match(best.id(), best.name(), "semantic", best.score(), "'" + phrase + "': " + best.evidence()
				+ "; " + note + ", so the next candidate of a fitting kind");
	}

	/**
	 * Whether a capability's name states no level, or one of those the wording states (or at or above its "or
	 * higher" level), or the wording states none.
	 */
	static boolean levelsAgree(String wording, String name) {
		Matcher named = LEVELS.matcher(name);
		Matcher worded = LEVELS.matcher(wording);
		if (!named.find() || !worded.find()) {
			return true;
		}
		int level = Integer.parseInt(named.group(1));
		do {
			TreeSet<Integer> levels = new TreeSet<>(List.of(Integer.parseInt(worded.group(1))));
			Matcher digits = Pattern.compile("\\d{1,2}").matcher(worded.group(2));
			while (digits.find()) {
				levels.add(Integer.parseInt(digits.group()));
			}
			if (levels.contains(level) || worded.group(3) != null && level >= levels.first()) {
				return true;
			}
		}
		while (worded.find());
		return false;
	}

}
