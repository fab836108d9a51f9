package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.competencygraph.linking.CapabilityUsage.Fit;
import org.competencygraph.linking.LabelComparison.Meaning;
import org.competencygraph.linking.LinkingRules.BroaderRules;
import org.competencygraph.linking.LinkingRules.ContextRules;
import org.competencygraph.linking.LinkingRules.MeaningRules;
import org.competencygraph.linking.RequirementContext.Support;
import org.competencygraph.semantic.Labels;
import org.jspecify.annotations.Nullable;

/**
 * Finds the capabilities of another vocabulary that mean the same as a capability ({@code SAME_AS}) or nearly the
 * same ({@code CLOSE_MATCH}), each with its score, method and evidence. Signals, strongest first:
 * <ul>
 * <li>{@code external-id}: the source names the target's id (a seed file's {@code externalIds});</li>
 * <li>{@code exact-name}: the preferred names are equal after {@link Labels#normalise};</li>
 * <li>{@code alias}: a name or alias of one equals a name or alias of the other (at least a few letters), unless
 * their descriptions contradict it ({@code aliasDescription}: another sense of the same word);</li>
 * <li>{@code semantic}: the meaning of every label of both (names, aliases, alternative labels) and of their
 * descriptions ({@link LabelComparison}); two signals must agree ({@link LinkingRules.MeaningRules}).</li>
 * </ul>
 * A second, independent signal weighs the links by meaning: the <b>context</b>, what the occupations closest to the
 * jobs requiring the capability require ({@link RequirementContext}). Their important requirements are compared as
 * candidates too; a target they require with enough weight may link on a weaker meaning
 * ({@link LinkingRules.ContextRules}), and in the frameworks named by {@code context.veto} a meaning no closest
 * occupation requires makes no link; in those named by {@code context.besideSameAs}, a CLOSE_MATCH by meaning beside
 * a SAME_AS of the same capability needs a closest occupation that requires it. The evidence says which occupations
 * gave the context.
 * A target's score is the best of its signals. Thresholds are data (frameworks/linking.yaml): an external id or an
 * exact name is always SAME_AS; an alias at or above {@code sameAsScore}, or the clearly closest meaning, is SAME_AS
 * (the best one per framework); the next best acceptable one is CLOSE_MATCH. Pairs an admin rejected are never
 * proposed; pairs an admin confirmed are kept as they are and not proposed again.
 * <p>
 * A third signal, the <b>usage</b>, compares the sentences of the job descriptions that require the capability with
 * the candidates ({@link CapabilityUsage}, {@link LinkingRules.UsageRules}): the candidate they fit best, and
 * closely, may link on the weaker meaning the context allows; a link they fit clearly worse than another is dropped.
 * <p>
 * A fourth, the framework's <b>hierarchy</b> ({@link ConceptHierarchy}, {@link LinkingRules.BroaderRules}): a concept
 * broader than several of the best-scoring candidates is compared too and may link on a weaker meaning, as what
 * those narrower candidates share.
 * <p>
 * Longer than 300 lines because the decision reads the four signals of one candidate together (meaning, context,
 * usage, hierarchy) and then the candidates of one framework against each other; split, each part would need the
 * others' state.
 */
final class CapabilityMatcher {

	static final String EXTERNAL_ID = "external-id";

	static final String EXACT_NAME = "exact-name";

	static final String ALIAS = "alias";

	static final String SEMANTIC = "semantic";

	private final LinkingRules.SameAsRules rules;

	private final LabelComparison comparison;

	CapabilityMatcher(LinkingRules.SameAsRules rules, LabelMeanings meanings) {
		this.rules = rules;
		this.comparison = new LabelComparison(meanings, rules.candidates());
	}

	/**
	 * A capability as the matcher sees it.
	 *
	 * @param label the vector of its name; null when not embedded
	 * @param described the vector of its name and description; null when it has no description
	 */
	record Concept(String id, String kind, String name, List<String> aliases, List<String> externalIds,
			@Nullable String framework, float @Nullable [] label, float @Nullable [] described) {

		Concept(String id, String kind, String name, List<String> aliases, List<String> externalIds,
				@Nullable String framework) {
			this(id, kind, name, aliases, externalIds, framework, null, null);
		}

		String frameworkOrNone() {
			return this.framework == null ? "none" : this.framework;
		}

	}

