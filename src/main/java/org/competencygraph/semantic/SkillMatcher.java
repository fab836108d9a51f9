package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.competencygraph.database.Sessions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A skill in words (as a learning catalogue or a job description names it), to one capability: its id; else one whose
 * name or alias is the same words; else the best {@link ConceptMatcher} match (with the {@link ExampleMatcher}'s
 * curated sentences, when given) reaching the threshold of {@link MatchingSettings}. Own capabilities (no framework)
 * first, framework ones only when no own one fits: own ones that reach the threshold within the margin of each other
 * do fit (the words do not say which, so the resolution is ambiguous among them), and a framework capability that
 * scores higher does not settle it (with O*NET and ESCO imported, "knowledge of networking: DNS, load balancing, VPNs
 * and firewalls" tied two own network capabilities and went to the technology IpTables). Below the threshold no match, only candidates: never a silent
 * guess. Remembers what it resolved, so a skill named on many rows is matched once. Safe to call from several threads.
 */
public final class SkillMatcher {

	/** The capability a skill names and how it was found; {@code method} is id, name, alias or semantic. */
	public record Match(String capabilityId, String name, String method, double score, String evidence) {
	}

	/**
	 * What became of a skill: a match, or none with the closest candidates; a match by meaning keeps the candidates
	 * it was chosen from (the first is the match), one by id or the same words has none. {@code ambiguous}: the best
	 * candidate reached the threshold but the next was as close (within the margin), so the words do not say which.
	 */
	public record Resolution(@Nullable Match match, List<ConceptMatch> candidates, boolean ambiguous) {
	}

	private static final Logger logger = LoggerFactory.getLogger(SkillMatcher.class);

	/** Up to this many own capabilities, a batch compares them in memory; beyond, through the vector index. */
	private static final int MAX_IN_MEMORY = 5_000;

	private final SameWords sameWords;

	private final ConceptMatcher matcher;

	private final MatchingSettings settings;

	private final Map<String, Resolution> resolved = new ConcurrentHashMap<>();

	private @Nullable Runnable beforeMatchingByMeaning;

	private final @Nullable ExampleMatcher examples;

	/**
	 * @param beforeMatchingByMeaning run once, before the first match by meaning: brings the capabilities' stored
	 * sentence vectors up to date, which the seed graph does not have until something computes them
	 */
	public SkillMatcher(Sessions sessions, ConceptMatcher matcher, MatchingSettings settings,
			Runnable beforeMatchingByMeaning) {
		this(sessions, matcher, settings, beforeMatchingByMeaning, null);
	}

	/** As above, matching by meaning also through curated example sentences when given. */
	public SkillMatcher(Sessions sessions, ConceptMatcher matcher, MatchingSettings settings,
			Runnable beforeMatchingByMeaning, @Nullable ExampleMatcher examples) {
		this.sameWords = new SameWords(sessions, matcher.labels());
		this.matcher = matcher;
		this.settings = settings;
		this.beforeMatchingByMeaning = beforeMatchingByMeaning;
		this.examples = examples;
	}

	public Resolution resolve(String text) {
		return this.resolved.computeIfAbsent(text, this::find);
	}

	/**
	 * Resolves many texts at once (a job description's phrases), as {@link #resolve} would one by one but faster:
	 * the sentence vectors in one batch (the costly part: one model call instead of one per text) while the graph is
	 * read for the same-words lookups, then the searches by meaning on two threads. Later {@link #resolve} calls of
	 * these texts answer from memory.
	 */
	public void resolveAll(Collection<String> texts) {
		long start = System.nanoTime();
		List<String> todo = texts.stream().distinct().filter(t -> !this.resolved.containsKey(t)).toList();
		if (todo.isEmpty()) {
			return;
		}
		// Every text's vector computed while the graph is read (the check of the capabilities' stored vectors
		// included): the model keeps both cores busy, a read mostly one. The few texts the same words then match
		// were embedded for nothing.
		CompletableFuture<List<float[]>> embedding = CompletableFuture.supplyAsync(() -> this.matcher.vectors(todo),
				work -> Thread.ofPlatform().daemon().name("skill-matcher-vectors").start(work));
		refreshVectors();
		// The own capabilities, their labels and vectors read once and compared in memory: one read, not one or two
		// per text.
		OwnCapabilities own = this.matcher.ownCapabilities(MAX_IN_MEMORY);
		boolean frameworks = this.matcher.hasFrameworkCapabilities();
		long read = System.nanoTime();
		Map<String, Match> exact = new HashMap<>();
		List<String> notOwn = new ArrayList<>();
		for (String text : todo) {
			Match match = own != null ? SameWords.inOwn(text, own) : null;
			if (match != null) {
				exact.put(text, match);
			}
			else {
				notOwn.add(text);
			}
		}
		// A framework capability's id or label, which only the graph knows, when there are any: one read for all.
		if (own == null || frameworks) {
			exact.putAll(this.sameWords.inGraph(notOwn));
		}
		List<Integer> byMeaning = new ArrayList<>();
		for (int i = 0; i < todo.size(); i++) {
			Match match = exact.get(todo.get(i));
			if (match != null) {
				this.resolved.put(todo.get(i), new Resolution(match, List.of(), false));
			}
			else {
				byMeaning.add(i);
			}
		}
		long labels = System.nanoTime();
		List<float[]> vectors = vectors(embedding);
		long embedded = System.nanoTime();
		// The own capabilities first, on two threads; the texts none of them fits then searched among all
		// capabilities at once (one scan of the framework vectors and one read for all, not one each).
		Map<Integer, Resolution> owned = new ConcurrentHashMap<>();
		byMeaning.parallelStream().forEach(i -> owned.put(i, own(todo.get(i), vectors.get(i), own)));
		long ownDone = System.nanoTime();
		List<Integer> further = !this.settings.frameworkFallback() || !frameworks ? List.of()
				: byMeaning.stream().filter(i -> fitsNone(owned.get(i))).toList();
		List<List<ConceptMatch>> found = further.isEmpty() ? List.of()
				: this.matcher.matchAll(further.stream().map(todo::get).toList(),
						further.stream().map(vectors::get).toList(), ConceptTarget.CAPABILITY, null,
						this.settings.candidates());
		Map<Integer, List<ConceptMatch>> amongAll = new HashMap<>();
		for (int k = 0; k < further.size(); k++) {
			amongAll.put(further.get(k), found.get(k));
		}
		for (int i : byMeaning) {
			this.resolved.putIfAbsent(todo.get(i), settle(todo.get(i), owned.get(i), amongAll.get(i)));
		}
		logger.debug("{} texts: capabilities read {} ms, same words {} ms, {} sentence vectors {} ms more,"
				+ " by meaning {} ms (own {} ms, {} among all {} ms)", todo.size(), (read - start) / 1_000_000,
				(labels - read) / 1_000_000, todo.size(), (embedded - labels) / 1_000_000,
				(System.nanoTime() - embedded) / 1_000_000, (ownDone - embedded) / 1_000_000, further.size(),
				(System.nanoTime() - ownDone) / 1_000_000);
	}

	/** The vectors being computed, once they are; the model's failure as it was thrown. */
	private static List<float[]> vectors(CompletableFuture<List<float[]>> embedding) {
		try {
			return embedding.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private Resolution find(String text) {
		Match exact = this.sameWords.inGraph(List.of(text)).get(text);
		if (exact != null) {
			return new Resolution(exact, List.of(), false);
		}
		refreshVectors();
		// One sentence vector for both searches (the project's own capabilities, then every framework's).
		return byMeaning(text, this.matcher.vector(text), null, this.settings.frameworkFallback());
	}

	private void refreshVectors() {
		synchronized (this) {
			if (this.beforeMatchingByMeaning != null) {
				this.beforeMatchingByMeaning.run();
				this.beforeMatchingByMeaning = null;
			}
		}
	}

	/**
	 * @param owned the own capabilities read for a batch, or null to search them through the indexes
	 * @param frameworks whether to search framework capabilities when no own one fits
	 */
	private Resolution byMeaning(String text, float[] vector, @Nullable OwnCapabilities owned, boolean frameworks) {
		Resolution own = own(text, vector, owned);
		return settle(text, own, !fitsNone(own) || !frameworks ? null
				: this.matcher.match(text, vector, ConceptTarget.CAPABILITY, null, this.settings.candidates()));
	}

	/** No own capability fits: none matched, and none reached the threshold level with another (ambiguous). */
	private static boolean fitsNone(Resolution own) {
		return own.match() == null && !own.ambiguous();
	}

	/**
	 * Among the own capabilities: a match, with the candidates it was chosen from; or none, with every candidate
	 * (cut to the settings' number by {@link #settle}).
	 */
	private Resolution own(String text, float[] vector, @Nullable OwnCapabilities owned) {
		List<ConceptMatch> candidates = ownCandidates(text, vector, owned);
		Match own = accepted(text, candidates, this.settings.threshold());
		// The candidates stay with the match: a caller may check the match against what the words say of it.
		return new Resolution(own, List.copyOf(candidates), own == null && reaches(candidates, this.settings.threshold()));
	}

	/**
	 * What becomes of a text no own capability fits: the best of {@code all} (its candidates among every capability,
	 * or null when frameworks are not searched) when it reaches the frameworks' threshold, else none with the closest
	 * candidates of both searches. A text matched by an own capability stays so.
	 */
	private Resolution settle(String text, Resolution own, @Nullable List<ConceptMatch> all) {
		if (own.match() != null) {
			return own;
		}
		List<ConceptMatch> candidates = new ArrayList<>(own.candidates());
		boolean ambiguous = own.ambiguous();
		if (all != null) {
			Match framework = accepted(text, all, this.settings.frameworkThreshold());
			if (framework != null) {
				return new Resolution(framework, List.copyOf(all), false);
			}
			ambiguous |= reaches(all, this.settings.frameworkThreshold());
			all.stream().filter(c -> candidates.stream().noneMatch(o -> o.id().equals(c.id()))).forEach(candidates::add);
		}
		candidates.sort(Comparator.comparingDouble(ConceptMatch::score).reversed());
		return new Resolution(null, List.copyOf(candidates.subList(0, Math.min(candidates.size(),
				this.settings.candidates()))), ambiguous);
	}

	/** The own capabilities closest to the text, best first: by their labels, with the curated examples if given. */
	private List<ConceptMatch> ownCandidates(String text, float[] vector, @Nullable OwnCapabilities owned) {
		ExampleMatcher examples = this.examples != null && this.examples.settings().enabled() ? this.examples : null;
		int first = this.settings.candidates();
		// With examples, every own capability's label match (when read in memory) is merged with its example match.
		int labels = examples == null ? first : owned != null ? owned.entries().size() : 4 * first;
		List<ConceptMatch> matches = owned != null ? this.matcher.match(text, vector, owned, labels)
				: this.matcher.match(text, vector, ConceptTarget.CAPABILITY, "none", labels);
		return examples == null ? matches : examples.merge(vector, matches, first);
	}

	private static boolean reaches(List<ConceptMatch> candidates, double threshold) {
		return !candidates.isEmpty() && candidates.getFirst().score() >= threshold;
	}

	private @Nullable Match accepted(String text, List<ConceptMatch> candidates, double threshold) {
		ConceptMatch best = candidates.isEmpty() ? null : candidates.getFirst();
		// Two capabilities close through one curated sentence were both curated from it: no ambiguity of the words.
		if (best == null || best.score() < threshold || (candidates.size() > 1 && best.score()
				- candidates.get(1).score() < this.settings.margin() && !ExampleMatcher.sameExample(best, candidates.get(1)))) {
			return null;
		}
		return new Match(best.id(), best.name(), "semantic", best.score(), "'" + text + "': " + best.evidence());
	}

}
