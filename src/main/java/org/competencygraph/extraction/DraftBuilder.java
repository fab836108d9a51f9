package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.competencygraph.capability.Capability;
import org.competencygraph.extraction.DraftProfile.Candidate;
import org.competencygraph.extraction.DraftProfile.Duty;
import org.competencygraph.extraction.DraftProfile.Job;
import org.competencygraph.extraction.DraftProfile.LeftOut;
import org.competencygraph.extraction.DraftProfile.NotRead;
import org.competencygraph.extraction.DraftProfile.Phrase;
import org.competencygraph.extraction.DraftProfile.ProposedCapability;
import org.competencygraph.extraction.DraftProfile.Provenance;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.competencygraph.semantic.ConceptMatch;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Outline} to a {@link DraftProfile}: each sentence of a requirement section becomes a requirement (matched
 * to a capability, else a proposed new one), each duty a duty and, when it names a capability the graph has, a
 * requirement derived from it; boilerplate is left out and listed. A document naming several levels becomes one
 * job per level, each including the requirements of the one below.
 * Longer than 300 lines because it is one pass from passages to requirements whose steps (what is left out, duty
 * clauses, parts of sentences, the matches and proposals, the jobs of a multi-level document) add to the same jobs
 * and notes; the kind check is its own class ({@link KindCheck}).
 */
final class DraftBuilder {

	/** The organization of a draft whose document names none, for the reviewer to replace. */
	static final String NOT_STATED = "Organization not stated";

	private static final Pattern LEVELS_IN_TITLE = Pattern.compile("(?i)\\s*[-\u2013,(]?\\s*\\blevels?\\s+\\d.*$");

	/** "Role: Site IT Engineer": a short label before a colon, and its value. */
	private static final Pattern OPENING_LABEL = Pattern.compile("^([A-Za-z][A-Za-z ]{0,24}):\\s+(.+)$");