	enum LinkType {

		SAME_AS, CLOSE_MATCH

	}

	record Link(String from, String to, String framework, LinkType type, String method, double score,
			String evidence) {
	}

	/**
	 * Links each source to the targets of each framework among {@code targets} (not to its own framework).
	 * @param excluded pairs ({@code from \t to}) never to propose: rejected or already confirmed
	 */
	List<Link> match(List<Concept> sources, List<Concept> targets, Set<String> excluded) {
		return match(sources, targets, excluded, RequirementContext.NONE);
	}

	/**
	 * Links each source as {@link #match(List, List, Set)} does, with the requirements of the occupations closest to
	 * the jobs requiring it as a second signal ({@link RequirementContext}, {@code sameAs.context} of linking.yaml).
	 */
	List<Link> match(List<Concept> sources, List<Concept> targets, Set<String> excluded, RequirementContext context) {
		return match(sources, targets, excluded, context, CapabilityUsage.NONE);
	}

	/**
	 * Links each source as {@link #match(List, List, Set, RequirementContext)} does, with the sentences of the job
	 * descriptions that require it as a third signal ({@link CapabilityUsage}, {@code sameAs.usage} of linking.yaml).
	 */
	List<Link> match(List<Concept> sources, List<Concept> targets, Set<String> excluded, RequirementContext context,
			CapabilityUsage usage) {
		return match(sources, targets, excluded, context, usage, ConceptHierarchy.NONE);
	}

	/**
	 * Links each source as {@link #match(List, List, Set, RequirementContext, CapabilityUsage)} does, with the
	 * concepts broader than several of its closest candidates as a fourth signal ({@link ConceptHierarchy},
	 * {@code sameAs.broader} of linking.yaml).
	 */
	List<Link> match(List<Concept> sources, List<Concept> targets, Set<String> excluded, RequirementContext context,
			CapabilityUsage usage, ConceptHierarchy hierarchy) {
		Map<String, List<Concept>> byFramework = new TreeMap<>();
		targets.forEach(t -> byFramework.computeIfAbsent(t.frameworkOrNone(), k -> new ArrayList<>()).add(t));
		List<Link> links = new ArrayList<>();
		byFramework.forEach((framework, inFramework) -> {
			Lexicon lexicon = new Lexicon(inFramework);
			for (Concept source : sources) {
				if (!source.frameworkOrNone().equals(framework)) {
					links.addAll(links(source, inFramework, framework, lexicon, excluded, context, usage, hierarchy));
				}
			}
		});
		links.sort(Comparator.comparing(Link::from).thenComparing(Link::framework)
			.thenComparing(Comparator.comparingDouble(Link::score).reversed())
			.thenComparing(Link::to));
		return links;
	}

