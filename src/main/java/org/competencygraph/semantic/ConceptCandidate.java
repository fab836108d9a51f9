package org.competencygraph.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A concept found for a text while {@link ConceptMatcher} matches it: its lexical and semantic parts as found, the
 * label and vector kind that gave them, and (once read) its node; {@link #match} combines them into the answer. Known
 * first by its id alone when found by meaning in memory, or by its id and words when found by the full-text index:
 * only the first candidates' nodes are read.
 */
final class ConceptCandidate {

	final String id;

	String name = "";

	List<String> aliases = List.of();

	@Nullable Capability capability;

	@Nullable Job job;

	@Nullable String framework;

	double semantic = -1;

	String semanticBasis = "";

	double lexical = -1;

	@Nullable String matchedLabel;

	/** A candidate known by its id so far: its words and node come later ({@link #labels}, {@link #node}). */
	ConceptCandidate(String id) {
		this.id = id;
	}

	/** An own capability, read with its vectors. */
	static ConceptCandidate of(Capability capability) {
		ConceptCandidate candidate = new ConceptCandidate(capability.id());
		candidate.capability = capability;
		candidate.labels(capability.name(), capability.aliases());
		return candidate;
	}

	/** Its name (or title) and aliases, which the lexical score compares with the text. */
	void labels(String name, List<String> aliases) {
		this.name = name;
		this.aliases = aliases;
	}

	/** Its node, as read with the target's projection and framework ({@code node}, {@code framework}). */
	ConceptCandidate node(ConceptTarget target, Record r) {
		if (this.capability == null && this.job == null) {
			Value node = r.get("node");
			this.capability = target == ConceptTarget.CAPABILITY ? Capability.of(node) : null;
			this.job = target == ConceptTarget.CAPABILITY ? null : Job.of(node);
			this.framework = r.get("framework").asString(null);
			labels(this.capability != null ? this.capability.name() : Objects.requireNonNull(this.job).title(),
					this.capability != null ? this.capability.aliases() : Objects.requireNonNull(this.job).aliases());
		}
		return this;
	}

	/** Keeps the closer of the name's and the description's meaning. */
	void semantic(double cosine, String basis) {
		if (cosine > this.semantic) {
			this.semantic = cosine;
			this.semanticBasis = basis;
		}
	}

	void lexical(String normalised) {
		lexical(normalised, Labels.normalise(this.name), this.aliases.stream().map(Labels::normalise).toList());
	}

	/** As {@link #lexical(String)} with the name and aliases already in normal form (aliases in their order). */
	void lexical(String normalised, String normalisedName, List<String> normalisedAliases) {
		Set<String> words = Labels.words(normalised);
		if (normalisedName.equals(normalised)) {
			this.lexical = 1.0;
			this.matchedLabel = this.name;
			return;
		}
		double best = Labels.overlap(words, Labels.words(normalisedName)) * 0.8;
		String bestLabel = this.name;
		for (int i = 0; i < this.aliases.size(); i++) {
			String alias = this.aliases.get(i);
			String label = normalisedAliases.get(i);
			double score = label.equals(normalised) ? 0.9 : Labels.overlap(words, Labels.words(label)) * 0.8;
			if (score > best) {
				best = score;
				bestLabel = alias;
			}
		}
		this.lexical = best;
		this.matchedLabel = bestLabel;
	}

	/** The combined score of a lexical and a semantic part (-1: none), rounded as a match gives it. */
	static double score(double lexical, double semantic) {
		double l = Math.max(0, lexical);
		double s = Math.max(0, semantic);
		return Math.round(Math.min(1.0, Math.max(l, s) + 0.1 * Math.min(l, s)) * 1000) / 1000.0;
	}

	ConceptMatch match() {
		double l = Math.max(0, this.lexical);
		double s = Math.max(0, this.semantic);
		double score = score(this.lexical, this.semantic);
		String method = this.lexical < 0 ? "semantic" : this.semantic < 0 ? "lexical" : "lexical+semantic";
		List<String> evidence = new ArrayList<>(2);
		if (this.lexical >= 0) {
			evidence.add((l >= 0.9 ? "same words as " : "words shared with ") + "'" + this.matchedLabel + "' ("
					+ Math.round(l * 100) / 100.0 + ")");
		}
		if (this.semantic >= 0) {
			evidence.add("meaning close to " + this.semanticBasis + " '" + this.name + "' (cosine "
					+ Math.round(s * 100) / 100.0 + ")");
		}
		return new ConceptMatch(this.id, this.name, this.capability, this.job, this.framework, score, method,
				this.matchedLabel == null ? this.name : this.matchedLabel,
				this.lexical < 0 ? null : Math.round(l * 1000) / 1000.0,
				this.semantic < 0 ? null : Math.round(s * 1000) / 1000.0, String.join("; ", evidence));
	}

}
