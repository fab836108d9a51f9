package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.competencygraph.linking.CapabilityMatcher.Concept;
import org.competencygraph.semantic.Labels;
import org.competencygraph.semantic.TextEmbedder;
import org.competencygraph.semantic.TopK;

/**
 * The meaning signals of {@link CapabilityMatcher}: which concepts of a framework a capability's labels and
 * description are close to, label by label, with the pair that matched.
 */
final class LabelComparison {

	private final LabelMeanings meanings;

	private final int candidates;

	LabelComparison(LabelMeanings meanings, int candidates) {
		this.meanings = meanings;
		this.candidates = candidates;
	}

	/**
	 * The targets of compatible kind that mean the same as the source or nearly, by their labels and descriptions.
	 * Shortlist: the {@code candidates} targets whose name is closest to one of the source's labels, and the
	 * {@code candidates} whose description is closest to the source's. For those, every label of the source (name
	 * and aliases) is compared with every label of the target (name and aliases: ESCO's alternative labels, O*NET's
	 * alternate names); the best pair is the label signal, the descriptions' cosine the second signal.
	 */
	List<Meaning> compare(Concept source, List<Concept> targets, Set<String> alsoCompared) {
		List<String> sourceLabels = texts(source);
		List<float[]> sourceVectors = this.meanings.of(sourceLabels);
		int count = this.candidates;
		TopK byName = new TopK(count);
		TopK byDescription = new TopK(count);
		List<Concept> compared = new ArrayList<>();
		for (int row = 0; row < targets.size(); row++) {
			Concept target = targets.get(row);
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
			byName.offer(row, name);
			if (source.described() != null && target.described() != null) {
				byDescription.offer(row, TextEmbedder.cosine(source.described(), target.described()));
			}
		}
		Set<String> seen = new HashSet<>();
		compared.forEach(c -> seen.add(c.id()));
		for (TopK best : List.of(byName, byDescription)) {
			for (int row : best.rows()) {
				if (seen.add(targets.get(row).id())) {
					compared.add(targets.get(row));
				}
			}
		}
		return meanings(source, compared);
	}

	/** Every label of the source compared with every label of each target, and their descriptions; best label first. */
	List<Meaning> meanings(Concept source, List<Concept> compared) {
		List<String> sourceLabels = texts(source);
		List<float[]> sourceVectors = this.meanings.of(sourceLabels);
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
	static List<String> texts(Concept concept) {
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
	static boolean compatible(String a, String b) {
		return a.equals("Qualification") == b.equals("Qualification");
	}

}