	/**
	 * The separators of a line in parts: "Title | Location | Pay", "Employer - Title" (spaced dashes only), and a
	 * careers site's breadcrumb over its page, "Careers › Current opportunities › Cyber Security Analyst" (the crumbs
	 * before the page's own name name no job).
	 */
	private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|\u2013\u2014\u203a\u00bb-]\\s+");

	/** A separator of an advert's line of facts beside the spaced dashes and bars of {@link #TITLE_PARTS}. */
	private static final Pattern ORGANIZATION_PARTS = Pattern.compile("\\s+[\u00b7\u2022]\\s+");

	/** Capitalised words, "&" between them. */
	private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'.]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}'.]*)*");

	/** Capitalised words, with "of", "for", "the", "and" or "&" between them: a name in running text. */
	private static final Pattern NAME_IN_TEXT = Pattern
		.compile("\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:(?:of|for|the|and|&)\\s+)*\\p{Lu}[\\p{L}'.-]*)+");

	/** Words that open a sentence or a heading before a name ("About the Ministry ...", "Join Acme Bank"). */
	private static final Set<String> BEFORE_NAMES = Set.of("The", "the", "About", "At", "Join", "Our", "Welcome", "to");

	private static final Pattern BULLET = Pattern.compile("^[*\u2022\u00b7\u25aa-]\\s");

	private static final Pattern CODE_LETTERS = Pattern.compile("^(\\S+)\\s+([a-z](?:\\s*,\\s*[a-z])+)$");

	/**
	 * A line of a post's hashtags, mentions or links only ("#hiring #ITjobs #Intune", "careers.example.co.uk/it-jobs",
	 * and a recruiter's LinkedIn tags with a hyphen, "#LI-AB1 #LI-Hybrid"): the post's keywords and where to apply,
	 * each repeating the post or naming no requirement.
	 */
	private static final Pattern TAGS = Pattern.compile(
			"(?:(?:[#@][\\p{L}\\p{N}_]+(?:-[\\p{L}\\p{N}_]+)*|https?://\\S+|www\\.\\S+|[\\w.-]+\\.[a-z]{2,}/\\S*)[\\s,]*)+");

	private static final Pattern DATE = Pattern.compile(
			"(?i)^((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+)?\\d{4}$");

	private static final List<String> REQUIREMENT_KINDS = List.of("skills", "knowledge", "experience", "qualifications");

	private final ExtractionRules rules;

	private final Cues cues;

	private final Function<String, Resolution> matcher;

	private final Consumer<List<String>> matchAll;

	private final double threshold;

	private final KindCheck kinds;

	private final Predicate<String> capabilityExists;

	/**
	 * @param capabilityExists whether the graph has a capability of this id: a proposed capability gets another, as
	 * importing the draft would otherwise rename the existing one
	 */
	DraftBuilder(ExtractionRules rules, Cues cues, Function<String, Resolution> matcher, double threshold,
			Predicate<String> capabilityExists) {
		this(rules, cues, matcher, phrases -> phrases.forEach(matcher::apply), threshold, 0, capabilityExists);
	}

	/**
	 * @param matchAll resolves a document's phrases at once before {@code matcher} is asked for each (a batch is
	 * faster than one phrase at a time)
	 */
	DraftBuilder(ExtractionRules rules, Cues cues, Function<String, Resolution> matcher,
			Consumer<List<String>> matchAll, double threshold, double margin, Predicate<String> capabilityExists) {
		this.kinds = new KindCheck(rules, cues, threshold, margin);
		this.rules = rules;
		this.cues = cues;
		this.matcher = matcher;
		this.matchAll = matchAll;
		this.threshold = threshold;
		this.capabilityExists = capabilityExists;
	}

	DraftProfile build(String document, Outline outline) {
		List<String> review = new ArrayList<>();
		List<Phrase> unmatched = new ArrayList<>();
		List<LeftOut> leftOut = new ArrayList<>();
		Map<String, List<Passage>> contextOnly = new LinkedHashMap<>();
		List<DraftJob> jobs = jobs(outline, review);
		List<Task> tasks = new ArrayList<>();
		for (Passage passage : outline.passages) {
			DraftJob job = jobs.get(Math.min(jobs.size() - 1, jobIndex(outline, passage)));
			String reason = leftOutReason(passage, job);
			if (reason != null) {
				leftOut.add(new LeftOut(passage.text(), passage.section(), passage.line(), reason));
				continue;
			}
			boolean duty = passage.sectionKind().equals("duties");
			List<String> languages = duty ? List.of() : this.rules.languagesAsked(passage.text());
			if (!languages.isEmpty()) {
				languages.forEach(language -> language(passage, language, job));
				continue;
			}
			if (duty && job.duties.size() < 200) {
				job.duties.add(new Duty(passage.text(), passage.section()));
			}
			if (duty) {
				// A duty listing several activities ("diagnosing problems; working with vendors; ...") may imply a
				// capability in each.
				for (String clause : passage.text().split("\\s*;\\s*")) {
					if (clause.split("\\s+").length >= 2) {
						String whole = this.cues.phrase(clause);
						tasks.add(new Task(passage, whole, true, job, null, false, false));
						parts(passage, this.rules.head(this.cues.withoutOpening(clause)), whole, true, job, tasks, false);
					}
				}
			}
			else if (REQUIREMENT_KINDS.contains(passage.sectionKind())
					|| passage.sectionKind().equals("boilerplate")
					|| (passage.sectionKind().equals("other") && this.rules.statesRequirement(passage.text()))) {
				// (A sentence of a boilerplate section that was not left out states a requirement.)
				String phrase = this.cues.phrase(passage);
				// A short sentence after the first of a criterion that says how much or which of it qualifies it
				// ("An in-depth knowledge of at least one area"): its cue words count for the criterion, it is no
				// requirement of its own. Other short sentences are ("... routing. Understanding of ITIL processes.").
				if (!passage.item().startsWith(passage.text()) && phrase.split("\\s+").length < Cues.QUALIFIER_WORDS
						&& qualifies(passage.text())) {
					continue;
				}
				tasks.add(new Task(passage, phrase, false, job, null, false, false));
				String source = passage.label() != null ? passage.label() : passage.text();
				String head = this.rules.head(this.cues.withoutOpening(source));
				parts(passage, head, phrase, false, job, tasks, false);
				// "Experience must demonstrate each of the following competencies: Attention to Detail, Customer
				// Service, ...": the list after an introduction's colon, which the sentence's head may leave out.
				int colon = source.indexOf(':');
				if (colon > 0 && !head.contains(source.substring(colon + 1).strip())) {
					parts(passage, source.substring(colon + 1).strip(), phrase, false, job, tasks, true);
				}
				// "B.E/B.Tech/MCA with 4-8 years of experience": the degree, one word to the parts above, matched by its
				// words.
				for (String degree : this.rules.degreesAbbreviated(passage.text())) {
					tasks.add(new Task(passage, degree, false, job, phrase, false, true));
				}
			}
			else if (passage.sectionKind().equals("other") && !passage.section().equals(Outline.BEFORE_HEADINGS)) {
				contextOnly.computeIfAbsent(passage.section(), section -> new ArrayList<>()).add(passage);
			}
		}
		// The matches by meaning are the slow part: all phrases at once, each once (the matcher remembers them).
		this.matchAll.accept(tasks.stream()
			.flatMap(task -> task.part() ? java.util.stream.Stream.of(task.phrase())
					: java.util.stream.Stream.of(task.phrase(), this.rules.head(task.phrase())))
			.distinct()
			.toList());
		// A sentence one of whose parts names a capability is not proposed as a whole: the part says what it asks. One
		// whose list after the colon names two or more is not matched as a whole either: its introduction asks nothing.
		Set<Passage> covered = new HashSet<>();
		Map<Passage, Integer> listed = new HashMap<>();
		for (Task task : tasks) {
			if (task.part() && partMatch(task) != null) {
				covered.add(task.passage());
				if (task.listed()) {
					listed.merge(task.passage(), 1, Integer::sum);
				}
			}
		}
		for (Task task : tasks) {
			if (!task.part() && listed.getOrDefault(task.passage(), 0) >= 2) {
				continue;
			}
			if (task.part()) {
				Match match = partMatch(task);
				if (match != null && !(task.abbreviated() && namesDegree(task.whole()))) {
					add(task.passage(), match, this.matcher.apply(task.phrase()), task.duty(), task.job());
				}
				continue;
			}
			requirement(task.passage(), task.phrase(), task.duty(), task.job(), unmatched, covered);
		}
		List<Job> written = jobs.stream().map(DraftJob::job).toList();
		String title = outline.jobs.getFirst().metadata().get("title");
		return new DraftProfile(DraftProfile.FORMAT, new DraftProfile.Source(document, title), written,
				new DraftProfile.Notes("competency-graph extraction (docs/extraction.md)", review, unmatched, leftOut,
						notRead(contextOnly)));
	}

	/**
	 * The sections read as context only, each once: a heading the vocabularies do not know, and sentences that state
	 * no requirement. Without them in the draft a reviewer could not tell that part of the document was not read (a
	 * German advert's "Your tasks" once lost all its duties so).
	 */
	private static List<NotRead> notRead(Map<String, List<Passage>> contextOnly) {
		List<NotRead> notRead = new ArrayList<>();
		contextOnly.forEach((section, passages) -> notRead.add(new NotRead(section, passages.getFirst().line(),
				passages.size(), passages.getFirst().text(), "the heading is none the vocabularies know (rules.yaml "
						+ "sections) and its sentences state no requirement: read as context only; if it lists "
						+ "duties or requirements, add them by hand")));
		return notRead;
	}

	/**
	 * Whether the sentence's own match is a degree ("B.E. / B.Tech (Computer Science / IT) or MCA": the degree with
	 * its field), which the degree named by abbreviation would only repeat.
	 */
	private boolean namesDegree(@Nullable String whole) {
		if (whole == null) {
			return false;
		}
		Resolution resolution = headed(whole);
		Match match = resolution.match();
		if (match == null) {
			return false;
		}
		for (ConceptMatch candidate : resolution.candidates()) {
			Capability capability = candidate.capability();
			if (candidate.id().equals(match.capabilityId()) && capability != null) {
				return "degree".equals(capability.qualificationType());
			}
		}
		return false;
	}

	/**
	 * Whether a short sentence speaks of how much or which of the criterion before it (a number, qualifierWords), or
	 * is only its priority ("A degree in computing. Desirable.").
	 */
	private boolean qualifies(String sentence) {
		String lower = ExtractionRules.lower(sentence);
		return lower.matches("(?s).*\\d.*") || ExtractionRules.anyOf(lower, this.rules.qualifierWords()) != null
				|| this.rules.priorityMark(lower.replaceAll("[.()\\s]+", " ").strip()) != null
				|| ExtractionRules.anyOf(lower, List.copyOf(this.rules.numberWords().keySet())) != null;
	}

	private @Nullable String leftOutReason(Passage passage, DraftJob job) {
		String text = ExtractionRules.lower(passage.text()).replaceAll("[.\\s]+$", "");
		if (this.rules.nothingStated().contains(text)) {
			return "nothing stated";
		}
		if (text.equals(ExtractionRules.lower(job.organization)) || text.equals(ExtractionRules.lower(job.title))
				|| DATE.matcher(text).matches()) {
			return "page header or footer";
		}
		if (TAGS.matcher(text).matches()) {
			return "hashtags, mentions or links";
		}
		if (passage.levelCell() != null || (passage.criterion() != null && !passage.assessedBy().isEmpty())) {
			// A capability a capability table names with its level ("Value Diversity and Inclusion | Foundational"),
			// and a person specification's numbered criterion with how it is assessed ("24. Respect | Interview"),
			// are asked for, whatever boilerplate their words resemble.
			return null;
		}
		String reason = this.rules.boilerplateReason(passage.text(), passage.sectionKind().equals("duties"),
				passage.sectionKind().equals("boilerplate"));
		if (reason != null) {
			return reason;
		}
		if (!passage.item().startsWith(passage.text())) {
			// The sentences after a boilerplate one in the same paragraph ("NB: ... not restrictive ... This will
			// not substantially change the nature of the post") go with it, unless its reason covers its own
			// sentence only (`sentenceOnly`: "The employee must occasionally lift ... 50 pounds" after postures).
			String first = Outline.sentences(passage.item()).getFirst();
			String itemReason = this.rules.boilerplateReason(first);
			if (itemReason != null && this.rules.coversParagraph(itemReason)) {
				return itemReason;
			}
		}
		if (passage.sectionKind().equals("boilerplate") && !this.rules.statesRequirement(passage.text())) {
			return "section: " + passage.section();
		}
		return null;
	}

	/**
	 * @param part whether the phrase is a part of the sentence (see {@code parts} in the rules), not all of it
	 * @param whole the whole sentence's phrase, for a part
	 * @param listed whether the part stands in the list after an introduction's colon
	 * @param abbreviated whether the phrase is the words of a degree the sentence names by abbreviation
	 */
	private record Task(Passage passage, String phrase, boolean duty, DraftJob job,
			@Nullable String whole, boolean listed, boolean abbreviated) {

		boolean part() {
			return this.whole != null;
		}

	}

	/** The parts of a sentence listing several capabilities, each a task of its own when long enough. */
	private void parts(Passage passage, String text, String whole, boolean duty, DraftJob job, List<Task> tasks,
			boolean listed) {
		List<String> parts = this.rules.parts(text);
		if (parts.size() < 2) {
			return;
		}
		for (String part : parts) {
			String phrase = this.cues.phrase(part);
			if (phrase.split("\\s+").length >= this.rules.parts().minNamedWords()) {
				tasks.add(new Task(passage, phrase, duty, job, whole, listed, false));
			}
		}
	}

	/** A part's match: by meaning or the same words, of a fitting kind, reaching the parts' threshold; else none. */
	private @Nullable Match partMatch(Task task) {
		Resolution resolution = this.matcher.apply(task.phrase());
		Match match = resolution.match();
		if (match == null || match.score() < this.rules.parts().threshold()) {
			return null;
		}
		// A part of fewer words counts only as a capability's own name or alias ("..., Oral Communication and Problem
		// Solving") or by a sure match by meaning ("problem-solving skills and ..."): a word or two match by meaning too
		// loosely. One word counts only as a name ("troubleshooting and problem-solving skills"): a verb before "and"
		// ("Write and update ...") may be some capability's alias (WRITE).
		ExtractionRules.Parts parts = this.rules.parts();
		int words = task.phrase().split("\\s+").length;
		boolean named = match.method().equals("name")
				|| (match.method().equals("alias") && words >= parts.minSureWords());
		boolean meant = words >= parts.minWords() || (words >= parts.minSureWords() && match.score() >= parts.sure());
		if (!named && !meant) {
			return null;
		}
		String wording = task.duty() ? "duty" : this.kinds.wordingKind(task.passage());
		if (match.method().equals("semantic") && wording != null && !resolution.candidates().isEmpty()
				&& !this.kinds.fits(wording, resolution.candidates().getFirst())) {
			return null;
		}
		// A few words out of their sentence match by a shared word ("second-line teams" Team Working): the whole
		// sentence must have the part's capability among its own candidates too.
		if (match.method().equals("semantic") && parts.confirmedByWhole() && match.score() < parts.sureAlone()
				&& task.whole() != null
				&& this.matcher.apply(task.whole()).candidates().stream()
					.noneMatch(c -> c.id().equals(match.capabilityId()))) {
			return null;
		}
		// A part matching by a word or two of the name the whole sentence matched names the same thing less precisely
		// ("Monitoring the performance" Monitoring, where the sentence is IT Systems Monitoring and Reporting).
		Match whole = task.whole() == null ? null : this.matcher.apply(task.whole()).match();
		if (whole != null && !whole.capabilityId().equals(match.capabilityId()) && namedWithin(match.name(), whole.name())) {
			return null;
		}
		return match;
	}

	/**
	 * Whether a name of a word or two stands whole in a longer one ("Monitoring" in "IT Systems Monitoring and
	 * Reporting"; not "Post-Secondary Education or Relevant Work Experience" in "Additional Post-Secondary ...", a
	 * capability of its own).
	 */
	private boolean namedWithin(String name, String other) {
		int words = NearTies.contentWords(name, this.rules.nearTies()).size();
		return words <= 2 && words < NearTies.contentWords(other, this.rules.nearTies()).size() && namedIn(name, other);
	}

	/**
	 * A duty is asked for as essential, unless a heading over it says its duties are desirable (a duty statement's
	 * "Marginal Functions": duties of the position not essential to it); its own words' cues are no priority.
	 */
	private static Cues.Priority dutyPriority(Passage passage) {
		return new Cues.Priority("desirable".equals(passage.priority()) ? "desirable" : "essential", null);
	}

	/** A requirement from a matched part of a sentence, with the sentence's provenance, priority and level. */
	private void add(Passage passage, Match match, Resolution resolution, boolean duty, DraftJob job) {
		Cues.Priority priority = duty ? dutyPriority(passage) : this.cues.priority(passage);
		Cues.Level level = duty ? null : this.cues.level(passage);
		List<Candidate> candidates = candidates(resolution);
		job.add(new Requirement(match.capabilityId(), priority.priority(), priority.text(),
				level == null ? null : level.level(), level == null ? null : level.text(),
				List.copyOf(passage.assessedBy()), passage.criterion(), duty ? Boolean.TRUE : null,
				new Provenance(passage.section(), passage.text(), passage.line()),
				Math.round(match.score() * 1000) / 1000.0,
				match.evidence() + " (" + match.method() + ", a part of the sentence)", candidates));
	}

	/**
	 * The whole sentence's resolution when its match by meaning agrees with the sentence's head (see {@code heads}
	 * in the rules): the head's match is the same capability or has it among its candidates. Otherwise the head's,
	 * its match named in the evidence; when the head matches nothing, no match, with the whole's candidates.
	 */
	Resolution headed(String phrase) {
		Resolution whole = this.matcher.apply(phrase);
		String head = this.rules.head(phrase);
		Match match = whole.match();
		if (head.equals(phrase) || match == null || !match.method().equals("semantic")) {
			return whole;
		}
		Resolution ofHead = this.matcher.apply(head);
		Match headMatch = ofHead.match();
		if ((headMatch != null && headMatch.capabilityId().equals(match.capabilityId()))
				|| ofHead.candidates().stream().limit(this.rules.heads().candidates())
					.anyMatch(c -> c.id().equals(match.capabilityId()))) {
			return whole;
		}
		if (headMatch != null) {
			return new Resolution(new Match(headMatch.capabilityId(), headMatch.name(), headMatch.method(),
					headMatch.score(), headMatch.evidence() + "; the sentence's head, as the whole '" + phrase
							+ "' matched '" + match.name() + "' through words outside it"),
					ofHead.candidates(), false);
		}
		return new Resolution(null, ofHead.candidates(), false);
	}

	private void requirement(Passage passage, String phrase, boolean duty, DraftJob job, List<Phrase> unmatched,
			Set<Passage> covered) {
		Resolution resolution = headed(phrase);
		String wording = duty ? "duty" : this.kinds.wordingKind(passage);
		String kindNote = null;
		Match match = resolution.match();
		if (match != null && match.method().equals("semantic") && wording != null
				&& !resolution.candidates().isEmpty() && !this.kinds.fits(wording, resolution.candidates().getFirst())) {
			kindNote = "kind check: '" + match.name() + "' is " + KindCheck.kindOf(resolution.candidates().getFirst())
					+ ", the wording names " + (duty ? "a duty" : wording);
			match = this.kinds.fittingMatch(phrase, resolution.candidates(), wording, kindNote);
		}
		if (match != null && match.method().equals("semantic") && !KindCheck.levelsAgree(phrase, match.name())) {
			kindNote = "level check: '" + match.name() + "' states another level than the wording";
			match = this.kinds.fittingMatch(phrase, resolution.candidates(), wording, kindNote);
		}
		List<Candidate> candidates = candidates(resolution);
		Provenance provenance = new Provenance(passage.section(), passage.text(), passage.line());
		if (match == null) {
			boolean proposed = !duty && !covered.contains(passage);
			unmatched.add(new Phrase(phrase, passage.section(), passage.line(), proposed, candidates));
			if (!proposed) {
				return;
			}
		}
		Cues.Priority priority = duty ? dutyPriority(passage) : this.cues.priority(passage);
		Cues.Level level = duty ? null : this.cues.level(passage);
		Object capability;
		double confidence;
		String evidence;
		if (match != null) {
			capability = match.capabilityId();
			confidence = match.score();
			evidence = match.evidence() + " (" + match.method() + ")";
		}
		else {
			Cues.Kind kind = this.cues.kind(passage, passage.sectionKind());
			// A licence named within a longer sentence is proposed by its own name, as a curator would write it.
			String named = DraftNames.nounPhrase(phrase, this.rules.proposalNames());
			String name = named != null ? named : name(phrase);
			capability = new ProposedCapability(proposedId(kind, name), kind.kind(), name,
					kind.qualificationType(), "Proposed by extraction from: " + passage.text());
			confidence = candidates.isEmpty() ? 0 : candidates.getFirst().score();
			evidence = (kindNote != null ? kindNote + ", and no capability of a fitting kind reached " + this.threshold
					: "no capability reached " + this.threshold + " (or the best was not clearly ahead)")
					+ ": proposed as a new capability; review it or pick a candidate";
		}
		job.add(new Requirement(capability, priority.priority(), priority.text(), level == null ? null : level.level(),
				level == null ? null : level.text(), List.copyOf(passage.assessedBy()), passage.criterion(),
				duty ? Boolean.TRUE : null, provenance, Math.round(confidence * 1000) / 1000.0, evidence, candidates));
		// "Good communication and interpersonal skills": a sentence naming its match and another candidate each by
		// its whole name asks for both (not for a broader one the match's name holds: "Bachelor's Degree" beside
		// "Bachelor's Degree in Computer Science").
		if (match != null && !duty && namedIn(match.name(), phrase)) {
			for (ConceptMatch other : resolution.candidates()) {
				if (!other.id().equals(match.capabilityId()) && other.score() >= this.threshold
						&& namedIn(other.name(), phrase) && !namedWithin(other.name(), match.name())
						&& (wording == null || this.kinds.fits(wording, other))) {
					job.add(new Requirement(other.id(), priority.priority(), priority.text(),
							level == null ? null : level.level(), level == null ? null : level.text(),
							List.copyOf(passage.assessedBy()), passage.criterion(), null, provenance,
							Math.round(other.score() * 1000) / 1000.0,
							"'" + other.name() + "' named in the sentence beside '" + match.name() + "'", candidates));
				}
			}
		}
	}

	/** Whether every word of a capability's name stands in the text ("Communication" in "communication and ..."). */
	private boolean namedIn(String name, String phrase) {
		Set<String> words = NearTies.contentWords(name, this.rules.nearTies());
		Set<String> phraseWords = NearTies.contentWords(phrase, this.rules.nearTies());
		return !words.isEmpty() && words.stream().allMatch(word -> phraseWords.stream().anyMatch(p -> NearTies.same(word, p)));
	}

	/**
	 * A language the sentence asks for: the graph's capability when the match of "<language> language" is named
	 * after the language (ESCO's "German"), else a proposed skill named so.
	 */
	private void language(Passage passage, String language, DraftJob job) {
		String phrase = name(language) + " language";
		Resolution resolution = this.matcher.apply(phrase);
		Match match = resolution.match();
		boolean named = match != null && ExtractionRules.lower(match.name()).contains(language);
		Cues.Priority priority = this.cues.priority(passage);
		Object capability = named ? match.capabilityId()
				: new ProposedCapability(proposedId(new Cues.Kind("Skill", null), phrase), "Skill", phrase, null,
						"Proposed by extraction from: " + passage.text());
		String evidence = named ? match.evidence() + " (" + match.method() + ", a language the sentence names)"
				: "the sentence asks for " + name(language) + ", and no capability is named after it: proposed as a "
						+ "new capability; review it or pick a candidate";
		job.add(new Requirement(capability, priority.priority(), priority.text(), null, null,
				List.copyOf(passage.assessedBy()), passage.criterion(), null,
				new Provenance(passage.section(), passage.text(), passage.line()),
				named ? Math.round(match.score() * 1000) / 1000.0 : 0, evidence,
				candidates(resolution)));
	}

	/** The first three candidates a requirement shows, best first. */
	private static List<Candidate> candidates(Resolution resolution) {
		return resolution.candidates().stream().limit(3).map(DraftBuilder::candidate).toList();
	}

	private static Candidate candidate(ConceptMatch match) {
		return new Candidate(match.id(), match.name(), match.score());
	}

	private static int jobIndex(Outline outline, Passage passage) {
		if (outline.levels.size() < 2) {
			return passage.job();
		}
		List<Integer> levels = new ArrayList<>(outline.levels.keySet());
		int index = levels.indexOf(passage.level());
		return Math.max(0, index);
	}

	private List<DraftJob> jobs(Outline outline, List<String> review) {
		List<DraftJob> jobs = new ArrayList<>();
		String organization = employer(organization(outline, review), outline, review);
		if (outline.levels.size() >= 2) {
			Map<String, String> metadata = outline.jobs.getFirst().metadata();
			String base = LEVELS_IN_TITLE.matcher(title(metadata, outline, organization)).replaceFirst("").strip();
			List<String> codes = codes(metadata.get("code"), outline.levels.size());
			int i = 0;
			for (Map.Entry<Integer, @Nullable String> level : outline.levels.entrySet()) {
				String named = outline.namedLevels.get(level.getKey());
				String title = named == null ? base + " Level " + level.getKey() : levelTitle(named, base);
				String grade = level.getValue() != null ? level.getValue() : metadata.get("grade");
				DraftJob previous = jobs.isEmpty() ? null : jobs.getLast();
				jobs.add(new DraftJob(id(organization, title), title, codes.get(i++), organization, metadata, grade,
						outline.jobs.getFirst().summary(), previous == null ? null : previous.id));
			}
			review.add("The document describes levels " + (outline.namedLevels.isEmpty() ? outline.levels.keySet()
					: outline.namedLevels.values()) + ": one job per level, each including the requirements of the level "
					+ "below (includesRequirementsOf).");
			return jobs;
		}
		for (Outline.JobPart part : outline.jobs) {
			String title = title(part.metadata(), outline, organization);
			jobs.add(new DraftJob(id(organization, title), title, part.metadata().get("code"), organization,
					part.metadata(), part.metadata().get("grade"), part.summary(), null));
		}
		return jobs;
	}

	/** A level's title from its heading: "Senior" under "Site Reliability Engineer" is "Senior Site Reliability Engineer". */
	private static String levelTitle(String heading, String base) {
		String words = heading.replaceAll("[:\\s]+$", "").strip();
		return words.contains(" ") ? DraftNames.titleCase(words)
				: DraftNames.titleCase(words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1) + " " + base);
	}

	/**
	 * The stated organization, else the first part of an opening line (parts as of a title: "**Carrow & Pike LLP** ·
	 * London · Permanent"; not a list's item) naming one of {@code organizationWords}, else the letterhead of an
	 * opening whose title is an unlabelled line: the part of the title's line that names no job ("Marlowe & Reed
	 * Hotels - IT Service Desk Team Leader"), else a name on the line before or after it ("Brightwell Home", "Harvest
	 * Lane Markets"), else a name the first lines introduce ("Lanternfish is an all-remote company"), else the name the
	 * text writes most often with one of {@code organizationWords}.
	 */
	private String organization(Outline outline, List<String> review) {
		String stated = outline.jobs.getFirst().metadata().get("organization");
		if (stated != null) {
			return spelledOut(stated, outline);
		}
		List<String> lines = outline.opening.stream().map(DraftBuilder::withoutMarks).toList();
		for (String line : lines) {
			if (BULLET.matcher(line).find()) {
				continue; // a list's item, in a short document's first lines, names no letterhead
			}
			for (String part : TITLE_PARTS.split(ORGANIZATION_PARTS.matcher(line).replaceAll(" | "))) {
				String name = part.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
				if (name.split("\\s+").length <= 8 && ExtractionRules.anyOf(ExtractionRules.lower(name),
						this.rules.organizationWords()) != null) {
					return DraftNames.titleCase(name);
				}
			}
		}
		String letterhead = outline.jobs.getFirst().metadata().get("title") != null ? null : letterhead(lines);
		if (letterhead != null) {
			return DraftNames.titleCase(letterhead);
		}
		for (String line : lines) {
			String introduced = this.rules.organizationIntroduced().named(line);
			if (introduced != null) {
				return introduced;
			}
		}
		String named = namedInText(outline);
		if (named != null) {
			return named;
		}
		review.add("The document names no organization: replace '" + NOT_STATED + "' with it.");
		return NOT_STATED;
	}

	/**
	 * The organization as the employer: in a recruitment agency's advert for a client it does not name (a sentence
	 * with one of {@code recruiterAdvert}: "working exclusively with our client, a well-established logistics
	 * business"), the name the advert gives is the agency's, so the job is the agency's client's ("Client of
	 * Harrowgate Recruitment Partners"), and the review asks for the employer's name.
	 */
	private String employer(String organization, Outline outline, List<String> review) {
		if (organization.equals(NOT_STATED)) {
			return organization;
		}
		Stream<String> texts = Stream.concat(outline.opening.stream(), outline.passages.stream().map(Passage::text));
		String phrase = texts.map(text -> ExtractionRules.anyOf(ExtractionRules.lower(text), this.rules.recruiterAdvert()))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (phrase == null) {
			return organization;
		}
		String client = "Client of " + organization;
		review.add("The advert is a recruitment agency's ('" + phrase + "'): " + organization + " is the agency, not the "
				+ "employer. Replace '" + client + "' with the employer's name if you know it.");
		return client;
	}

	/**
	 * An organization stated by its acronym ("Agency | UNORC") by its name where the document spells it out before
	 * the acronym in brackets ("The United Nations Office for Regional Cooperation (UNORC) works ..."): the
	 * capitalised words, small words between them, whose initials spell it; else the acronym as stated.
	 */
	static String spelledOut(String stated, Outline outline) {
		if (!stated.matches("[A-Z]{2,10}")) {
			return stated;
		}
		Pattern before = Pattern.compile("((?:\\p{Lu}[\\p{L}'&-]*\\s+(?:(?:of|for|the|and|on|in|de|du|des|la)\\s+)*)+)\\("
				+ Pattern.quote(stated) + "\\)");
		for (Passage passage : outline.passages) {
			Matcher found = before.matcher(passage.text());
			if (!found.find()) {
				continue;
			}
			List<String> words = List.of(found.group(1).strip().split("\\s+"));
			// The shortest run of words ending before the bracket whose capitalised words' initials spell it.
			for (int from = words.size() - 1; from >= 0; from--) {
				List<String> run = words.subList(from, words.size());
				String initials = run.stream().filter(w -> Character.isUpperCase(w.charAt(0)))
					.map(w -> w.substring(0, 1)).collect(java.util.stream.Collectors.joining());
				if (initials.equals(stated) && Character.isUpperCase(run.getFirst().charAt(0))) {
					return String.join(" ", run);
				}
			}
		}
		return stated;
	}

	/**
	 * See {@link #organization}: the name the document's sentences and headings write most often (the first of equals)
	 * among those holding one of {@code organizationWords} ("About the Ministry for Coastal Resilience", "Follow
	 * Northfield State University information security policies"), of two or more capitalised words once a duty's
	 * verb or words that open a sentence before a name ("The", "About", "Join") are left off; else null.
	 */
	private @Nullable String namedInText(Outline outline) {
		Set<String> texts = new LinkedHashSet<>();
		for (Passage passage : outline.passages) {
			texts.add(passage.section());
			texts.add(passage.text());
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String text : texts) {
			Matcher name = NAME_IN_TEXT.matcher(text);
			while (name.find()) {
				List<String> words = new ArrayList<>(List.of(name.group().split("\\s+")));
				while (!words.isEmpty()
						&& (BEFORE_NAMES.contains(words.getFirst()) || this.rules.isDutyVerb(words.getFirst()))) {
					words.removeFirst();
				}
				String candidate = String.join(" ", words);
				if (words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count() >= 2
						&& ExtractionRules.anyOf(ExtractionRules.lower(candidate), this.rules.organizationWords()) != null) {
					counts.merge(candidate, 1, Integer::sum);
				}
			}
		}
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
	}

	/** See {@link #organization}: the name beside the title's line, or null. */
	private @Nullable String letterhead(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (namedJob(lines.get(i)) == null) {
				continue;
			}
			List<String> others = Stream.of(TITLE_PARTS.split(lines.get(i)))
				.filter(part -> !this.rules.titleLines().namesAJob(part))
				.toList();
			if (others.size() == 1 && isName(others.getFirst())) {
				return others.getFirst();
			}
			for (int j : new int[] { i - 1, i + 1 }) {
				if (j >= 0 && j < lines.size() && isName(lines.get(j))) {
					return lines.get(j);
				}
			}
			// "IT Support & Systems Engineer | Fernbrook Freight | Leeds (Hybrid)", as a post on a social network
			// heads itself: of the parts beside the job, the one name (a place with the work mode in brackets is none).
			List<String> names = others.stream().filter(this::isName).toList();
			return names.size() == 1 ? names.getFirst() : null;
		}
		return null;
	}

	/**
	 * A short line of two or more capitalised words ("Harvest Lane Markets", "Marlowe & Reed Hotels"), not a kind of
	 * document; one word alone is as often a place ("London") as a name.
	 */
	private boolean isName(String line) {
		int words = line.split("\\s+").length;
		return NAME.matcher(line).matches() && words >= 2 && words <= 5
				&& !this.rules.isDocumentType(line);
	}

	/** A line without its Markdown heading marks and bold stars. */
	private static String withoutMarks(String line) {
		return line.replaceAll("^#+\\s*", "").replace("**", "").strip();
	}

	/**
	 * The stated title, else the first of the opening lines that names a job ({@link ExtractionRules.TitleLines}),
	 * else the first that is neither the organization's name (an advert's letterhead) nor the kind of document
	 * ("Class Specification").
	 */
	private String title(Map<String, String> metadata, Outline outline, String organization) {
		String title = metadata.get("title");
		if (title == null) {
			List<String> lines = outline.opening.stream()
				.map(line -> withoutMarks(line).replaceAll("^\\d{1,2}[.)]\\s+", ""))
				.filter(line -> !line.equalsIgnoreCase(organization))
				.filter(line -> !this.rules.isDocumentType(line))
				.toList();
			title = lines.stream()
				.map(this::namedJob)
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(lines.isEmpty() ? "Untitled job" : lines.getFirst());
			title = withoutTeam(title, organization);
		}
		return DraftNames.titleCase(this.rules.withoutTitleMark(title.replace("*", "")));
	}

	/**
	 * The title without the team a large company's careers site names after a comma ("Data Center Technician II,
	 * Kestrelgate Infrastructure Operations" for Kestrelgate Data Services LLC): a part after the last comma opening
	 * with the organization's first word names the team, not the job. Any other part stays ("Web Developer,
	 * E-commerce": the job's specialism).
	 */
	static String withoutTeam(String title, String organization) {
		int comma = title.lastIndexOf(", ");
		String[] brand = organization.strip().split("\\s+");
		if (comma < 0 || brand[0].length() < 3) {
			return title;
		}
		String[] team = title.substring(comma + 2).strip().split("\\s+");
		return team.length >= 2 && team[0].equalsIgnoreCase(brand[0]) ? title.substring(0, comma).strip() : title;
	}

	/**
	 * The job a short opening line names: the line, or of a line in parts the parts that name one; null for a line
	 * naming none, a sentence, a list item, or the value of a label such as "Reports to".
	 */
	private @Nullable String namedJob(String line) {
		ExtractionRules.TitleLines rules = this.rules.titleLines();
		Matcher label = OPENING_LABEL.matcher(line);
		if (label.matches()) {
			if (ExtractionRules.anyOf(ExtractionRules.lower(label.group(1)), rules.notTitleLabels()) != null) {
				return null;
			}
			line = label.group(2);
		}
		if (BULLET.matcher(line).find() || line.endsWith(".") || !rules.namesAJob(line)) {
			return null;
		}
		List<String> parts = List.of(TITLE_PARTS.split(line));
		List<String> naming = parts.stream().filter(rules::namesAJob).toList();
		String named = naming.size() == parts.size() ? line : String.join(" - ", naming);
		return named.split("\\s+").length > rules.maxWords() ? null : named;
	}

	/** "IT096 a,b,c,d" for four levels is IT096a ... IT096d; any other code is every level's. */
	private static List<@Nullable String> codes(@Nullable String code, int levels) {
		List<@Nullable String> codes = new ArrayList<>();
		Matcher letters = code == null ? null : CODE_LETTERS.matcher(code.strip());
		String[] suffixes = letters != null && letters.matches() ? letters.group(2).split("\\s*,\\s*") : new String[0];
		for (int i = 0; i < levels; i++) {
			codes.add(suffixes.length == levels ? Objects.requireNonNull(letters).group(1) + suffixes[i] : code);
		}
		return codes;
	}

	private static String id(String organization, String title) {
		return DraftNames.slug(organization, 60) + "/" + DraftNames.slug(title, 80);
	}

	private String proposedId(Cues.Kind kind, String phrase) {
		String prefix = switch (kind.kind()) {
			case "Qualification" -> kind.qualificationType() == null || kind.qualificationType().equals("other")
					? "qualification" : kind.qualificationType();
			case "KnowledgeArea" -> "knowledge";
			default -> kind.kind().toLowerCase(Locale.ROOT);
		};
		String id = prefix + "/" + DraftNames.slug(phrase, 60);
		String free = id;
		for (int n = 2; this.capabilityExists.test(free); n++) {
			free = id + "-" + n;
		}
		return free;
	}

	private static String name(String phrase) {
		String name = phrase.length() > 120 ? phrase.substring(0, phrase.lastIndexOf(' ', 120)) : phrase;
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
