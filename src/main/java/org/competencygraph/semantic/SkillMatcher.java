package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.competencygraph.database.Sessions;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.neo4j.driver.Session;

/**
 * A skill in words (as a learning catalogue or a job description names it), to one capability: its id; else one whose
 * name or alias is the same words; else the best {@link ConceptMatcher} match (with the {@link ExampleMatcher}'s
 * curated sentences, when given) reaching the threshold of {@link MatchingSettings}. Own capabilities (no framework)
 * first, framework ones only when no own one fits. Below the threshold no match, only candidates: never a silent
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

	private final Sessions sessions;

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
		this.sessions = sessions;
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
	 * the same-words lookups first, then the sentence vectors of the rest in one batch (the costly part: one model
	 * call instead of one per text), then the searches by meaning on two threads. Later {@link #resolve} calls of
	 * these texts answer from memory.
	 */
	public void resolveAll(Collection<String> texts) {
		long start = System.nanoTime();
		List<String> todo = texts.stream().distinct().filter(t -> !this.resolved.containsKey(t)).toList();
		if (todo.isEmpty()) {
			return;
		}
		refreshVectors();
		// The own capabilities, their labels and vectors read once and compared in memory: one read, not one or two
		// per text.
		OwnCapabilities own = this.matcher.ownCapabilities(MAX_IN_MEMORY);
		boolean frameworks = this.matcher.hasFrameworkCapabilities();
		long read = System.nanoTime();
		Map<String, Match> exact = new HashMap<>();
		List<String> notOwn = new ArrayList<>();
		for (String text : todo) {
			Match match = own != null ? byOwnLabel(text, own) : null;
			if (match != null) {
				exact.put(text, match);
			}
			else {
				notOwn.add(text);
			}
		}
		// A framework capability's id or label, which only the graph knows, when there are any: one read for all.
		if (own == null || frameworks) {
			exact.putAll(byIdOrLabel(notOwn));
		}
		List<String> byMeaning = new ArrayList<>();
		for (String text : todo) {
			if (exact.containsKey(text)) {
				this.resolved.put(text, new Resolution(exact.get(text), List.of(), false));
			}
			else {
				byMeaning.add(text);
			}
		}
		long labels = System.nanoTime();
		List<float[]> vectors = byMeaning.isEmpty() ? List.of() : this.matcher.vectors(byMeaning);
		long embedded = System.nanoTime();
		boolean fallback = this.settings.frameworkFallback() && frameworks;
		IntStream.range(0, byMeaning.size()).parallel().forEach(i -> this.resolved.computeIfAbsent(byMeaning.get(i),
				text -> byMeaning(text, vectors.get(i), own, fallback)));
		logger.debug("{} texts: capabilities read {} ms, same words {} ms, {} sentence vectors {} ms, by meaning {} ms",
				todo.size(), (read - start) / 1_000_000, (labels - read) / 1_000_000, byMeaning.size(),
				(embedded - labels) / 1_000_000, (System.nanoTime() - embedded) / 1_000_000);
	}

	/**
	 * As {@link #byIdOrLabel} among the own capabilities read for a batch: the one with this id, else the one whose
	 * name, else whose alias, is the same words (the smallest id of equals).
	 */
	private static @Nullable Match byOwnLabel(String text, OwnCapabilities own) {
		String id = text.strip();
		String normalised = Labels.normalise(text);
		Match best = null;
		int bestRank = Integer.MAX_VALUE;
		for (OwnCapabilities.Entry entry : own.entries()) {
			String capabilityId = entry.capability().id();
			String name = entry.capability().name();
			if (capabilityId.equals(id)) {
				return new Match(capabilityId, name, "id", 1.0, "'" + text + "' is the capability's id");
			}
			if (normalised.isEmpty()) {
				continue;
			}
			int rank;
			String label;
			if (entry.normalisedName().equals(normalised)) {
				rank = 0;
				label = name;
			}
			else {
				int alias = entry.normalisedAliases().indexOf(normalised);
				if (alias < 0) {
					continue;
				}
				rank = 1;
				label = entry.capability().aliases().get(alias);
			}
			if (rank < bestRank || (rank == bestRank && best != null && capabilityId.compareTo(best.capabilityId()) < 0)) {
				bestRank = rank;
				String method = rank == 0 ? "name" : "alias";
				best = new Match(capabilityId, name, method, 1.0, "'" + text + "': same words as the " + method + " '"
						+ label + "'");
			}
		}
		return best;
	}

	private Resolution find(String text) {
		Match exact = byIdOrLabel(List.of(text)).get(text);
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
		List<ConceptMatch> candidates = new ArrayList<>(ownCandidates(text, vector, owned));
		Match own = accepted(text, candidates, this.settings.threshold());
		if (own != null) {
			// The candidates stay with the match: a caller may check the match against what the words say of it.
			return new Resolution(own, List.copyOf(candidates), false);
		}
		boolean ambiguous = reaches(candidates, this.settings.threshold());
		if (frameworks) {
			List<ConceptMatch> all = this.matcher.match(text, vector, ConceptTarget.CAPABILITY, null,
					this.settings.candidates());
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

	/**
	 * For each text that names one, the capability with this id, or whose name (before aliases) is the same words,
	 * own capabilities before framework ones; the full-text index finds those sharing all the words, then their labels
	 * are compared whole. One read for all the texts, not one each: with O*NET and ESCO imported, a job description's
	 * 200 phrases took a second or more one by one.
	 */
	private Map<String, Match> byIdOrLabel(List<String> texts) {
		if (texts.isEmpty()) {
			return Map.of();
		}
		List<Map<String, Object>> rows = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			String normalised = Labels.normalise(texts.get(i));
			rows.add(Map.of("i", i, "id", texts.get(i).strip(), "query", normalised.isEmpty() ? "" : allWords(normalised)));
		}
		Map<Integer, List<Record>> byId;
		Map<Integer, List<Record>> byWords;
		try (Session session = this.sessions.open()) {
			byId = byText(session.executeRead(tx -> tx.run("""
					UNWIND $texts AS t MATCH (c:Capability {id: t.id})
					RETURN t.i AS i, c.id AS id, c.name AS name, [] AS aliases, c.framework AS framework
					""", Map.of("texts", rows)).list()));
			List<Map<String, Object>> byLabel = rows.stream()
				.filter(t -> !byId.containsKey((Integer) t.get("i")) && !((String) t.get("query")).isEmpty())
				.toList();
			byWords = byText(session.executeRead(tx -> tx.run("""
					UNWIND $texts AS t
					CALL db.index.fulltext.queryNodes('capability_text', t.query, {limit: 200}) YIELD node
					RETURN t.i AS i, node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
					       node.framework AS framework
					""", Map.of("texts", byLabel)).list()));
		}
		Map<String, Match> matches = new HashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			Match match = byId.containsKey(i) ? byId(text, byId.get(i).getFirst())
					: byLabel(text, byWords.getOrDefault(i, List.of()));
			if (match != null) {
				matches.put(text, match);
			}
		}
		return matches;
	}

	private static Map<Integer, List<Record>> byText(List<Record> rows) {
		return rows.stream().collect(Collectors.groupingBy(r -> r.get("i").asInt()));
	}

	private static Match byId(String text, Record row) {
		return new Match(row.get("id").asString(), row.get("name").asString(), "id", 1.0,
				"'" + text + "' is the capability's id");
	}

	/** Of the capabilities sharing all the text's words, the one named so (own first), else so aliased. */
	private static @Nullable Match byLabel(String text, List<Record> rows) {
		String normalised = Labels.normalise(text);
		Match best = null;
		int bestRank = Integer.MAX_VALUE;
		for (Record row : rows) {
			boolean own = row.get("framework").isNull();
			String name = row.get("name").asString("");
			int rank;
			String method;
			String label;
			if (Labels.normalise(name).equals(normalised)) {
				rank = own ? 0 : 2;
				method = "name";
				label = name;
			}
			else {
				label = row.get("aliases").asList(v -> v.asString()).stream()
					.filter(alias -> Labels.normalise(alias).equals(normalised))
					.findFirst()
					.orElse(null);
				if (label == null) {
					continue;
				}
				rank = own ? 1 : 3;
				method = "alias";
			}
			String id = row.get("id").asString();
			if (rank < bestRank || (rank == bestRank && best != null && id.compareTo(best.capabilityId()) < 0)) {
				bestRank = rank;
				best = new Match(id, name, method, 1.0, "'" + text + "': same words as the " + method + " '" + label
						+ "'");
			}
		}
		return best;
	}

	/** Every word required, Lucene's special characters escaped. */
	private static String allWords(String normalised) {
		return "+" + ConceptMatcher.fullTextQuery(normalised).replace(" ", " +");
	}

}
