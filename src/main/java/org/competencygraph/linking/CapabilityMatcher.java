package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

import org.competencygraph.linking.LinkingRules.MeaningRules;
import org.competencygraph.semantic.Labels;
import org.competencygraph.semantic.TextEmbedder;
import org.jspecify.annotations.Nullable;

/**
 * Finds the capabilities of another vocabulary that mean the same as a capability ({@code SAME_AS}) or nearly the
 * same ({@code CLOSE_MATCH}), each with its score, method and evidence. Signals, strongest first:
 * <ul>
 * <li>{@code external-id}: the source names the target's id (a seed file's {@code externalIds});</li>
 * <li>{@code exact-name}: the preferred names are equal after {@link Labels#normalise};</li>
 * <li>{@code alias}: a name or alias of one equals a name or alias of the other (at least a few letters);</li>
 * <li>{@code semantic}: the sentence vectors of the names (and of name plus description, where both have one)
 * are close: the mean of the two cosines, or the names' alone.</li>
 * </ul>
 * A target's score is the best of its signals. Thresholds are data (frameworks/linking.yaml): an external id or an
 * exact name is always SAME_AS, an alias or a meaning at or above {@code sameAs} is SAME_AS (the best one per
 * framework), the next best at or above {@code closeMatch} are CLOSE_MATCH. Pairs an admin rejected are never
 * proposed; pairs an admin confirmed are kept as they are and not proposed again.
 */
final class CapabilityMatcher {

	static final String EXTERNAL_ID = "external-id";

	static final String EXACT_NAME = "exact-name";

	static final String ALIAS = "alias";

	static final String SEMANTIC = "semantic";

	private final LinkingRules.SameAsRules rules;

	private final LabelMeanings meanings;

	CapabilityMatcher(LinkingRules.SameAsRules rules, LabelMeanings meanings) {
		this.rules = rules;
		this.meanings = meanings;
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
		Map<String, List<Concept>> byFramework = new TreeMap<>();
		targets.forEach(t -> byFramework.computeIfAbsent(t.frameworkOrNone(), k -> new ArrayList<>()).add(t));
		List<Link> links = new ArrayList<>();
		byFramework.forEach((framework, inFramework) -> {
			Lexicon lexicon = new Lexicon(inFramework);
			for (Concept source : sources) {
				if (!source.frameworkOrNone().equals(framework)) {
					links.addAll(links(source, inFramework, lexicon, excluded));
				}
			}
		});
		links.sort(Comparator.comparing(Link::from).thenComparing(Link::framework)
			.thenComparing(Comparator.comparingDouble(Link::score).reversed())
			.thenComparing(Link::to));
		return links;
	}

