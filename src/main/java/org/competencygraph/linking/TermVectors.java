package org.competencygraph.linking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Weighted bags of words and their TF-IDF cosine. Words are lower-cased, stop words dropped, synonyms replaced,
 * the plural removed and the word cut to a fixed length: crude, but the same on both sides of a comparison.
 */
final class TermVectors {

	private final LinkingRules.TextRules rules;

	private final Set<String> stopwords;

	TermVectors(LinkingRules.TextRules rules) {
		this.rules = rules;
		this.stopwords = Set.copyOf(rules.stopwords());
	}

	/** A text and its weight in a document. */
	record Part(@Nullable String text, double weight) {
	}

	List<String> terms(@Nullable String text) {
		List<String> terms = new ArrayList<>();
		if (text == null) {
			return terms;
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		for (String word : plain.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
			if (word.isEmpty() || this.stopwords.contains(word) || word.chars().allMatch(Character::isDigit)) {
				continue;
			}
			String term = this.rules.synonyms().getOrDefault(word, word);
			if (term.length() > 3 && term.endsWith("ies")) {
				term = term.substring(0, term.length() - 3) + "y";
			}
			else if (term.length() > 3 && term.endsWith("s") && !term.endsWith("ss") && !term.endsWith("us")
					&& !term.endsWith("is")) {
				term = term.substring(0, term.length() - 1);
			}
			terms.add(term.length() > this.rules.stemLength() ? term.substring(0, this.rules.stemLength()) : term);
		}
		return terms;
	}

	/** Term frequencies of a document, each occurrence counted with the weight of its part. */
	Map<String, Double> frequencies(List<Part> parts) {
		Map<String, Double> frequencies = new TreeMap<>();
		for (Part part : parts) {
			if (part.weight() > 0) {
				terms(part.text()).forEach(term -> frequencies.merge(term, part.weight(), Double::sum));
			}
		}
		return frequencies;
	}

	/** Inverse document frequencies over a corpus of term-frequency maps. */
	static Map<String, Double> idf(List<Map<String, Double>> corpus) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		corpus.forEach(document -> document.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum)));
		Map<String, Double> idf = new HashMap<>();
		documentFrequency.forEach((term, df) -> idf.put(term, Math.log((corpus.size() + 1.0) / (df + 1.0)) + 1));
		return idf;
	}

	/**
	 * A unit TF-IDF vector: frequencies are damped (1 + ln tf) so that a term repeated in forty alternate titles
	 * does not drown the rest; terms outside the corpus are dropped, as they can match nothing.
	 */
	static Map<String, Double> vector(Map<String, Double> frequencies, Map<String, Double> idf) {
		Map<String, Double> vector = new TreeMap<>();
		double norm = 0;
		for (Map.Entry<String, Double> entry : frequencies.entrySet()) {
			Double weight = idf.get(entry.getKey());
			if (weight == null) {
				continue;
			}
			double tf = entry.getValue() >= 1 ? 1 + Math.log(entry.getValue()) : entry.getValue();
			double value = tf * weight;
			vector.put(entry.getKey(), value);
			norm += value * value;
		}
		double length = Math.sqrt(norm);
		if (length > 0) {
			vector.replaceAll((term, value) -> value / length);
		}
		return vector;
	}

	static double cosine(Map<String, Double> a, Map<String, Double> b) {
		Map<String, Double> small = a.size() <= b.size() ? a : b;
		Map<String, Double> large = small == a ? b : a;
		double sum = 0;
		for (Map.Entry<String, Double> entry : small.entrySet()) {
			Double other = large.get(entry.getKey());
			if (other != null) {
				sum += entry.getValue() * other;
			}
		}
		return sum;
	}

}
