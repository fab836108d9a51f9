package org.competencygraph.linking;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.competencygraph.linking.CapabilityMatcher.Concept;
import org.competencygraph.semantic.TextEmbedder;

/**
 * The third signal of a capability link, besides the labels' meaning and the requirement context: how the capability
 * is used. Every requirement of the project's own jobs keeps the sentence of the job description it came from (its
 * provenance, {@code sourceText} of {@code REQUIRES}: "Monitor performance and make recommendations" for System
 * Monitoring); those sentences say which sense of a name is meant (coordination of people or of goods, a network
 * administered or built). A candidate concept's fit is the best cosine of a usage sentence with one of its labels
 * (name, alternative labels) or with its name and description.
 */
final class CapabilityUsage {

	/** No usage known: every fit is {@link Fit#NONE}. */
	static final CapabilityUsage NONE = new CapabilityUsage(Map.of(), new LabelMeanings(texts -> List.of()));

	/** Per capability, the sentences of the job descriptions that require it. */
	private final Map<String, List<String>> sentences;

	private final LabelMeanings meanings;

	CapabilityUsage(Map<String, List<String>> sentences, LabelMeanings meanings) {
		this.sentences = sentences;
		this.meanings = meanings;
	}

	/** Whether some job requiring {@code capability} says in a sentence how. */
	boolean known(String capability) {
		return !this.sentences.getOrDefault(capability, List.of()).isEmpty();
	}

	/** How well {@code target} fits the sentences that require {@code capability}. */
	Fit fit(String capability, Concept target) {
		List<String> usage = this.sentences.getOrDefault(capability, List.of());
		if (usage.isEmpty()) {
			return Fit.NONE;
		}
		List<float[]> sentenceVectors = this.meanings.of(usage);
		List<String> labels = LabelComparison.texts(target);
		List<float[]> labelVectors = this.meanings.of(labels);
		Fit best = Fit.NONE;
		for (int i = 0; i < usage.size(); i++) {
			for (int j = 0; j < labels.size(); j++) {
				double cosine = TextEmbedder.cosine(sentenceVectors.get(i), labelVectors.get(j));
				if (cosine > best.cosine()) {
					best = new Fit(usage.get(i), "'" + labels.get(j) + "'", cosine);
				}
			}
			if (target.described() != null) {
				double cosine = TextEmbedder.cosine(sentenceVectors.get(i), target.described());
				if (cosine > best.cosine()) {
					best = new Fit(usage.get(i), "its description", cosine);
				}
			}
		}
		return best;
	}

	/** The fit of every compared candidate of {@code capability}, and which fits best (the first of equals). */
	Fits fits(String capability, List<LabelComparison.Meaning> meanings) {
		Map<String, Fit> fits = new HashMap<>();
		Fit best = Fit.NONE;
		String bestId = "";
		for (LabelComparison.Meaning meaning : meanings) {
			Fit fit = fit(capability, meaning.target());
			fits.put(meaning.target().id(), fit);
			if (fit.cosine() > best.cosine()) {
				best = fit;
				bestId = meaning.target().id();
			}
		}
		return new Fits(fits, bestId);
	}

	/**
	 * @param byTarget each compared candidate's fit
	 * @param best the id of the candidate that fits best; empty where no usage is known
	 */
	record Fits(Map<String, Fit> byTarget, String best) {

		Fit of(String target) {
			return this.byTarget.getOrDefault(target, Fit.NONE);
		}

	}

	/**
	 * @param sentence the usage sentence closest to the target
	 * @param to what of the target it is closest to: a label (quoted) or "its description"
	 * @param cosine their cosine; -1 where the capability has no usage sentence
	 */
	record Fit(String sentence, String to, double cosine) {

		static final Fit NONE = new Fit("", "", -1);

		String evidence() {
			String text = this.sentence.length() <= 120 ? this.sentence : this.sentence.substring(0, 117) + "...";
			return String.format(Locale.ROOT, "usage: '%s' ~ %s %.2f", text, this.to, this.cosine);
		}

	}

}
