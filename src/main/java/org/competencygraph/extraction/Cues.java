package org.competencygraph.extraction;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.competencygraph.extraction.ExtractionRules.KindCue;
import org.competencygraph.extraction.ExtractionRules.PriorityCue;
import org.competencygraph.extraction.ExtractionRules.YearsLevel;
import org.competencygraph.importer.ProficiencyScale;
import org.jspecify.annotations.Nullable;

/**
 * What a requirement's words say besides the capability: its priority, its level, its kind, and the words to match
 * (the sentence without its lead-in, "Ability to administer X" as "administer X").
 */
final class Cues {

	/** The priority and the source's own words for it when they say more than essential/desirable. */
	record Priority(String priority, @Nullable String text) {
	}

	record Level(int level, String text) {
	}

	record Kind(String kind, @Nullable String qualificationType) {
	}

	private static final Pattern SCALE_WORD = Pattern.compile(
			"(?i)\\b([a-z-]+)\\s+(knowledge|understanding|skills?|experience|command|proficiency|awareness|familiarity)\\b");

	/** A sentence of fewer words qualifies the sentence before it in its item, as DraftBuilder reads it too. */
	static final int QUALIFIER_WORDS = 5;

	private final ExtractionRules rules;

	private final ProficiencyScale scale;

	private final Pattern years;

	/** A priority cue closing a sentence, with the words that attach it ("would be a real plus"). */
	private final Pattern trailingPriority;

	/** A last clause a clause-only cue opens (", preferably in ..."), in the order of the cues (see {@link #core}). */
	private final java.util.List<Pattern> clauseOpenings;

	Cues(ExtractionRules rules, ProficiencyScale scale) {
		this.rules = rules;
		this.scale = scale;
		String numbers = String.join("|", rules.numberWords().keySet());
		// The desirable cues and "essential" / "mandatory": "required", "necessary" close clauses that say when
		// ("escalating where necessary"), not how much.
		String cues = java.util.stream.Stream.concat(rules.priorityCues().stream()
				.filter(cue -> cue.priority().equals("desirable")).flatMap(cue -> cue.phrases().stream()),
				java.util.stream.Stream.of("essential", "mandatory"))
			.map(Pattern::quote)
			.collect(java.util.stream.Collectors.joining("|"));
		// A dash before it counts as a comma ("... wireless networking — essential"); a hyphen only with a space
		// either side, so that "non-essential" keeps its word.
		this.trailingPriority = Pattern.compile("(?i)(?:\\s*[\u2013\u2014-]\\s+|[\\s,(]+)(?:(?:would|will|is|are|be|also|highly|very|an?|real|big)\\s+)*(?:"
				+ cues + ")[)\\s]*$");
		this.clauseOpenings = rules.priorityCues().stream()
			.flatMap(cue -> cue.clauseOnly() == null ? java.util.stream.Stream.<String>empty() : cue.clauseOnly().stream())
			.map(phrase -> Pattern.compile(",\\s*" + Pattern.quote(phrase) + "\\b\\s*\\S"))
			.toList();
		this.years = Pattern.compile("(?i)\\b(\\d{1,2}|" + numbers + ")\\s*(?:\\(\\d{1,2}\\)\\s*)?(\\+|or more)?\\s*years?\\b");
	}

	/** The sentence's own words first (with the list's introduction and a starred item's footnote), then the heading's. */
	Priority priority(Passage passage) {
		// Of the other sentences of its paragraph or list item, only short ones that qualify it ("Degree in
		// computing. Desirable."): a paragraph of an advert written as prose holds several requirements, each with its
		// own words ("You'll need ... . GCSEs ... are required. ... would be an advantage."), and an "ideally" in one
		// is not the priority of the others.
		String qualifiers = Outline.sentences(passage.item()).stream()
			.filter(sentence -> sentence.strip().split("\\s+").length < QUALIFIER_WORDS)
			.collect(java.util.stream.Collectors.joining(" "));
		String own = ExtractionRules.lower(core(passage.text()) + " " + qualifiers + " "
				+ (passage.footnote() == null ? "" : passage.footnote()) + " "
				+ (passage.intro() == null ? "" : passage.intro()));
		for (PriorityCue cue : this.rules.priorityCues()) {
			String phrase = ExtractionRules.anyOf(own, cue.phrases());
			if (phrase != null) {
				String text = cue.priorityText();
				return new Priority(cue.priority(), text != null && !text.equals(cue.priority()) ? text : null);
			}
		}
		return new Priority(passage.priority() == null ? "essential" : passage.priority(), null);
	}

