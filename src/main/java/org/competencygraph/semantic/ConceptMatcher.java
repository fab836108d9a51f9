package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.competencygraph.capability.Capability;
import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.database.Sessions;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Text to the graph's concepts: the capabilities (or occupations) a text names or means, best first, each with its
 * score and evidence. Two signals, combined:
 * <ul>
 * <li><b>lexical</b>: the full-text index finds nodes sharing words with the text; a hit whose name equals the text
 * (after {@link Labels#normalise}) scores 1.0, one whose alias equals it 0.9, others the share of words of the text
 * and their best label in common x 0.8;</li>
 * <li><b>semantic</b>: the text's sentence vector against the stored name and description vectors (for jobs, title
 * vectors): every one of them, in memory ({@link ConceptVectors}); through Neo4j's vector indexes, which find most
 * nearest neighbours but not all, only when there are more than are held. The score is Neo4j's
 * vector.similarity.cosine, (1 + cos) / 2.</li>
 * </ul>
 * A node found by both scores max(lexical, semantic) + 0.1 x min(lexical, semantic), at most 1: agreement of the
 * two counts a little more than either alone.
 * Longer than 300 lines because the three ways of matching (through the indexes, a batch of texts against every
 * concept's vectors held in memory, and among the own capabilities read once for a batch) are one flow around one
 * scoring ({@link ConceptCandidate}), which must stay the same for all three: split, the flow would be hidden.
 */
@Service
public class ConceptMatcher {

	/** Nearest neighbours asked of the vector index; more when a framework filter leaves some out. */
	private static final int NEIGHBOURS = 20;

	/** Nearest concepts per kind of vector when all are compared (the filter applied exactly). */
	private static final int EXACT_NEIGHBOURS = 50;

	private static final int FILTERED_NEIGHBOURS = 300;

	private static final Object NULL = Values.NULL;

	private final Sessions sessions;

	private final TextEmbedder embedder;

	private final ConceptVectors conceptVectors;

	private final CapabilityLabels labels;

	/** The own capabilities as last read, kept while nothing is committed. */
	private final KeptUntilCommit<KeptOwn> keptOwn;

	/** Own capabilities read with at most {@code max}. */
	private record KeptOwn(int max, @Nullable OwnCapabilities own) {
	}

	/** Reads the own capabilities again for every batch. */
	public ConceptMatcher(Sessions sessions, TextEmbedder embedder, ConceptVectors conceptVectors) {
		this(sessions, embedder, conceptVectors, (EmbeddedNeo4j) null);
	}

	@Autowired
	public ConceptMatcher(Sessions sessions, TextEmbedder embedder, ConceptVectors conceptVectors,
			ObjectProvider<EmbeddedNeo4j> embedded) {
		this(sessions, embedder, conceptVectors, embedded.getIfAvailable());
	}

	private ConceptMatcher(Sessions sessions, TextEmbedder embedder, ConceptVectors conceptVectors,
			@Nullable EmbeddedNeo4j embedded) {
		this.sessions = sessions;
		this.embedder = embedder;
		this.conceptVectors = conceptVectors;
		this.labels = new CapabilityLabels(sessions, embedded);
		this.keptOwn = new KeptUntilCommit<>(embedded);
	}

	/** Every capability's labels in normal form, kept while nothing is committed ({@link SameWords}). */
	CapabilityLabels labels() {
		return this.labels;
	}

	/**
	 * @param text what to match, e.g. a skill name, a duty sentence or a job title
	 * @param target capabilities or occupations (jobs)
	 * @param framework only concepts of this framework ({@code onet}, {@code esco}); {@code none} for the project's
	 * own; null for all
	 * @param first how many matches, best first
	 */
	public List<ConceptMatch> match(String text, ConceptTarget target, @Nullable String framework, int first) {
		return match(text, vector(text), target, framework, first);
	}

	/** The text's sentence vector, the costly part of a match: compute it once to match one text several ways. */
	public float[] vector(String text) {
		return this.embedder.embed(text);
	}

	/** The sentence vectors of several texts, in their order: one batch, faster than one {@link #vector} each. */
	public List<float[]> vectors(List<String> texts) {
		return this.embedder.embedAll(texts);
	}

	/** As {@link #match(String, ConceptTarget, String, int)}, with the text's {@link #vector} already computed. */
	public List<ConceptMatch> match(String text, float[] vector, ConceptTarget target, @Nullable String framework,
			int first) {
		return matchAll(List.of(text), List.of(vector), target, framework, first).getFirst();
	}

	/**
	 * As {@link #match(String, float[], ConceptTarget, String, int)} for several texts at once (a job description's
	 * phrases), in their order, with the same scores: when the vectors are held in memory, one scan of them for all
	 * the texts ({@link VectorSnapshot#nearest(List, int, String, int)}), one full-text read for all and one read of
	 * the nodes of each text's first candidates; through the indexes, one read per text.
	 */
	public List<List<ConceptMatch>> matchAll(List<String> texts, List<float[]> vectors, ConceptTarget target,
			@Nullable String framework, int first) {
		List<Map<String, ConceptCandidate>> candidates = new ArrayList<>(texts.size());
		List<String> normalised = new ArrayList<>(texts.size());
		List<Map<String, Object>> rows = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			candidates.add(new LinkedHashMap<>());
			normalised.add(Labels.normalise(texts.get(i)));
			rows.add(new LinkedHashMap<>(Map.of("i", i, "query",
					normalised.get(i).isEmpty() ? "" : fullTextQuery(normalised.get(i)))));
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("framework", framework == null ? NULL : framework);
		parameters.put("index", target.textIndex());
		VectorSnapshot exact = this.conceptVectors.snapshot(target);
		if (exact != null) {
			// Jobs of one framework: as many nearest as the index path kept after its filter, so that a title found
			// by its words still gets its meaning's part (with 50, an ESCO title lost it and a place in the ten).
			int neighbours = target == ConceptTarget.OCCUPATION && framework != null ? FILTERED_NEIGHBOURS
					: Math.max(EXACT_NEIGHBOURS, 2 * first);
			List<List<Near>> nearest = nearest(exact, target, vectors, framework, neighbours);
			parameters.put("texts", rows);
			readWords(target, parameters, candidates, normalised);
			for (int i = 0; i < nearest.size(); i++) {
				Map<String, ConceptCandidate> found = candidates.get(i);
				nearest.get(i).forEach(near -> found.computeIfAbsent(near.id(), ConceptCandidate::new)
					.semantic(Math.max(0, near.score()), target.vectorSearches()[near.kind()][2]));
			}
			readFirst(target, candidates, first);
		}
		else {
			parameters.put("neighbours", framework == null ? Math.max(NEIGHBOURS, 2 * first) : FILTERED_NEIGHBOURS);
			for (int i = 0; i < rows.size(); i++) {
				parameters.put("vector", vectors.get(i));
				parameters.put("texts", List.of(rows.get(i)));
				read(target, parameters, candidates, normalised);
			}
		}
		return candidates.stream()
			.map(found -> found.values()
				.stream()
				.map(ConceptCandidate::match)
				.sorted(Comparator.comparingDouble(ConceptMatch::score).reversed().thenComparing(ConceptMatch::id))
				.limit(first)
				.toList())
			.toList();
	}

	/** One read of {@link #query}, each row's node added to the candidates of its text with its signal. */
	private void read(ConceptTarget target, Map<String, Object> parameters,
			List<Map<String, ConceptCandidate>> candidates, List<String> normalised) {
		try (Session session = this.sessions.open()) {
			session.executeRead(tx -> tx.run(query(target), parameters).list()).forEach(r -> {
				int text = r.get("text").asInt();
				ConceptCandidate candidate = candidate(candidates.get(text), target, r);
				int via = r.get("via").asInt();
				if (via < target.vectorSearches().length) {
					candidate.semantic(cosine(r), target.vectorSearches()[via][2]);
				}
				else {
					candidate.lexical(normalised.get(text));
				}
			});
		}
	}

	/**
	 * The project's own capabilities (no framework) with their name and description vectors, read in one query: to
	 * match many texts (a job description's phrases) in memory rather than one vector-index read each. Null when
	 * there are more than {@code max}: then the indexes are the faster way. The vectors come from the graph, not from
	 * those held in memory ({@link ConceptVectors}): the held ones are read again only after a refresh in this
	 * process, so vectors another process computed (a command against the same external server, or against the test
	 * run's shared database) would be missing from them. With the embedded engine, the last read is kept while
	 * nothing is committed (whoever writes, the engine counts the commit): the read scans every capability, 23,000
	 * with O*NET and ESCO, for the few hundred own ones, for each job description.
	 */
	public @Nullable OwnCapabilities ownCapabilities(int max) {
		// Counted before the read: a commit the read may not have seen moves the count past the one kept.
		long commits = this.keptOwn.count();
		KeptOwn kept = this.keptOwn.at(commits);
		if (kept != null && kept.max() == max) {
			return kept.own();
		}
		OwnCapabilities own = readOwnCapabilities(max);
		this.keptOwn.keep(commits, new KeptOwn(max, own));
		return own;
	}

	private @Nullable OwnCapabilities readOwnCapabilities(int max) {
		List<OwnCapabilities.Entry> entries;
		try (Session session = this.sessions.open()) {
			entries = session.executeRead(tx -> tx.run("""
					MATCH (c:Capability) WHERE c.framework IS NULL
					RETURN %s AS node, c.embedding AS name, c.descriptionEmbedding AS description
					LIMIT $limit""".formatted(Capability.PROJECTION), Map.of("limit", max + 1))
				.list(r -> OwnCapabilities.Entry.of(Capability.of(r.get("node")), Vectors.of(r.get("name")),
						Vectors.of(r.get("description")))));
		}
		return entries.size() > max ? null : new OwnCapabilities(entries);
	}

	/** Whether the graph holds any framework capability (O*NET, ESCO), so that a search among them may find one. */
	public boolean hasFrameworkCapabilities() {
		try (Session session = this.sessions.open()) {
			return session.executeRead(tx -> tx.run(
					"MATCH (c:Capability) WHERE c.framework IS NOT NULL RETURN c.id LIMIT 1").hasNext());
		}
	}

	/**
	 * As {@link #match(String, float[], ConceptTarget, String, int)} for the project's own capabilities, in memory:
	 * the same two signals and scores, every own capability compared (as the vector index does when it holds them
	 * all), the lexical signal from the words shared with each name and alias (where the full-text index keeps its 50
	 * best hits).
	 */
	public List<ConceptMatch> match(String text, float[] vector, OwnCapabilities own, int first) {
		String normalised = Labels.normalise(text);
		Set<String> words = Labels.words(normalised);
		List<ConceptMatch> matches = new ArrayList<>(own.entries().size());
		String[][] searches = ConceptTarget.CAPABILITY.vectorSearches();
		for (OwnCapabilities.Entry entry : own.entries()) {
			ConceptCandidate candidate = ConceptCandidate.of(entry.capability());
			if (entry.name() != null) {
				candidate.semantic(normalisedCosine(vector, entry.name()), searches[0][2]);
			}
			if (entry.description() != null) {
				candidate.semantic(normalisedCosine(vector, entry.description()), searches[1][2]);
			}
			if (words.stream().anyMatch(entry.words()::contains)) {
				candidate.lexical(normalised, entry.normalisedName(), entry.normalisedAliases());
			}
			matches.add(candidate.match());
		}
		return matches.stream()
			.sorted(Comparator.comparingDouble(ConceptMatch::score).reversed().thenComparing(ConceptMatch::id))
			.limit(first)
			.toList();
	}

	/** Neo4j's vector.similarity.cosine: the cosine mapped onto 0-1, (1 + cos) / 2; both vectors of unit length. */
	private static double normalisedCosine(float[] a, float[] b) {
		return Math.max(0, (1 + TextEmbedder.cosine(a, b)) / 2);
	}

	/** A concept near a text by the meaning of one kind of its vectors. */
	private record Near(String id, int kind, double score) {
	}

	/** Per text, each kind's nearest concepts, compared with all in memory. */
	private static List<List<Near>> nearest(VectorSnapshot exact, ConceptTarget target, List<float[]> vectors,
			@Nullable String framework, int neighbours) {
		List<List<Near>> nearest = new ArrayList<>(vectors.size());
		vectors.forEach(v -> nearest.add(new ArrayList<>()));
		// The kinds (a capability's name and description vectors) scanned side by side, on two threads.
		List<List<List<VectorSnapshot.Hit>>> byKind = IntStream.range(0, target.vectorSearches().length)
			.parallel()
			.mapToObj(kind -> exact.nearest(vectors, kind, framework, neighbours))
			.toList();
		for (int kind = 0; kind < byKind.size(); kind++) {
			for (int i = 0; i < vectors.size(); i++) {
				for (VectorSnapshot.Hit hit : byKind.get(kind).get(i)) {
					nearest.get(i).add(new Near(hit.id(), kind, hit.score()));
				}
			}
		}
		return nearest;
	}

	/**
	 * The full-text hits of every text ({@code $texts}) as candidates known by their id and words only (scored by
	 * the words in common): one read for all, without the nodes.
	 */
	private void readWords(ConceptTarget target, Map<String, Object> parameters,
			List<Map<String, ConceptCandidate>> candidates, List<String> normalised) {
		try (Session session = this.sessions.open()) {
			session.executeRead(tx -> tx.run("""
					CYPHER 25
					UNWIND $texts AS t
					CALL (t) {
					  WITH 1 AS one WHERE t.query <> ''
					  CALL db.index.fulltext.queryNodes($index, t.query, {limit: 50}) YIELD node
					  RETURN node
					}
					WITH t, node WHERE $framework IS NULL OR coalesce(node.framework, 'none') = $framework
					RETURN t.i AS text, node.id AS id, node.%s AS name, coalesce(node.aliases, []) AS aliases
					""".formatted(target == ConceptTarget.CAPABILITY ? "name" : "title"), parameters).list())
				.forEach(r -> {
					int text = r.get("text").asInt();
					ConceptCandidate candidate = new ConceptCandidate(r.get("id").asString());
					candidate.labels(r.get("name").asString(), r.get("aliases").asList(Value::asString));
					candidates.get(text).putIfAbsent(candidate.id, candidate);
					candidates.get(text).get(candidate.id).lexical(normalised.get(text));
				});
		}
	}

	/**
	 * Keeps each text's {@code first} candidates by score (ties by id, as the answer orders them) and reads their
	 * nodes, in one read for all the texts: reading the node of every candidate (ESCO's long descriptions and many
	 * labels) cost most of a batch. A candidate whose node is gone since the vectors were read is left out.
	 */
	private void readFirst(ConceptTarget target, List<Map<String, ConceptCandidate>> candidates, int first) {
		for (Map<String, ConceptCandidate> found : candidates) {
			List<String> kept = found.values().stream()
				.sorted(Comparator.comparingDouble((ConceptCandidate c) -> ConceptCandidate.score(c.lexical, c.semantic)).reversed()
					.thenComparing(c -> c.id))
				.limit(first)
				.map(c -> c.id)
				.toList();
			found.keySet().retainAll(kept);
		}
		List<String> ids = candidates.stream().flatMap(found -> found.keySet().stream()).distinct().toList();
		Map<String, Record> nodes = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			try (Session session = this.sessions.open()) {
				session.executeRead(tx -> tx.run("""
						MATCH (%1$s:%2$s) WHERE %1$s.id IN $ids
						RETURN %1$s.framework AS framework, %3$s AS node""".formatted(target.variable(),
						target.label(), target.projection()), Map.of("ids", ids)).list())
					.forEach(r -> nodes.put(r.get("node").get("id").asString(), r));
			}
		}
		for (Map<String, ConceptCandidate> found : candidates) {
			found.values().removeIf(c -> !nodes.containsKey(c.id));
			found.values().forEach(c -> c.node(target, nodes.get(c.id)));
		}
	}

	/**
	 * Through the indexes, one read for all signals of the text of {@code $texts}: each vector index's nearest
	 * neighbours of {@code $vector} and the full-text hits of {@code t.query}, each row saying which text
	 * ({@code t.i}) and which search found it ({@code via}: the vector searches in order, then the full-text index).
	 */
	private static String query(ConceptTarget target) {
		String v = target.variable();
		StringBuilder searches = new StringBuilder();
		String[][] vectorSearches = target.vectorSearches();
		for (int i = 0; i < vectorSearches.length; i++) {
			// The index's score is vector.similarity.cosine of the hit, (1 + cos) / 2, computed by the index from
			// its own copy of the vector: reading the stored vector back to compute it again cost most of a lookup.
			searches.append("""
					  MATCH (%1$s:%2$s) SEARCH %1$s IN (VECTOR INDEX %3$s FOR $vector LIMIT $neighbours) SCORE AS score
					  RETURN %1$s, %4$d AS via, score
					  UNION ALL
					""".formatted(v, target.label(), vectorSearches[i][0], i));
		}
		return """
				CYPHER 25
				UNWIND $texts AS t
				CALL (t) {
				%1$s  WITH 1 AS one WHERE t.query <> ''
				  CALL db.index.fulltext.queryNodes($index, t.query, {limit: 50}) YIELD node
				  RETURN node AS %2$s, %3$d AS via, null AS score
				}
				WITH t, %2$s, via, score WHERE $framework IS NULL OR coalesce(%2$s.framework, 'none') = $framework
				RETURN t.i AS text, %2$s.framework AS framework, %4$s AS node, via, score AS cosine
				""".formatted(searches, v, vectorSearches.length, target.projection());
	}

	private static double cosine(Record r) {
		return Math.max(0, r.get("cosine").asDouble());
	}

	private static ConceptCandidate candidate(Map<String, ConceptCandidate> candidates, ConceptTarget target, Record r) {
		return candidates.computeIfAbsent(r.get("node").get("id").asString(), ConceptCandidate::new).node(target, r);
	}

	/** Every word of the text, each optional, in Lucene's syntax with its special characters escaped. */
	public static String fullTextQuery(String normalised) {
		StringBuilder query = new StringBuilder();
		for (String word : normalised.split(" ")) {
			if (!query.isEmpty()) {
				query.append(' ');
			}
			query.append(word.replaceAll("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|#])", "\\\\$1"));
		}
		return query.toString();
	}

}