	private List<Link> links(Concept source, List<Concept> targets, String framework, Lexicon lexicon,
			Set<String> excluded, RequirementContext context, CapabilityUsage usage, ConceptHierarchy hierarchy) {
		Map<String, Candidate> found = new TreeMap<>();
		for (String externalId : source.externalIds()) {
			for (Concept target : lexicon.byExternalId.getOrDefault(externalId, List.of())) {
				found.computeIfAbsent(target.id(), id -> new Candidate(target))
					.lexical(EXTERNAL_ID, 1.0, "the source names its id " + externalId);
			}
		}
		for (Concept target : lexicon.byName.getOrDefault(Labels.normalise(source.name()), List.of())) {
			found.computeIfAbsent(target.id(), id -> new Candidate(target)).lexical(EXACT_NAME,
					this.rules.exactName().of(target.kind().equals(source.kind())), "same name '" + target.name() + "'");
		}
		for (String label : labels(source)) {
			if (label.length() >= this.rules.minimumAliasLength()) {
				for (Concept target : lexicon.byLabel.getOrDefault(label, List.of())) {
					found.computeIfAbsent(target.id(), id -> new Candidate(target)).lexical(ALIAS,
							this.rules.alias().of(target.kind().equals(source.kind())),
							"'" + label + "' is a name or alias of both");
				}
			}
		}
		if (source.label() != null) {
			Set<String> compared = new HashSet<>(found.keySet());
			compared.addAll(context.candidates(source.id(), framework));
			Compared comparedByMeaning = compared(source, targets, compared, hierarchy, lexicon.byId);
			List<Meaning> meanings = comparedByMeaning.meanings();
			MeaningRules rules = this.rules.meaning();
			BroaderRules broaderRules = this.rules.broader();
			ContextRules contextRules = this.rules.context();
			boolean known = context.known(source.id(), framework);
			boolean used = usage.known(source.id());
			CapabilityUsage.Fits fits = usage.fits(source.id(), meanings);
			for (int i = 0; i < meanings.size(); i++) {
				Meaning meaning = meanings.get(i);
				double next = i + 1 < meanings.size() ? meanings.get(i + 1).label() : -1;
				// Only the target whose label is clearly the closest may be the same by meaning alone.
				boolean same = i == 0 && meaning.label() >= rules.sameAsLabel()
						&& meaning.label() - next >= rules.sameAsMargin() && agrees(meaning, rules.sameAsDescription());
				boolean close = meaning.label() >= rules.closeMatchLabel()
						&& agrees(meaning, rules.closeMatchDescription());
				double score = score(meaning);
				Support support = context.support(source.id(), meaning.target().id(), framework);
				Fit fit = fits.of(meaning.target().id());
				List<String> narrower = comparedByMeaning.narrower().get(meaning.target().id());
				String evidence = (known ? meaning.evidence() + "; " + support.evidence() : meaning.evidence())
						+ (used ? "; " + fit.evidence() : "") + (narrower == null ? ""
								: "; broader than " + narrower.size() + " of the " + broaderRules.closest()
										+ " closest candidates ('" + String.join("', '", narrower) + "')");
				// The context lets a weaker meaning link; it never makes a link by itself.
				boolean supported = support.of() > 0
						&& support.share() >= contextRules.support().getOrDefault(framework, Double.MAX_VALUE)
						&& meaning.label() >= contextRules.label() && agrees(meaning, contextRules.description());
				// The concept the job descriptions' sentences fit best, and closely, may link on the same weaker
				// meaning as one the context supports: the sentences say which sense of the name is meant.
				boolean usedSo = used && meaning.target().id().equals(fits.best())
						&& fit.cosine() >= this.rules.usage().fit() && meaning.label() >= contextRules.label()
						&& agrees(meaning, contextRules.description());
				double least = supported || usedSo ? Math.min(contextRules.closeMatch(), this.rules.closeMatch())
						: this.rules.closeMatch();
				// A concept several of the closest candidates sit under says what they have in common: the general
				// skill a general capability means, where each narrower one says only a part of it.
				boolean broadly = narrower != null && meaning.label() >= broaderRules.label()
						&& agrees(meaning, broaderRules.description());
				least = broadly ? Math.min(least, broaderRules.closeMatch()) : least;
				// A meaning no closest occupation requires is a label neighbour the work does not call for.
				boolean vetoed = contextRules.veto().contains(framework) && known && support.requiring() == 0;
				// An alias spelled alike whose descriptions disagree names another sense of the word.
				Candidate shared = found.get(meaning.target().id());
				if (shared != null && shared.method.equals(ALIAS) && !agrees(meaning, this.rules.aliasDescription())) {
					shared.withoutAlias();
				}
				found.computeIfAbsent(meaning.target().id(), id -> new Candidate(meaning.target()))
					.semantic(score, evidence, same && !vetoed, (close || supported || usedSo || broadly) && !vetoed, least,
							fit.cosine(), contextRules.besideSameAs().contains(framework) && known
									&& support.requiring() == 0);
			}
		}
		List<Candidate> ranked = found.values().stream()
			.filter(c -> !excluded.contains(source.id() + "\t" + c.target.id()))
			.filter(c -> c.lexical >= 0 || c.acceptable)
			.filter(c -> c.score() >= (c.lexical >= 0 ? this.rules.closeMatch() : c.least))
			.sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(c -> c.target.id()))
			.toList();
		// Of the links the labels make, one the sentences fit clearly worse than another is a neighbour in words
		// the usage contradicts (O*NET's Systems Analysis for the seed's Systems Evaluation, whose job asks to
		// "identify measures or indicators of system performance"). A shared name or id stands whatever the usage.
		double fitsBest = ranked.stream().mapToDouble(c -> c.usage).max().orElse(-1);
		ranked = ranked.stream()
			.filter(c -> c.lexical >= 0 || fitsBest - c.usage <= this.rules.usage().gap())
			.toList();
		Map<Candidate, LinkType> chosen = new LinkedHashMap<>();
		int closeMatches = 0;
		for (Candidate candidate : ranked) {
			boolean certain = candidate.method.equals(EXTERNAL_ID) || candidate.method.equals(EXACT_NAME);
			boolean same = candidate.lexical >= this.rules.sameAsScore() || candidate.same;
			if (certain || (!chosen.containsValue(LinkType.SAME_AS) && same)) {
				chosen.put(candidate, LinkType.SAME_AS);
			}
			else if (closeMatches < this.rules.closeMatchesPerFramework()) {
				chosen.put(candidate, LinkType.CLOSE_MATCH);
				closeMatches++;
			}
		}
		// Beside a concept that means the same, a second one by meaning is most often a neighbour in words from
		// another trade ("manage work" beside "work in teams" for Team Working); it stands only where the work calls
		// for it, a closest occupation of the jobs requiring the capability requires it (context.besideSameAs). Its
		// place is not given to the next candidate, which scores lower still.
		if (chosen.containsValue(LinkType.SAME_AS)) {
			chosen.entrySet()
				.removeIf(e -> e.getValue() == LinkType.CLOSE_MATCH && e.getKey().lexical < 0 && e.getKey().unrequired);
		}
		List<Link> links = new ArrayList<>();
		chosen.forEach((candidate, type) -> links.add(candidate.link(source, type)));
		return links;
	}

	/**
	 * The candidates of one framework compared by meaning: the shortlist ({@link LabelComparison}) and
	 * {@code alsoCompared}, and the concepts one BROADER step above at least {@code broader.narrower} of the
	 * {@code broader.closest} best-scoring of them ({@link ConceptHierarchy}).
	 */
	Compared compared(Concept source, List<Concept> targets, Set<String> alsoCompared, ConceptHierarchy hierarchy,
			Map<String, Concept> byId) {
		List<Meaning> meanings = new ArrayList<>(this.comparison.compare(source, targets, alsoCompared));
		BroaderRules rules = this.rules.broader();
		Map<String, List<String>> narrower = new TreeMap<>();
		meanings.stream()
			.sorted(Comparator.comparingDouble(this::score).reversed().thenComparing(m -> m.target().id()))
			.limit(rules.closest())
			.forEach(m -> new LinkedHashSet<>(hierarchy.broaderThan(m.target().id()))
				.forEach(id -> narrower.computeIfAbsent(id, k -> new ArrayList<>()).add(m.target().name())));
		narrower.values().removeIf(names -> names.size() < rules.narrower());
		Set<String> seen = new HashSet<>();
		meanings.forEach(m -> seen.add(m.target().id()));
		List<Concept> more = narrower.keySet().stream()
			.filter(id -> !seen.contains(id) && byId.containsKey(id))
			.map(byId::get)
			.filter(c -> c.label() != null && LabelComparison.compatible(source.kind(), c.kind()))
			.toList();
		if (!more.isEmpty()) {
			meanings.addAll(this.comparison.meanings(source, more));
			meanings.sort(Comparator.comparingDouble(Meaning::label).reversed().thenComparing(m -> m.target().id()));
		}
		return new Compared(meanings, narrower);
	}

	/** A framework's concepts by id, for {@link #compared}. */
	static Map<String, Concept> byId(List<Concept> targets) {
		Map<String, Concept> byId = new HashMap<>();
		targets.forEach(t -> byId.put(t.id(), t));
		return byId;
	}

	/**
	 * @param meanings the candidates compared, best label pair first
	 * @param narrower per concept broader than enough of the closest candidates, the names of those
	 */
	record Compared(List<Meaning> meanings, Map<String, List<String>> narrower) {
	}

	/** The score of a link by meaning: labels and descriptions weighed, less for another family of kinds. */
	double score(Meaning meaning) {
		MeaningRules rules = this.rules.meaning();
		double score = Double.isNaN(meaning.description()) ? meaning.label()
				: rules.labelWeight() * meaning.label() + (1 - rules.labelWeight()) * meaning.description();
		return score - (meaning.sameKind() ? 0 : rules.otherKind());
	}

	/** Whether the descriptions do not contradict the labels: they reach {@code least}, or one has none. */
	private static boolean agrees(Meaning meaning, double least) {
		return Double.isNaN(meaning.description()) || meaning.description() >= least;
	}

	private static Set<String> labels(Concept concept) {
		Set<String> labels = new LinkedHashSet<>();
		labels.add(Labels.normalise(concept.name()));
		concept.aliases().forEach(alias -> labels.add(Labels.normalise(alias)));
		labels.remove("");
		return labels;
	}

	/** A framework's concepts by external id, normalised name and normalised label. */
	private static final class Lexicon {

		final Map<String, List<Concept>> byExternalId = new HashMap<>();

		final Map<String, List<Concept>> byName = new HashMap<>();

		final Map<String, List<Concept>> byLabel = new HashMap<>();

		final Map<String, Concept> byId;

		Lexicon(List<Concept> concepts) {
			this.byId = byId(concepts);
			for (Concept concept : concepts) {
				this.byExternalId.computeIfAbsent(concept.id(), k -> new ArrayList<>()).add(concept);
				concept.externalIds()
					.forEach(id -> this.byExternalId.computeIfAbsent(id, k -> new ArrayList<>()).add(concept));
				this.byName.computeIfAbsent(Labels.normalise(concept.name()), k -> new ArrayList<>()).add(concept);
				labels(concept).forEach(l -> this.byLabel.computeIfAbsent(l, k -> new ArrayList<>()).add(concept));
			}
		}

	}

	/** One target's signals for one source. */
	private static final class Candidate {

		final Concept target;

		String method = SEMANTIC;

		double lexical = -1;

		@Nullable String lexicalEvidence;

		double semantic = -1;

		@Nullable String semanticEvidence;

		/** The meaning alone makes it the same (see {@link MeaningRules}). */
		boolean same;

		/** The meaning alone makes it an acceptable link (CLOSE_MATCH at least). */
		boolean acceptable;

		/** The least score of a link by meaning: lower where the context or the usage supports it. */
		double least = 1;

		/** The best cosine of the source's usage sentences with this target; -1 where none is known. */
		double usage = -1;

		/** The capability has a context in the framework and none of its occupations requires this target. */
		boolean unrequired;

		Candidate(Concept target) {
			this.target = target;
		}

		/** Keeps the strongest lexical signal (they are offered strongest first). */
		Candidate lexical(String method, double score, String evidence) {
			if (score > this.lexical) {
				this.method = method;
				this.lexical = score;
				this.lexicalEvidence = evidence;
			}
			return this;
		}

		/** Forgets a shared alias the descriptions contradict: the candidate is left to its meaning. */
		void withoutAlias() {
			this.method = SEMANTIC;
			this.lexical = -1;
			this.lexicalEvidence = null;
		}

		Candidate semantic(double score, String evidence, boolean same, boolean acceptable, double least,
				double usage, boolean unrequired) {
			this.unrequired = unrequired;
			this.least = least;
			this.usage = usage;
			this.semantic = score;
			this.semanticEvidence = evidence;
			this.same = same;
			this.acceptable = acceptable;
			return this;
		}

		double score() {
			return Math.max(this.lexical, this.semantic);
		}

		Link link(Concept source, LinkType type) {
			List<String> evidence = new ArrayList<>(2);
			if (this.lexicalEvidence != null) {
				evidence.add(this.lexicalEvidence);
			}
			if (this.semanticEvidence != null) {
				evidence.add(this.semanticEvidence);
			}
			// A name, alias or id the two share is the reason; the meaning, when also close, is further evidence.
			String method = this.lexical >= 0 ? this.method : SEMANTIC;
			return new Link(source.id(), this.target.id(), this.target.frameworkOrNone(), type, method,
					Math.round(score() * 1000) / 1000.0, String.join("; ", evidence));
		}

	}

}