	private List<Link> links(Concept source, List<Concept> targets, Lexicon lexicon, Set<String> excluded) {
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
			List<Meaning> meanings = meanings(source, targets, found.keySet());
			MeaningRules rules = this.rules.meaning();
			for (int i = 0; i < meanings.size(); i++) {
				Meaning meaning = meanings.get(i);
				double next = i + 1 < meanings.size() ? meanings.get(i + 1).label() : -1;
				// Only the target whose label is clearly the closest may be the same by meaning alone.
				boolean same = i == 0 && meaning.label() >= rules.sameAsLabel()
						&& meaning.label() - next >= rules.sameAsMargin() && agrees(meaning, rules.sameAsDescription());
				boolean close = meaning.label() >= rules.closeMatchLabel()
						&& agrees(meaning, rules.closeMatchDescription());
				double score = Double.isNaN(meaning.description()) ? meaning.label()
						: rules.labelWeight() * meaning.label() + (1 - rules.labelWeight()) * meaning.description();
				score -= meaning.sameKind() ? 0 : rules.otherKind();
				found.computeIfAbsent(meaning.target().id(), id -> new Candidate(meaning.target()))
					.semantic(score, meaning.evidence(), same, close);
			}
		}
		List<Candidate> ranked = found.values().stream()
			.filter(c -> !excluded.contains(source.id() + "\t" + c.target.id()))
			.filter(c -> c.lexical >= 0 || c.acceptable)
			.filter(c -> c.score() >= this.rules.closeMatch())
			.sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(c -> c.target.id()))
			.toList();
		List<Link> links = new ArrayList<>();
		boolean sameAsFound = false;
		int closeMatches = 0;
		for (Candidate candidate : ranked) {
			boolean certain = candidate.method.equals(EXTERNAL_ID) || candidate.method.equals(EXACT_NAME);
			boolean same = candidate.lexical >= this.rules.sameAsScore() || candidate.same;
			if (certain || (!sameAsFound && same)) {
				links.add(candidate.link(source, LinkType.SAME_AS));
				sameAsFound = true;
			}
			else if (closeMatches < this.rules.closeMatchesPerFramework()) {
				links.add(candidate.link(source, LinkType.CLOSE_MATCH));
				closeMatches++;
			}
		}
		return links;
	}

	/** Whether the descriptions do not contradict the labels: they reach {@code least}, or one has none. */
	private static boolean agrees(Meaning meaning, double least) {
		return Double.isNaN(meaning.description()) || meaning.description() >= least;
	}

	/**
	 * The targets of compatible kind that mean the same as the source or nearly, by their labels and descriptions.
	 * Shortlist: the {@code candidates} targets whose name is closest to one of the source's labels, and the
	 * {@code candidates} whose description is closest to the source's. For those, every label of the source (name
	 * and aliases) is compared with every label of the target (name and aliases: ESCO's alternative labels, O*NET's
	 * alternate names); the best pair is the label signal, the descriptions' cosine the second signal.
	 */
	List<Meaning> meanings(Concept source, List<Concept> targets, Set<String> alsoCompared) {
		List<String> sourceLabels = texts(source);
		List<float[]> sourceVectors = this.meanings.of(sourceLabels);
		int count = this.rules.candidates();
		TopK byName = new TopK(count);
		TopK byDescription = new TopK(count);
		List<Concept> compared = new ArrayList<>();
		for (Concept target : targets) {
			if (target.label() == null || !compatible(source.kind(), target.kind())) {
				continue;
			}
			if (alsoCompared.contains(target.id())) {
				compared.add(target);
				continue;
			}
			double name = -1;
			for (float[] vector : sourceVectors) {
				name = Math.max(name, TextEmbedder.cosine(vector, target.label()));
			}
			byName.offer(target, name);
			if (source.described() != null && target.described() != null) {
				byDescription.offer(target, TextEmbedder.cosine(source.described(), target.described()));
			}
		}
		Set<String> seen = new HashSet<>();
		compared.forEach(c -> seen.add(c.id()));
		for (Concept target : byName.best()) {
			if (seen.add(target.id())) {
				compared.add(target);
			}
		}
		for (Concept target : byDescription.best()) {
			if (seen.add(target.id())) {
				compared.add(target);
			}
		}
		List<Meaning> meanings = new ArrayList<>(compared.size());
		for (Concept target : compared) {
			List<String> targetLabels = texts(target);
			List<float[]> targetVectors = this.meanings.of(targetLabels);
			double best = -1;
			String from = sourceLabels.getFirst();
			String to = targetLabels.getFirst();
			for (int i = 0; i < sourceVectors.size(); i++) {
				for (int j = 0; j < targetVectors.size(); j++) {
					double cosine = TextEmbedder.cosine(sourceVectors.get(i), targetVectors.get(j));
					if (cosine > best) {
						best = cosine;
						from = sourceLabels.get(i);
						to = targetLabels.get(j);
					}
				}
			}
			double description = source.described() != null && target.described() != null
					? TextEmbedder.cosine(source.described(), target.described()) : Double.NaN;
			boolean names = from.equals(sourceLabels.getFirst()) && to.equals(targetLabels.getFirst());
			meanings.add(new Meaning(target, best, names ? "names" : "labels", from, to, description,
					family(target.kind()).equals(family(source.kind()))));
		}
		meanings.sort(Comparator.comparingDouble(Meaning::label).reversed().thenComparing(m -> m.target().id()));
		return meanings;
	}

	/** A concept's name and its aliases, as written, without repeats. */
	private static List<String> texts(Concept concept) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put(Labels.normalise(concept.name()), concept.name());
		concept.aliases().forEach(alias -> texts.putIfAbsent(Labels.normalise(alias), alias));
		texts.remove("");
		return texts.isEmpty() ? List.of(concept.name()) : List.copyOf(texts.values());
	}

	/**
	 * What the meaning of a target's labels and description says about one source.
	 *
	 * @param label the best cosine of a source label and a target label
	 * @param pair "names" when that pair is the two names, "labels" when an alias or alternative label is in it
	 * @param sourceLabel the source's label of that pair
	 * @param targetLabel the target's label of that pair
	 * @param description the cosine of the two descriptions; NaN when one has none
	 * @param sameKind whether both are of the same family of kinds ({@link #family}): knowledge, qualification or
	 * behaviour
	 */
	record Meaning(Concept target, double label, String pair, String sourceLabel, String targetLabel,
			double description, boolean sameKind) {

		String evidence() {
			String pair = String.format(Locale.ROOT, "meaning: %s '%s' ~ '%s' %.2f", this.pair, this.sourceLabel,
					this.targetLabel, this.label);
			return Double.isNaN(this.description) ? pair
					: pair + String.format(Locale.ROOT, ", descriptions %.2f", this.description);
		}

	}

	/** The {@code size} best-scored concepts. */
	private static final class TopK {

		private final int size;

		private final PriorityQueue<Map.Entry<Double, Concept>> queue = new PriorityQueue<>(
				Comparator.comparingDouble(Map.Entry::getKey));

		TopK(int size) {
			this.size = size;
		}

		void offer(Concept concept, double score) {
			if (this.queue.size() < this.size) {
				this.queue.add(Map.entry(score, concept));
			}
			else if (score > this.queue.peek().getKey()) {
				this.queue.poll();
				this.queue.add(Map.entry(score, concept));
			}
		}

		List<Concept> best() {
			return this.queue.stream().map(Map.Entry::getValue).toList();
		}

	}

	/**
	 * What a kind of capability is about: knowledge (a field one knows), a qualification, or a behaviour one can show
	 * (skills, abilities and competencies alike: ESCO calls all of them "skill/competence", O*NET's work styles are
	 * competencies of the seed files).
	 */
	private static String family(String kind) {
		return switch (kind) {
			case "KnowledgeArea", "Qualification" -> kind;
			default -> "Skill";
		};
	}

	/** Qualifications (degrees, experience) only ever mean qualifications. */
	private static boolean compatible(String a, String b) {
		return a.equals("Qualification") == b.equals("Qualification");
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

		Lexicon(List<Concept> concepts) {
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

		Candidate semantic(double score, String evidence, boolean same, boolean acceptable) {
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
