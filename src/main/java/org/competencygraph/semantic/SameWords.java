package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.competencygraph.database.Sessions;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The first way {@link SkillMatcher} matches a skill in words: the capability with this id, else one whose name or
 * alias is the same words (normalised, {@link Labels}); by name before alias, own capabilities before framework ones,
 * then the smallest id.
 */
final class SameWords {

	private final Sessions sessions;

	private final @Nullable CapabilityLabels labels;

	/** @param labels every capability's labels, to ask the index only for texts that are one; null: ask for all */
	SameWords(Sessions sessions, @Nullable CapabilityLabels labels) {
		this.sessions = sessions;
		this.labels = labels;
	}

	/**
	 * As {@link #inGraph} among the own capabilities read for a batch: the one with this id, else the one whose
	 * name, else whose alias, is the same words (the smallest id of equals).
	 */
	static @Nullable Match inOwn(String text, OwnCapabilities own) {
		String id = text.strip();
		String normalised = Labels.normalise(text);
		Best best = new Best(text);
		for (OwnCapabilities.Entry entry : own.entries()) {
			String capabilityId = entry.capability().id();
			String name = entry.capability().name();
			if (capabilityId.equals(id)) {
				return byId(text, capabilityId, name);
			}
			if (normalised.isEmpty()) {
				continue;
			}
			if (entry.normalisedName().equals(normalised)) {
				best.offer(0, "name", capabilityId, name, name);
			}
			else {
				int alias = entry.normalisedAliases().indexOf(normalised);
				if (alias >= 0) {
					best.offer(1, "alias", capabilityId, name, entry.capability().aliases().get(alias));
				}
			}
		}
		return best.match;
	}

	/**
	 * For each text that names one, the capability with this id, or whose name (before aliases) is the same words,
	 * own capabilities before framework ones; the full-text index finds those sharing all the words, then their labels
	 * are compared whole. One read for all the texts, not one each: with O*NET and ESCO imported, a job description's
	 * 200 phrases took a second or more one by one. When every capability's ids and labels are kept
	 * ({@link CapabilityLabels}), only the texts that are one of them are looked up: the others cannot match.
	 */
	Map<String, Match> inGraph(List<String> texts) {
		if (texts.isEmpty()) {
			return Map.of();
		}
		CapabilityLabels.Known known = this.labels != null ? this.labels.now() : null;
		List<Map<String, Object>> byIdRows = new ArrayList<>();
		List<Map<String, Object>> byLabelRows = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String id = texts.get(i).strip();
			String normalised = Labels.normalise(texts.get(i));
			// A text that is no capability's id, or no name or alias in normal form, is not looked up as one.
			if (known == null || known.ids().contains(id)) {
				byIdRows.add(Map.of("i", i, "id", id));
			}
			if (!normalised.isEmpty() && (known == null || known.labels().contains(normalised))) {
				byLabelRows.add(Map.of("i", i, "query", allWords(normalised)));
			}
		}
		Map<Integer, List<Record>> byId = Map.of();
		Map<Integer, List<Record>> byWords = Map.of();
		if (!byIdRows.isEmpty() || !byLabelRows.isEmpty()) {
			try (Session session = this.sessions.open()) {
				if (!byIdRows.isEmpty()) {
					byId = byText(session.executeRead(tx -> tx.run("""
							UNWIND $texts AS t MATCH (c:Capability {id: t.id})
							RETURN t.i AS i, c.id AS id, c.name AS name, [] AS aliases, c.framework AS framework
							""", Map.of("texts", byIdRows)).list()));
				}
				Map<Integer, List<Record>> found = byId;
				List<Map<String, Object>> byLabel = byLabelRows.stream()
					.filter(t -> !found.containsKey((Integer) t.get("i")))
					.toList();
				if (!byLabel.isEmpty()) {
					byWords = byText(session.executeRead(tx -> tx.run("""
							UNWIND $texts AS t
							CALL db.index.fulltext.queryNodes('capability_text', t.query, {limit: 200}) YIELD node
							RETURN t.i AS i, node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
							       node.framework AS framework
							""", Map.of("texts", byLabel)).list()));
				}
			}
		}
		Map<String, Match> matches = new HashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			Record idRow = byId.containsKey(i) ? byId.get(i).getFirst() : null;
			Match match = idRow != null ? byId(text, idRow.get("id").asString(), idRow.get("name").asString())
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

	private static Match byId(String text, String id, String name) {
		return new Match(id, name, "id", 1.0, "'" + text + "' is the capability's id");
	}

	/** Of the capabilities sharing all the text's words, the one named so (own first), else so aliased. */
	private static @Nullable Match byLabel(String text, List<Record> rows) {
		String normalised = Labels.normalise(text);
		Best best = new Best(text);
		for (Record row : rows) {
			boolean own = row.get("framework").isNull();
			String name = row.get("name").asString("");
			String id = row.get("id").asString();
			if (Labels.normalise(name).equals(normalised)) {
				best.offer(own ? 0 : 2, "name", id, name, name);
			}
			else {
				row.get("aliases").asList(v -> v.asString()).stream()
					.filter(alias -> Labels.normalise(alias).equals(normalised))
					.findFirst()
					.ifPresent(alias -> best.offer(own ? 1 : 3, "alias", id, name, alias));
			}
		}
		return best.match;
	}

	/** The best match offered: the lowest rank, then the smallest id. */
	private static final class Best {

		private final String text;

		private @Nullable Match match;

		private int rank = Integer.MAX_VALUE;

		Best(String text) {
			this.text = text;
		}

		/** @param method how the label was found (name or alias), for the evidence */
		void offer(int rank, String method, String id, String name, String label) {
			if (rank < this.rank || (rank == this.rank && this.match != null && id.compareTo(this.match.capabilityId()) < 0)) {
				this.rank = rank;
				this.match = new Match(id, name, method, 1.0, "'" + this.text + "': same words as the " + method + " '"
						+ label + "'");
			}
		}

	}

	/** Every word required, Lucene's special characters escaped. */
	private static String allWords(String normalised) {
		return "+" + ConceptMatcher.fullTextQuery(normalised).replace(" ", " +");
	}

}