	/**
	 * The sentence without a last clause that a clause-only cue opens ("..., preferably in a logistics environment",
	 * "..., ideally in a school"): that clause asks for more than the core, and is no priority of the core. The whole
	 * sentence when the cue closes it with nothing after ("..., ideally.") or nothing stands before the comma.
	 */
	private String core(String sentence) {
		String lower = ExtractionRules.lower(sentence);
		for (Pattern clauseOpening : this.clauseOpenings) {
			Matcher clause = clauseOpening.matcher(lower);
			if (clause.find() && clause.start() > 0) {
				return sentence.substring(0, clause.start());
			}
		}
		return sentence;
	}

	@Nullable Level level(Passage passage) {
		// A capability table's level cell ("Adept", "Level 4 - ITOP"): the longest of its level names it holds.
		if (passage.levelCell() != null) {
			String cell = ExtractionRules.lower(passage.levelCell());
			return this.rules.tableLevels().entrySet().stream()
				.filter(entry -> ExtractionRules.indexOf(cell, entry.getKey(), 0) >= 0)
				.max(java.util.Comparator.comparingInt(entry -> entry.getKey().length()))
				.map(entry -> new Level(entry.getValue(), passage.levelCell())).orElse(null);
		}
		// A numbered criterion's level may stand in its second sentence ("... tools. An in-depth knowledge of at
		// least one area"); a paragraph's sentences each have their own.
		String own = passage.criterion() != null ? passage.item() : passage.text();
		String text = own + (passage.intro() == null ? "" : " " + passage.intro());
		String lower = ExtractionRules.lower(text);
		for (Map.Entry<String, Integer> phrase : this.rules.levelPhrases().entrySet()) {
			if (ExtractionRules.indexOf(lower, phrase.getKey(), 0) >= 0) {
				return new Level(phrase.getValue(), phrase.getKey());
			}
		}
		Level years = years(lower);
		if (years != null) {
			return years;
		}
		// "Significant experience ...", where the document defines significant experience by its years.
		Level defined = passage.definition() == null ? null : years(ExtractionRules.lower(passage.definition()));
		if (defined != null) {
			return defined;
		}
		Matcher word = SCALE_WORD.matcher(lower);
		while (word.find()) {
			Integer level = this.scale.levelOfWord(word.group(1));
			if (level != null) {
				return new Level(level, word.group(1));
			}
		}
		return null;
	}

