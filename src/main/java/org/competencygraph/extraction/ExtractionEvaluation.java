package org.competencygraph.extraction;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A draft against the curated profile of the same document, per document: precision and recall of requirements and
 * of levels. Requirements are compared by capability over the document (the union of its jobs' own requirements,
 * essential when any job says so, at the lowest level any job states): a draft requirement of a capability the
 * curated profile requires earns 1 with the same priority and 0.5 (partial credit) with the other one; a proposed
 * capability earns nothing. Levels are compared on the capabilities both require and the curated one gives a level
 * for: 1 for the same level, 0.5 for one step apart.
 */
final class ExtractionEvaluation {

	private ExtractionEvaluation() {
	}

	/** The figures of one document; NaN where there is nothing to divide by. */
	record Figures(int drafted, int curated, double credit, double precision, double recall, int draftedLevels,
			int curatedLevels, double levelCredit, double levelPrecision, double levelRecall) {

		double f1() {
			return this.precision + this.recall == 0 ? 0 : 2 * this.precision * this.recall / (this.precision + this.recall);
		}

	}

	record Stated(String priority, @Nullable Integer level) {
	}

	static Figures compare(DraftProfile draft, JsonNode curated) {
		Map<String, Stated> drafted = new LinkedHashMap<>();
		for (DraftProfile.Job job : draft.jobs()) {
			for (DraftProfile.Requirement requirement : job.requirements()) {
				String id = requirement.capability() instanceof String s ? s : "(proposed) " + requirement.capabilityId();
				merge(drafted, id, requirement.priority(), requirement.level());
			}
		}
		return compare(drafted, curated(curated));
	}

	static Map<String, Stated> curated(JsonNode file) {
		Map<String, Stated> curated = new LinkedHashMap<>();
		for (JsonNode job : file.path("jobs")) {
			if (!job.path("detailedProfile").asBoolean(true)) {
				continue;
			}
			for (JsonNode requirement : job.path("requirements")) {
				JsonNode capability = requirement.path("capability");
				String id = capability.isObject() ? capability.path("id").asString() : capability.asString();
				JsonNode level = requirement.path("level");
				merge(curated, id, requirement.path("priority").asString(), level.isNumber() ? level.asInt() : null);
			}
		}
		return curated;
	}

	private static void merge(Map<String, Stated> stated, String id, String priority, @Nullable Integer level) {
		Stated known = stated.get(id);
		if (known == null) {
			stated.put(id, new Stated(priority, level));
			return;
		}
		String merged = known.priority().equals("essential") || priority.equals("essential") ? "essential" : "desirable";
		Integer lowest = known.level();
		if (lowest == null || (level != null && level < lowest)) {
			lowest = level;
		}
		stated.put(id, new Stated(merged, lowest));
	}

	static Figures compare(Map<String, Stated> drafted, Map<String, Stated> curated) {
		double credit = 0;
		double levelCredit = 0;
		int draftedLevels = 0;
		for (Map.Entry<String, Stated> entry : drafted.entrySet()) {
			Stated truth = curated.get(entry.getKey());
			if (truth == null) {
				continue;
			}
			credit += truth.priority().equals(entry.getValue().priority()) ? 1 : 0.5;
			Integer level = entry.getValue().level();
			if (level != null && truth.level() != null) {
				draftedLevels++;
				int apart = Math.abs(level - truth.level());
				levelCredit += apart == 0 ? 1 : apart == 1 ? 0.5 : 0;
			}
		}
		int curatedLevels = (int) curated.values().stream().filter(s -> s.level() != null).count();
		return new Figures(drafted.size(), curated.size(), credit, ratio(credit, drafted.size()),
				ratio(credit, curated.size()), draftedLevels, curatedLevels, levelCredit, ratio(levelCredit, draftedLevels),
				ratio(levelCredit, curatedLevels));
	}

	private static double ratio(double part, int whole) {
		return whole == 0 ? Double.NaN : part / whole;
	}

}
