package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

	CapabilityMatcher(LinkingRules.SameAsRules rules) {
		this.rules = rules;
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
			for (Candidate nearest : nearest(source, targets, this.rules.candidates())) {
				found.merge(nearest.target.id(), nearest, (a, b) -> a.semantic(b.semantic, b.semanticEvidence));
			}
		}
		List<Candidate> ranked = found.values().stream()
			.filter(c -> !excluded.contains(source.id() + "\t" + c.target.id()))
			.filter(c -> c.score() >= this.rules.closeMatch())
			.sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(c -> c.target.id()))
			.toList();
		List<Link> links = new ArrayList<>();
		boolean sameAsFound = false;
		int closeMatches = 0;
		for (Candidate candidate : ranked) {
			boolean certain = candidate.method.equals(EXTERNAL_ID) || candidate.method.equals(EXACT_NAME);
			if (certain || (!sameAsFound && candidate.score() >= this.rules.sameAsScore())) {
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

	/** The {@code count} targets of compatible kind whose vectors are closest to the source's. */
	private List<Candidate> nearest(Concept source, List<Concept> targets, int count) {
		List<Candidate> best = new ArrayList<>(count + 1);
		for (Concept target : targets) {
			if (target.label() == null || !compatible(source.kind(), target.kind())) {
				continue;
			}
			double names = TextEmbedder.cosine(source.label(), target.label());
			double score = names;
			String evidence;
			if (source.described() != null && target.described() != null) {
				double descriptions = TextEmbedder.cosine(source.described(), target.described());
				score = (names + descriptions) / 2;
				evidence = String.format(Locale.ROOT, "meaning: names %.2f, descriptions %.2f", names, descriptions);
			}
			else {
				evidence = String.format(Locale.ROOT, "meaning: names %.2f", names);
			}
			if (best.size() < count || score > best.getLast().semantic) {
				best.add(new Candidate(target).semantic(score, evidence));
				best.sort(Comparator.comparingDouble((Candidate c) -> c.semantic).reversed());
				if (best.size() > count) {
					best.removeLast();
				}
			}
		}
		return best;
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

		Candidate semantic(double score, @Nullable String evidence) {
			this.semantic = score;
			this.semanticEvidence = evidence;
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
