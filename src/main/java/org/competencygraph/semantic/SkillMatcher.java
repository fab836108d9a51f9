package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.competencygraph.database.Sessions;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * A skill in words (as a learning catalogue or a job description names it), to one capability: its id; else a capability whose name or alias is the same
 * words; else the best {@link ConceptMatcher} match when it reaches the threshold of {@link MatchingSettings}. The
 * organization's own capabilities (no framework) come first, framework ones only when no own one fits. Below the
 * threshold there is no match, only candidates for the error: never a silent guess. Remembers what it resolved, so
 * a skill named on many rows is matched once. Safe to call from several threads.
 */
public final class SkillMatcher {

	/** The capability a skill names and how it was found; {@code method} is id, name, alias or semantic. */
	public record Match(String capabilityId, String name, String method, double score, String evidence) {
	}

	/**
	 * What became of a skill: a match, or none with the closest candidates.
	 *
	 * @param ambiguous true when the best candidate reached the threshold but the next one was as close (within the
	 * margin), so the words do not say which capability is meant
	 */
	public record Resolution(@Nullable Match match, List<ConceptMatch> candidates, boolean ambiguous) {
	}

	private final Sessions sessions;

	private final ConceptMatcher matcher;

	private final MatchingSettings settings;

	private final Map<String, Resolution> resolved = new ConcurrentHashMap<>();

	private @Nullable Runnable beforeMatchingByMeaning;

	/**
	 * @param beforeMatchingByMeaning run once, before the first match by meaning: brings the capabilities' stored
	 * sentence vectors up to date, which the seed graph does not have until something computes them
	 */
	public SkillMatcher(Sessions sessions, ConceptMatcher matcher, MatchingSettings settings,
			Runnable beforeMatchingByMeaning) {
		this.sessions = sessions;
		this.matcher = matcher;
		this.settings = settings;
		this.beforeMatchingByMeaning = beforeMatchingByMeaning;
	}

	public Resolution resolve(String text) {
		return this.resolved.computeIfAbsent(text, this::find);
	}

	private Resolution find(String text) {
		Match exact = byIdOrLabel(text);
		if (exact != null) {
			return new Resolution(exact, List.of(), false);
		}
		synchronized (this) {
			if (this.beforeMatchingByMeaning != null) {
				this.beforeMatchingByMeaning.run();
				this.beforeMatchingByMeaning = null;
			}
		}
		// One sentence vector for both searches (the project's own capabilities, then every framework's).
		float[] vector = this.matcher.vector(text);
		List<ConceptMatch> candidates = new ArrayList<>(
				this.matcher.match(text, vector, ConceptTarget.CAPABILITY, "none", this.settings.candidates()));
		Match own = accepted(text, candidates, this.settings.threshold());
		if (own != null) {
			return new Resolution(own, List.of(), false);
		}
		boolean ambiguous = reaches(candidates, this.settings.threshold());
		if (this.settings.frameworkFallback()) {
			List<ConceptMatch> all = this.matcher.match(text, vector, ConceptTarget.CAPABILITY, null,
					this.settings.candidates());
			Match framework = accepted(text, all, this.settings.frameworkThreshold());
			if (framework != null) {
				return new Resolution(framework, List.of(), false);
			}
			ambiguous |= reaches(all, this.settings.frameworkThreshold());
			all.stream().filter(c -> candidates.stream().noneMatch(o -> o.id().equals(c.id()))).forEach(candidates::add);
		}
		candidates.sort(Comparator.comparingDouble(ConceptMatch::score).reversed());
		return new Resolution(null, List.copyOf(candidates.subList(0, Math.min(candidates.size(),
				this.settings.candidates()))), ambiguous);
	}

	private static boolean reaches(List<ConceptMatch> candidates, double threshold) {
		return !candidates.isEmpty() && candidates.getFirst().score() >= threshold;
	}

	private @Nullable Match accepted(String text, List<ConceptMatch> candidates, double threshold) {
		if (!reaches(candidates, threshold)) {
			return null;
		}
		ConceptMatch best = candidates.getFirst();
		if (candidates.size() > 1 && best.score() - candidates.get(1).score() < this.settings.margin()) {
			return null;
		}
		return new Match(best.id(), best.name(), "semantic", best.score(), "'" + text + "': " + best.evidence());
	}

	/**
	 * The capability with this id, or whose name (before aliases) is the same words, own capabilities before
	 * framework ones; the full-text index finds those sharing all the words, then their labels are compared whole.
	 */
	private @Nullable Match byIdOrLabel(String text) {
		String normalised = Labels.normalise(text);
		List<Record> rows;
		try (Session session = this.sessions.open()) {
			rows = session.executeRead(tx -> {
				List<Record> byId = tx.run("MATCH (c:Capability {id: $id}) RETURN c.id AS id, c.name AS name, "
						+ "[] AS aliases, c.framework AS framework", Map.of("id", text.strip())).list();
				if (!byId.isEmpty() || normalised.isEmpty()) {
					return byId;
				}
				return tx.run("""
						CALL db.index.fulltext.queryNodes('capability_text', $query, {limit: 200}) YIELD node
						RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
						       node.framework AS framework
						""", Map.of("query", allWords(normalised))).list();
			});
		}
		if (rows.size() == 1 && rows.getFirst().get("id").asString().equals(text.strip())) {
			Record row = rows.getFirst();
			return new Match(row.get("id").asString(), row.get("name").asString(), "id", 1.0,
					"'" + text + "' is the capability's id");
		}
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