	/** The level of the first "N years" of a lower-cased text (yearsToLevel), or null. */
	private @Nullable Level years(String lower) {
		Matcher years = this.years.matcher(lower);
		if (years.find()) {
			String count = years.group(1);
			int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count)
					: this.rules.numberWords().getOrDefault(count, 0);
			int level = 0;
			for (YearsLevel row : this.rules.yearsToLevel()) {
				if (n >= row.years()) {
					level = row.level();
				}
			}
			if (level > 0) {
				return new Level(level, n + " years");
			}
		}
		return null;
	}

	Kind kind(Passage passage, String sectionKind) {
		Kind stated = statedKind(passage);
		if (stated != null) {
			return stated;
		}
		String kind = this.rules.sectionCapabilityKind().getOrDefault(sectionKind, "Skill");
		return new Kind(kind, kind.equals("Qualification") ? (sectionKind.equals("experience") ? "experience" : "other")
				: null);
	}

	/**
	 * The kind the wording names (kindCues), or null: the cue standing first in the sentence wins ("Knowledge of
	 * ITIL" names knowledge, "ITIL Foundation certificate" a certificate), the list's order breaking ties.
	 */
	@Nullable Kind statedKind(Passage passage) {
		String lower = ExtractionRules.lower(passage.text() + (passage.intro() == null ? "" : " " + passage.intro()));
		Kind first = null;
		int at = Integer.MAX_VALUE;
		for (KindCue cue : this.rules.kindCues()) {
			for (String phrase : cue.phrases()) {
				int index = ExtractionRules.indexOf(lower, phrase, 0);
				if (index >= 0 && index < at) {
					at = index;
					first = new Kind(cue.kind(), cue.qualificationType());
				}
			}
		}
		return first;
	}

	/**
	 * The text with its contractions written out ("You'll need" as "you will need", so that one lead-in serves both
	 * spellings) and without an opening phrase that says when or as whom the candidate does what follows ("At the
	 * start of each term you will create ...": {@code openingPhrases} in the rules), which would otherwise be taken
	 * for the sentence's head and matched.
	 */
	String withoutOpening(String text) {
		String phrase = text;
		for (Map.Entry<String, String> contraction : this.rules.contractions().entrySet()) {
			phrase = phrase.replaceAll("(?i)" + Pattern.quote(contraction.getKey()), Matcher.quoteReplacement(contraction.getValue()));
		}
		String lower = ExtractionRules.lower(phrase);
		int cut = -1;
		for (String leadIn : this.rules.openingPhrases().before()) {
			// A lead-in opening the sentence has no opening phrase before it: look for a later one.
			int at = ExtractionRules.indexOf(lower, leadIn, 0);
			if (at == 0) {
				at = ExtractionRules.indexOf(lower, leadIn, 1);
			}
			int words = at < 0 ? 0 : lower.substring(0, at).strip().split("\\s+").length;
			if (at > 0 && words <= this.rules.openingPhrases().maxWords() && (cut < 0 || at < cut) && !inBrackets(lower, at)) {
				cut = at;
			}
		}
		for (String leadIn : this.rules.openingPhrases().afterComma()) {
			int at = ExtractionRules.indexOf(lower, leadIn, 1);
			while (at > 0 && !lower.substring(0, at).stripTrailing().endsWith(",")) {
				at = ExtractionRules.indexOf(lower, leadIn, at + 1);
			}
			int words = at < 0 ? 0 : lower.substring(0, at).strip().split("\\s+").length;
			if (at > 0 && words <= this.rules.openingPhrases().maxWords() && (cut < 0 || at < cut) && !inBrackets(lower, at)) {
				cut = at;
			}
		}
		return cut < 0 ? phrase : phrase.substring(cut);
	}

	/**
	 * Whether a position stands inside brackets opened before it: "A full UK driving licence (you'll be travelling
	 * between our sites most weeks)" says why in an aside, and the words before it are the criterion, no opening phrase.
	 */
	private static boolean inBrackets(String text, int at) {
		String before = text.substring(0, at);
		return before.chars().filter(c -> c == '(').count() > before.chars().filter(c -> c == ')').count();
	}

	/** The words to match: an item's label when it has one, else the sentence without lead-ins and trailing stop. */
	String phrase(Passage passage) {
		return phrase(passage.label() != null ? passage.label() : passage.text());
	}

	String phrase(String text) {
		String phrase = withoutOpening(text);
		// A list item's closing "; and" ("Integrity and high ethical standards; and") joins it to the next item: no
		// words of its own.
		phrase = phrase.replaceAll("(?i)[;,]\\s*(and|or)$", "").replaceAll("[.;:,]+$", "").strip();
		// A closing priority ("... would be a real plus", "... is essential", "... preferred") says how much, not what.
		String closing = this.trailingPriority.matcher(phrase).replaceFirst("");
		if (!closing.isBlank()) {
			phrase = closing.strip();
		}
		boolean removed = true;
		while (removed) {
			removed = false;
			String lower = ExtractionRules.lower(phrase);
			String longest = null;
			for (String leadIn : this.rules.leadIns()) {
				if (lower.startsWith(leadIn + " ") && (longest == null || leadIn.length() > longest.length())) {
					longest = leadIn;
				}
			}
			if (longest != null) {
				phrase = phrase.substring(longest.length()).strip();
				removed = true;
			}
		}
		if (phrase.length() > this.rules.maxPhraseCharacters()) {
			int cut = phrase.substring(0, this.rules.maxPhraseCharacters()).lastIndexOf(' ');
			phrase = phrase.substring(0, cut > 0 ? cut : this.rules.maxPhraseCharacters());
		}
		return phrase.isEmpty() ? text : phrase;
	}

}
