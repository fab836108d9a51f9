package org.competencygraph.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.competencygraph.semantic.ExampleMatcher;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The vocabularies and cue words of the extraction, from the data file {@value #LOCATION}: section headings, metadata
 * labels, priority, level and kind cues, lead-in words, boilerplate. A phrase matches text at the start of a word
 * and up to the end of one (a plural s or es allowed); a phrase ending in {@code *} matches the start of a word.
 * <p>
 * Longer than 300 lines because it is the one reader of one data file: each vocabulary's record and the lookup that
 * reads it stay together, so a rule's data and its meaning are found in one place.
 */
record ExtractionRules(List<SectionRule> sections, Map<String, String> sectionCapabilityKind, List<KindCue> kindCues,
		List<String> leadIns, List<PriorityCue> priorityCues, Map<String, List<String>> priorityHeadings,
		Map<String, Integer> levelPhrases, List<YearsLevel> yearsToLevel, Map<String, Integer> numberWords,
		List<String> assessments, List<BoilerplateRule> boilerplate, List<String> requirementCues,
		List<String> nothingStated, List<String> qualifierWords,
		Map<String, List<String>> metadataLabels, List<String> organizationWords,
		OrganizationIntroduced organizationIntroduced, List<String> recruiterAdvert, List<String> documentTypes,
		List<String> pageControls,
		List<String> titleMarks, TitleLines titleLines,
		String levelWord, List<String> levelNames,
		int minWords, int maxPhraseCharacters, Map<String, List<String>> kindFits, Parts parts,
		Map<String, String> contractions, Map<String, List<String>> priorityMarks, Heads heads,
		ProposalNames proposalNames, OpeningPhrases openingPhrases, ExampleMatcher.Settings examples,
		Map<String, List<String>> tableColumns, Map<String, Integer> tableLevels, NearTieRules nearTies, Languages languages,
		LineGoesOn lineGoesOn, Duties duties, RunOnItems runOnItems, Map<String, List<String>> degreeAbbreviations) {

	static final String LOCATION = "extraction/rules.yaml";

	/**
	 * How a sentence listing several capabilities is matched part by part: split at the separators, parts of at
	 * least {@code minWords} words (or of {@code minSureWords} matched by meaning at {@code sure}, or of
	 * {@code minNamedWords} as a capability's own name or alias), a part's match kept when it reaches
	 * {@code threshold}.
	 *
	 * @param confirmedByWhole whether a part's match by meaning must also be among the whole sentence's candidates,
	 * unless it reaches {@code sureAlone}
	 * @param sure the score from which a part's match by meaning counts whatever the part's length
	 * @param sureAlone the score from which a part's match by meaning counts without the whole sentence's candidates
	 */
	record Parts(List<String> separators, int minWords, int minSureWords, int minNamedWords, double threshold,
			boolean confirmedByWhole, double sure, double sureAlone) {
	}

	/**
	 * How a proposed capability is named when the wording names a qualification by a noun that closes its phrase
	 * ("you will need a full UK driving licence and access to a car"): the words from after the last of
	 * {@code stops} before that noun up to it ("full UK driving licence").
	 */
	record ProposalNames(List<String> nounPhraseEnds, List<String> stops) {
	}

	/**
	 * An opening phrase saying when or as whom ("At the start of each term", "As a Service Desk Analyst") before one
	 * of the lead-ins {@code before} ("you will") that stands after at most {@code maxWords} words, or before one of
	 * {@code afterComma} ("you") right after a comma.
	 */
	record OpeningPhrases(int maxWords, List<String> before, List<String> afterComma) {
	}

	/**
	 * A sentence's head: its words before the first modifier clause ("reported by ...", "across ...", "so that ...")
	 * that starts after at least {@code minWords} words; what the sentence asks the candidate to do or know.
	 */
	record Heads(List<String> clauseOpeners, int minWords, int candidates) {
	}

	/**
	 * How a near-tie by meaning is settled by the candidates' own words ({@link NearTies}): candidates within
	 * {@code window} of the best; words of fewer than {@code minLetters} letters and the {@code stopWords} not counted.
	 */
	record NearTieRules(double window, int minLetters, java.util.Set<String> stopWords) {
	}

	/**
	 * How a job's title is found among a document's first lines when no label states it: the first short line naming
	 * one of the {@code nouns} a job title ends in or turns on ("Engineer", "Officer", "Lead"), not the value of one
	 * of the {@code notTitleLabels} ("Reports to: IT Operations Manager"); of a line in parts ("Title | Location |
	 * Pay", "Employer - Title"), the parts naming such a noun. At most {@code maxWords} words.
	 */
	record TitleLines(List<String> nouns, List<String> notTitleLabels, int maxWords) {

		boolean namesAJob(String line) {
			return anyOf(lower(line), this.nouns) != null;
		}

	}

	/**
	 * An organization introducing itself in a document's first lines ("Lanternfish is an all-remote company"): a
	 * sentence whose subject is a name (at most four capitalised words) and that names one of the {@code nouns} within
	 * five words after "is a"; never one of the {@code notNames} ("This is a great company").
	 */
	record OrganizationIntroduced(List<String> nouns, List<String> notNames) {

		private static final Pattern SENTENCE = Pattern.compile(
				"^((?:\\p{Lu}[\\p{L}\\d&'.-]*\\s+){0,3}\\p{Lu}[\\p{L}\\d&'.-]*)\\s+is\\s+(?:a|an|the)\\s+(.*)$");

		/** The name a line introduces as an organization (one of the nouns within five words after "is a"), or null. */
		@Nullable String named(String line) {
			java.util.regex.Matcher sentence = SENTENCE.matcher(line.strip());
			if (!sentence.matches() || this.notNames.contains(lower(sentence.group(1).split("\\s+")[0]))) {
				return null;
			}
			String[] words = lower(sentence.group(2)).split("[^\\p{L}-]+");
			for (int i = 0; i < Math.min(5, words.length); i++) {
				if (this.nouns.contains(words[i])) {
					return sentence.group(1);
				}
			}
			return null;
		}

	}

	record SectionRule(String kind, List<String> phrases) {
	}

	record KindCue(String kind, @Nullable String qualificationType, List<String> phrases) {
	}

	/**
	 * @param clauseOnly those of the phrases that, opening a sentence's last clause after a comma ("Minimum 3 years
	 * of experience in IT support, preferably in logistics"), qualify only that clause: the sentence's core before it
	 * keeps its own priority
	 */
	record PriorityCue(String priority, @Nullable String priorityText, List<String> phrases,
			@Nullable List<String> clauseOnly) {
	}

	record YearsLevel(int years, int level) {
	}

	/**
	 * Languages a sentence may ask for: {@code names}, each with one of the {@code cues} ("skills", "fluent") within
	 * {@code window} characters of it; {@code own}, the document's language, is not one of them.
	 */
	record Languages(String own, List<String> cues, int window, List<String> names) {
	}

	/** Verbs that open a duty, and the openings of a reporting line that are none ("Reports to ..."). */
	record Duties(List<String> verbs, List<String> except) {
	}

	/**
	 * A list whose bullets were lost, read as one paragraph: split before a duty verb or one of {@code criterionWords}
	 * ({@link LostBullets}).
	 */
	record RunOnItems(int minItems, int minWords, List<String> criterionWords) {
	}

	/**
	 * A line of at least {@code minWords} words ending in one of {@code after} wrapped: the next line goes on with it.
	 */
	record LineGoesOn(int minWords, List<String> after) {
	}

	/**
	 * @param unlessRequired whether a sentence stating a requirement is kept all the same (physical conditions)
	 * @param requiredBeside whether only a requirement stated beside the condition keeps it, not a cue that merely
	 * introduces one of its phrases ("ability to travel"): for conditions that are never a capability (travel), where
	 * a physical demand the post "requires" may be one (the seed curators' Static Strength)
	 * @param dutyBefore whether a duty's sentence that states the condition only after a first clause of its own
	 * ("Monitor our systems and respond to alerts, also as part of our on-call service") is kept: the duty is a
	 * requirement, the condition beside it is not
	 * @param inConditions whether a sentence of a section of working conditions (a boilerplate section: "Physical
	 * Demands / Working Conditions") is left out even when it states a requirement ("Must be able to participate in
	 * the on-call rotation"): the section says it is a condition of the post
	 * @param sentenceOnly whether the reason leaves out its own sentence only, not the sentences after it in the same
	 * paragraph (which other reasons leave out with it): after the postures a template names, "The employee must
	 * occasionally lift and/or move up to 50 pounds" asks for a strength
	 */
	record BoilerplateRule(String reason, @Nullable Boolean unlessRequired, @Nullable Boolean requiredBeside,
			@Nullable Boolean dutyBefore, @Nullable Boolean inConditions, @Nullable Boolean sentenceOnly,
			List<String> phrases) {
	}

	static ExtractionRules load() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return YAMLMapper.builder().build().readValue(in, ExtractionRules.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
	}

	/**
	 * Whether wording of this kind (a qualification type or a capability kind from {@code kindCues}, or
	 * {@code duty}) may be matched by meaning to a capability of this kind and qualification type; wording of a kind
	 * the rules do not list may be matched to any.
	 */
	boolean fits(String wordingKind, String capabilityKind, @Nullable String qualificationType) {
		List<String> fits = this.kindFits.get(wordingKind);
		return fits == null || fits.contains(capabilityKind)
				|| (qualificationType != null && fits.contains(capabilityKind + "/" + qualificationType));
	}

	/**
	 * The parts of a sentence, split at the {@code parts} separators (words on word boundaries) outside brackets: the
	 * examples in brackets name one requirement's tools, not requirements of their own ("Experience with SIEM
	 * platforms (Microsoft Sentinel, Splunk or QRadar)" is one part, never "Splunk or QRadar)").
	 */
	List<String> parts(String text) {
		Matcher separator = Pattern.compile(this.parts.separators().stream()
			.map(s -> s.chars().allMatch(Character::isLetter) || s.contains(" ")
					? "\\b" + Pattern.quote(s) + "\\b" : Pattern.quote(s))
			.collect(Collectors.joining("|", "(?i)\\s*(?:", ")\\s*"))).matcher(text);
		List<String> parts = new ArrayList<>();
		int from = 0;
		// How many brackets are open before the separator (an unclosed one stays open to the end), counted once along
		// the text.
		int depth = 0;
		int counted = 0;
		while (separator.find()) {
			for (; counted < separator.start(); counted++) {
				depth = bracketDepth(depth, text.charAt(counted));
			}
			if (depth == 0) {
				parts.add(text.substring(from, separator.start()));
				from = separator.end();
			}
		}
		parts.add(text.substring(from));
		return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	/** The brackets open after this character, given how many were open before it. */
	private static int bracketDepth(int depth, char c) {
		if (c == '(' || c == '[') {
			return depth + 1;
		}
		return (c == ')' || c == ']') && depth > 0 ? depth - 1 : depth;
	}

	/**
	 * The text up to its first modifier clause (one of {@code heads.clauseOpeners}, on word boundaries, after at
	 * least {@code heads.minWords} words), without a trailing comma or conjunction; the text itself when it has none.
	 */
	String head(String text) {
		String lower = lower(text);
		int cut = -1;
		for (String opener : this.heads.clauseOpeners()) {
			for (int at = indexOf(lower, opener, 0); at >= 0; at = indexOf(lower, opener, at + 1)) {
				if (lower.substring(0, at).strip().split("\\s+").length >= this.heads.minWords()) {
					cut = cut < 0 ? at : Math.min(cut, at);
					break;
				}
			}
		}
		// "... on an IT service desk or | in a similar role": a conjunction left at the cut goes with the clause.
		return cut < 0 ? text
				: text.substring(0, cut).replaceAll("(?i)([\\s,;:(\u2013-]+|\\s+(and|or|as well as)\\b)+$", "");
	}

	/** The kind of section a heading names, or null when it names none of them. */
	@Nullable String sectionKind(String heading) {
		String lower = headingWords(heading);
		// The phrase of most words wins ("you will have" over "you will"), the first kind among equals.
		String kind = null;
		int words = 0;
		for (SectionRule rule : this.sections) {
			for (String phrase : rule.phrases()) {
				int length = phrase.split("\\s+").length;
				if (length > words && indexOf(lower, phrase, 0) >= 0) {
					kind = rule.kind();
					words = length;
				}
			}
		}
		return kind;
	}

	/**
	 * Whether the heading ends in a section phrase of two or more words ("What we're looking for", whose "for" is the
	 * phrase's own word), not in a preposition introducing a list ("Comprehensive knowledge of").
	 */
	boolean endsInSectionPhrase(String heading) {
		String lower = headingWords(heading).replaceAll("[:\\s]+$", "");
		return this.sections.stream().flatMap(rule -> rule.phrases().stream())
			.anyMatch(phrase -> phrase.split("\\s+").length >= 2 && !phrase.contains("*")
					&& (lower.equals(phrase) || lower.endsWith(" " + phrase)));
	}

	/** essential or desirable when the text is one of the priority headings (e.g. "Essential", "Desirable"). */
	@Nullable String priorityHeading(String heading) {
		String lower = headingWords(heading);
		for (Map.Entry<String, List<String>> entry : this.priorityHeadings.entrySet()) {
			if (anyOf(lower, entry.getValue()) != null) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** A heading in lower case with its contractions written out. */
	private String headingWords(String heading) {
		String lower = lower(heading);
		for (Map.Entry<String, String> contraction : this.contractions.entrySet()) {
			lower = lower.replace(contraction.getKey(), contraction.getValue());
		}
		return lower;
	}

	/**
	 * The languages other than the document's own that a sentence asks for ("Very good German and good English
	 * skills": german), in the order of {@code names}; empty when it names none or no language cue.
	 */
	List<String> languagesAsked(String text) {
		String lower = lower(text);
		int window = this.languages.window();
		return this.languages.names().stream().filter(name -> {
			int at = name.equals(this.languages.own()) ? -1 : indexOf(lower, name, 0);
			return at >= 0 && anyOf(lower.substring(Math.max(0, at - window),
					Math.min(lower.length(), at + name.length() + window)), this.languages.cues()) != null;
		}).toList();
	}

	/**
	 * The degrees a sentence names by abbreviation ("B.E/B.Tech/MCA with 4-8 years": bachelor's degree), as the words
	 * of {@code degreeAbbreviations} to match; empty when it names none.
	 */
	List<String> degreesAbbreviated(String text) {
		String lower = lower(text);
		return this.degreeAbbreviations.entrySet().stream()
			.filter(degree -> anyOf(lower, degree.getValue()) != null)
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Whether a whole line names the kind of document ("CLASS SPECIFICATION", "Job Description"), not the job. */
	boolean isDocumentType(String line) {
		return this.documentTypes.contains(lower(line).replaceAll("[^a-z ]", "").strip());
	}

	/**
	 * Whether the line, a whole line of plain words, is one of a job site's buttons and links ({@code pageControls}:
	 * "Easy Apply", "…see more"); a heading marked as one ("## Share") is the document's own.
	 */
	boolean isPageControl(String line) {
		return line.matches("[\\p{L}'\u2019\\s.\u2026]+")
				&& this.pageControls.contains(lower(line).replaceAll("[^\\p{L}' ]", "").strip());
	}

	/** The title without a closing mark of {@code titleMarks} ("System Administrator (m/f/d)"). */
	String withoutTitleMark(String title) {
		String stripped = title.strip();
		String lower = lower(stripped);
		for (String mark : this.titleMarks) {
			if (lower.endsWith(mark) && (lower.length() == mark.length()
					|| !Character.isLetterOrDigit(lower.charAt(lower.length() - mark.length() - 1)))) {
				return stripped.substring(0, stripped.length() - mark.length()).replaceAll("[\\s,\u2013-]+$", "");
			}
		}
		return stripped;
	}

	/** Whether a reason for leaving a sentence out leaves out the sentences after it in its paragraph too. */
	boolean coversParagraph(String reason) {
		return this.boilerplate.stream()
			.noneMatch(rule -> rule.reason().equals(reason) && Boolean.TRUE.equals(rule.sentenceOnly()));
	}

	/** Why a sentence is boilerplate, or null. */
	@Nullable String boilerplateReason(String text) {
		return boilerplateReason(text, false);
	}

	/**
	 * Whether a line ends in a word no sentence ends in ("... Oral Communication and"): the line wrapped, and the next
	 * goes on with it even from a capital ("Problem Solving.").
	 */
	boolean goesOn(String line) {
		String lower = lower(line.strip());
		return lower.split("\\s+").length >= this.lineGoesOn.minWords() && this.lineGoesOn.after().stream()
			.anyMatch(word -> word.equals(",") ? lower.endsWith(",") : endsWithWord(lower, word));
	}

	/** Whether a text ends in a word (or words), not in a longer word ending alike ("... and", not "... band"). */
	private static boolean endsWithWord(String text, String word) {
		int at = text.length() - word.length();
		return text.endsWith(word) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
	}

	/** Why a sentence is boilerplate, or null; {@code duty} for a sentence of a section of duties. */
	@Nullable String boilerplateReason(String text, boolean duty) {
		return boilerplateReason(text, duty, false);
	}

	/** @param conditions whether the sentence stands in a section of working conditions (a boilerplate section) */
	@Nullable String boilerplateReason(String text, boolean duty, boolean conditions) {
		String lower = lower(text);
		for (BoilerplateRule rule : this.boilerplate) {
			if (anyOf(lower, rule.phrases()) != null
					&& !(Boolean.TRUE.equals(rule.unlessRequired())
							&& !(conditions && Boolean.TRUE.equals(rule.inConditions()))
							&& (Boolean.TRUE.equals(rule.requiredBeside())
							? statesRequirementBeside(lower, rule.phrases()) : statesRequirement(text)))
					&& !(duty && Boolean.TRUE.equals(rule.dutyBefore()) && dutyBefore(lower, rule.phrases()))) {
				return rule.reason();
			}
		}
		return null;
	}

	/**
	 * Whether the first of the phrases stands after a comma that closes a first clause of at least three words ("Run
	 * and improve our monitoring and alerting, and take part in a shared on-call rota"; "Monitors servers, networks and
	 * backups ... and responds to alerts, including after hours as part of the on-call rotation": the comma nearest
	 * before the phrase, as a list's commas may come first).
	 */
	private static boolean dutyBefore(String lower, List<String> phrases) {
		int at = Integer.MAX_VALUE;
		for (String phrase : phrases) {
			int found = indexOf(lower, phrase, 0);
			if (found >= 0) {
				at = Math.min(at, found);
			}
		}
		int comma = at == Integer.MAX_VALUE ? -1 : lower.lastIndexOf(',', at);
		return comma > 0 && lower.substring(0, comma).strip().split("\\s+").length >= 3;
	}

	/**
	 * essential or desirable for a priority mark: a table column's header ("E", "D") or a criterion's closing
	 * "(E)" / "(Desirable)", one of {@code priorityMarks} or a priority heading of one word; else null.
	 */
	@Nullable String priorityMark(String mark) {
		String lower = lower(mark.strip());
		for (Map.Entry<String, List<String>> entry : this.priorityMarks.entrySet()) {
			if (entry.getValue().contains(lower)) {
				return entry.getKey();
			}
		}
		return lower.matches("[\\p{L}-]+") ? priorityHeading(lower) : null;
	}

	/** Whether the text has a priority cue word ("ideally", "a plus", "must"). */
	/** Whether a word is a verb opening a duty ({@code duties}), as written or with -s / -es ("Maintains"). */
	boolean isDutyVerb(String word) {
		List<String> verbs = this.duties.verbs();
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		return verbs.contains(lower) || (lower.endsWith("s") && verbs.contains(lower.substring(0, lower.length() - 1)))
				|| (lower.endsWith("es") && verbs.contains(lower.substring(0, lower.length() - 2)));
	}

	/**
	 * Whether a sentence opens with a verb opening a duty ("Investigate potential and actual service problems ..."),
	 * not with a reporting line ("Reports to ...").
	 */
	boolean opensDuty(String sentence) {
		String lower = lower(sentence.strip());
		String[] words = lower.split("[\\s,;:]+", 2);
		return words.length > 1 && isDutyVerb(words[0]) && this.duties.except().stream().noneMatch(lower::startsWith);
	}

	boolean statesPriority(String text) {
		String lower = lower(text);
		return this.priorityCues.stream().anyMatch(cue -> anyOf(lower, cue.phrases()) != null);
	}

	/**
	 * Whether the text has a requirement cue that does not merely introduce one of the condition's phrases:
	 * "ability to travel" states the condition, "a full driving licence, for travel" a requirement besides it.
	 */
	private boolean statesRequirementBeside(String lower, List<String> condition) {
		for (String cue : this.requirementCues) {
			for (int at = indexOf(lower, cue, 0); at >= 0; at = indexOf(lower, cue, at + 1)) {
				int end = at + cue.replace("*", "").length();
				while (cue.endsWith("*") && end < lower.length() && Character.isLetterOrDigit(lower.charAt(end))) {
					end++;
				}
				String after = lower.substring(Math.min(lower.length(), end)).stripLeading();
				if (condition.stream().noneMatch(phrase -> indexOf(after, phrase, 0) == 0)) {
					return true;
				}
			}
		}
		return false;
	}

	boolean statesRequirement(String text) {
		return anyOf(lower(text), this.requirementCues) != null;
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	/** The first phrase found in {@code lower} (already lower case), or null. */
	static @Nullable String anyOf(String lower, List<String> phrases) {
		for (String phrase : phrases) {
			if (indexOf(lower, phrase, 0) >= 0) {
				return phrase;
			}
		}
		return null;
	}

	/** Where {@code phrase} occurs in {@code lower} from {@code from} on word boundaries, or -1. */
	static int indexOf(String lower, String phrase, int from) {
		boolean prefix = phrase.endsWith("*");
		String words = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
		int at = lower.indexOf(words, from);
		while (at >= 0) {
			int end = at + words.length();
			boolean starts = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
			if (starts && (prefix || endsWord(lower, end))) {
				return at;
			}
			at = lower.indexOf(words, at + 1);
		}
		return -1;
	}

	private static boolean endsWord(String lower, int end) {
		for (String plural : new String[] { "", "s", "es" }) {
			int after = end + plural.length();
			if (lower.startsWith(plural, end) && (after >= lower.length() || !Character.isLetterOrDigit(lower.charAt(after)))) {
				return true;
			}
		}
		return false;
	}

}
