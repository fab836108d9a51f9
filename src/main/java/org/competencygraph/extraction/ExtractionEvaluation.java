package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A draft against the curated profile of the same document, per document: precision and recall of requirements and
 * of levels. Requirements are compared by capability over the document (the union of its jobs' own requirements,
 * essential when any job says so, at the lowest level any job states): a draft requirement of a capability the
 * curated profile requires earns 1 with the same priority and 0.5 (partial credit) with the other one. A proposed
 * capability earns the same when it names a capability the curator also had to define because the graph lacks it
 * (see {@link #proposalsNamingNew}), else nothing; that part of the credit is kept apart ({@code proposalCredit}),
 * so that the rule of the earlier rounds (every proposal 0) can still be computed. Levels are compared on the
 * capabilities both require and the curated one gives a level for: 1 for the same level, 0.5 for one step apart.
 * Titles and the organization are compared by {@link NamesEvaluation}.
 */
final class ExtractionEvaluation {

	private ExtractionEvaluation() {
	}

	/** The figures of one document; NaN where there is nothing to divide by. */
	record Figures(int drafted, int curated, double credit, double precision, double recall, int draftedLevels,
			int curatedLevels, double levelCredit, double levelPrecision, double levelRecall, double proposalCredit) {

		double f1() {
			return this.precision + this.recall == 0 ? 0 : 2 * this.precision * this.recall / (this.precision + this.recall);
		}

	}

	record Stated(String priority, @Nullable Integer level) {
	}

	static Figures compare(DraftProfile draft, JsonNode curated) {
		Map<String, String> named = proposalsNamingNew(draft, curated);
		Map<String, Stated> drafted = new LinkedHashMap<>();
		for (DraftProfile.Job job : draft.jobs()) {
			for (DraftProfile.Requirement requirement : job.requirements()) {
				merge(drafted, key(requirement, named), requirement.priority(), requirement.level());
			}
		}
		return compare(drafted, curated(curated), Set.copyOf(named.values()));
	}

	/** The id a drafted requirement is counted under: its capability's, or the curated new one its proposal names. */
	private static String key(DraftProfile.Requirement requirement, Map<String, String> named) {
		return requirement.capability() instanceof String s ? s
				: named.getOrDefault(requirement.capabilityId(), "(proposed) " + requirement.capabilityId());
	}

	/**
	 * Words of a capability's name that say nothing of which one it is beyond its kind ("Full Driving Licence" and
	 * "Must hold a full driving licence" share "driving", not only "licence").
	 */
	private static final Set<String> KIND_WORDS = Set.of("experience", "knowledge", "skill", "skills", "qualification",
			"qualifications", "certification", "certificate", "licence", "license", "degree", "understanding", "ability",
			"the", "and", "for", "with", "working", "work", "years", "year", "any", "other", "another", "similar",
			"relevant", "equivalent", "good", "strong", "sound");

	/**
	 * Proposals that name a capability the curated profile defines itself (the graph lacks it): the right answer of
	 * a draft for such a requirement is a proposal, and it counts as the curated capability when it is of the same
	 * kind (and qualification type) and its name shares a word other than kind words with the curated name
	 * ("Full UK driving licence" for "Full Driving Licence", "PowerShell scripting" for "Scripting"). Each curated
	 * capability is named by one proposal at most, the first in the draft.
	 */
	static Map<String, String> proposalsNamingNew(DraftProfile draft, JsonNode curated) {
		Map<String, JsonNode> defined = new LinkedHashMap<>();
		for (JsonNode job : curated.path("jobs")) {
			for (JsonNode requirement : job.path("requirements")) {
				JsonNode capability = requirement.path("capability");
				if (capability.isObject()) {
					defined.putIfAbsent(capability.path("id").asString(), capability);
				}
			}
		}
		Map<String, String> named = new LinkedHashMap<>();
		for (DraftProfile.Job job : draft.jobs()) {
			for (DraftProfile.Requirement requirement : job.requirements()) {
				if (!(requirement.capability() instanceof DraftProfile.ProposedCapability proposed)
						|| named.containsKey(proposed.id())) {
					continue;
				}
				for (Map.Entry<String, JsonNode> entry : defined.entrySet()) {
					JsonNode capability = entry.getValue();
					if (!named.containsValue(entry.getKey()) && proposed.kind().equals(capability.path("kind").asString())
							&& Objects.equals(proposed.qualificationType(),
									capability.path("qualificationType").isMissingNode() ? null
											: capability.path("qualificationType").asString())
							&& !Collections.disjoint(nameWords(proposed.name()),
									nameWords(capability.path("name").asString()))) {
						named.put(proposed.id(), entry.getKey());
						break;
					}
				}
			}
		}
		return named;
	}

	/** The stems of a name's words other than kind words ("driver" and "driving" both "driv"). */
	static Set<String> nameWords(String name) {
		Set<String> words = new HashSet<>();
		for (String word : name.toLowerCase(Locale.ROOT).split("[^a-z0-9+#]+")) {
			if (word.length() >= 3 && !KIND_WORDS.contains(word)) {
				words.add(stem(word));
			}
		}
		return words;
	}

	/** Common suffixes a word and its kin differ by. */
	private static final List<String> SUFFIXES = List.of("ing", "ers", "er", "ed", "es", "s", "e");

	/**
	 * A word without the first of {@link #SUFFIXES} it ends in, when at least four letters are left: "driver",
	 * "drivers", "driving" and "drive" are all "driv", "scripting" and "scripts" "script". Light on purpose: it only
	 * decides whether two names of the same kind share a word.
	 */
	static String stem(String word) {
		for (String suffix : SUFFIXES) {
			if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
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
		return compare(drafted, curated, Set.of());
	}

	/** @param proposed the curated ids that drafted proposals earn credit for (their credit is kept apart too) */
	static Figures compare(Map<String, Stated> drafted, Map<String, Stated> curated, Set<String> proposed) {
		double credit = 0;
		double proposalCredit = 0;
		double levelCredit = 0;
		int draftedLevels = 0;
		for (Map.Entry<String, Stated> entry : drafted.entrySet()) {
			Stated truth = curated.get(entry.getKey());
			if (truth == null) {
				continue;
			}
			double earned = truth.priority().equals(entry.getValue().priority()) ? 1 : 0.5;
			credit += earned;
			proposalCredit += proposed.contains(entry.getKey()) ? earned : 0;
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
				ratio(levelCredit, curatedLevels), proposalCredit);
	}

	/**
	 * What was counted against the draft, as a reviewer reads it: each drafted capability the curated profile does not
	 * require (with its phrase, confidence and candidates), each curated capability the draft misses (with the curated
	 * sentence and what the draft made of that sentence), and each capability drafted with the other priority.
	 */
	static List<String> differences(DraftProfile draft, JsonNode curated) {
		Map<String, Stated> truth = curated(curated);
		Map<String, String> named = proposalsNamingNew(draft, curated);
		Map<String, DraftProfile.Requirement> drafted = new LinkedHashMap<>();
		for (DraftProfile.Job job : draft.jobs()) {
			for (DraftProfile.Requirement requirement : job.requirements()) {
				drafted.putIfAbsent(key(requirement, named), requirement);
			}
		}
		List<String> lines = new ArrayList<>();
		drafted.forEach((id, requirement) -> {
			Stated stated = truth.get(id);
			if (stated == null) {
				lines.add(String.format(Locale.ROOT, "extra    %s (%s, %.2f) <- \"%s\" [%s] %s", id, requirement.priority(),
						requirement.confidence(), requirement.provenance().text(), requirement.evidence(),
						candidates(requirement.candidates())));
			}
			else {
				lines.add(String.format(Locale.ROOT, "hit      %s%s (%s, %.2f) <- \"%s\" [%s]", id,
						requirement.capability() instanceof String ? ""
								: " as (proposed) " + requirement.capabilityId(),
						requirement.priority(), requirement.confidence(), requirement.provenance().text(),
						requirement.evidence()));
			}
			if (stated != null && !stated.priority().equals(requirement.priority())) {
				lines.add(String.format(Locale.ROOT, "priority %s drafted %s, curated %s <- \"%s\"", id, requirement.priority(),
						stated.priority(), requirement.provenance().text()));
			}
		});
		for (JsonNode job : curated.path("jobs")) {
			for (JsonNode requirement : job.path("requirements")) {
				JsonNode capability = requirement.path("capability");
				String id = capability.isObject() ? capability.path("id").asString() : capability.asString();
				if (drafted.containsKey(id) || lines.stream().anyMatch(l -> l.startsWith("missed   " + id + " "))) {
					continue;
				}
				String text = requirement.path("provenance").path("text").asString();
				List<String> instead = new ArrayList<>();
				drafted.forEach((other, r) -> {
					if (r.provenance().text().contains(text) || text.contains(r.provenance().text())) {
						instead.add(String.format(Locale.ROOT, "%s (%.2f)", other, r.confidence()));
					}
				});
				for (DraftProfile.Phrase phrase : draft.extraction().unmatched()) {
					if (phrase.text().contains(text) || text.contains(phrase.text())) {
						instead.add("unmatched " + candidates(phrase.candidates()));
					}
				}
				for (DraftProfile.LeftOut left : draft.extraction().boilerplate()) {
					if (left.text().contains(text) || text.contains(left.text())) {
						instead.add("boilerplate (" + left.reason() + ")");
					}
				}
				String section = requirement.path("provenance").path("section").asString();
				for (DraftProfile.NotRead notRead : draft.extraction().notRead()) {
					if (instead.isEmpty() && (notRead.section().equalsIgnoreCase(section)
							|| notRead.section().endsWith(" / " + section))) {
						instead.add("not read (section '" + notRead.section() + "' read as context only)");
					}
				}
				lines.add(String.format(Locale.ROOT, "missed   %s <- \"%s\" drafted as: %s", id, text,
						instead.isEmpty() ? "nothing" : String.join("; ", instead)));
			}
		}
		return lines;
	}

	private static String candidates(List<DraftProfile.Candidate> candidates) {
		return candidates.stream()
			.map(c -> String.format(Locale.ROOT, "%s %.2f", c.capability(), c.score()))
			.toList()
			.toString();
	}

	private static double ratio(double part, int whole) {
		return whole == 0 ? Double.NaN : part / whole;
	}

}
