package org.competencygraph.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.training.LearningCatalogue.Link;
import org.competencygraph.training.LearningCatalogue.ResourceRow;
import org.competencygraph.training.PlanProblem.CapabilityLevel;

/**
 * The resources a plan may choose from: those teaching a needed capability or one SAME_AS it (cheapest for the
 * objective first), then, round by round, the resources they require by id and those teaching a capability they
 * require that is not held; at most {@code maxCandidates} in all and {@code rounds} rounds.
 */
final class CandidateResources {

	/**
	 * @param rows the resources read, by id, in the order read
	 * @param capped true when the cap stopped the reading: more resources may teach what is needed
	 */
	record Candidates(Map<String, ResourceRow> rows, boolean capped) {
	}

	private CandidateResources() {
	}

	static Candidates read(LearningCatalogue catalogue, RequirementIndex index, Collection<Integer> neededConcepts,
			List<CapabilityLevel> held, Objective objective, TrainingProperties properties) {
		Map<String, ResourceRow> rows = new LinkedHashMap<>();
		Set<String> asked = new LinkedHashSet<>();
		List<String> capabilities = members(index, neededConcepts, asked);
		int max = properties.maxCandidates();
		boolean capped = addAll(rows, catalogue.teaching(capabilities, List.of(), objective, max + 1), max);
		Instance.Levels have = new Instance.Levels(held);
		for (int round = 0; round < properties.prerequisiteRounds() && !capped; round++) {
			Set<String> missingResources = new LinkedHashSet<>();
			Set<Integer> missingConcepts = new LinkedHashSet<>();
			List<String> unknownCapabilities = new ArrayList<>();
			for (ResourceRow row : rows.values()) {
				row.requiresResources().stream().filter(id -> !rows.containsKey(id)).forEach(missingResources::add);
				for (Link link : row.requiresCapabilities()) {
					String key = GapNeeds.key(index, link.capability());
					if (have.meets(new CapabilityLevel(key, link.level()))) {
						continue;
					}
					int capability = index.capabilityNumber(link.capability());
					if (capability >= 0) {
						missingConcepts.add(index.conceptOf(capability));
					}
					else if (asked.add(link.capability())) {
						unknownCapabilities.add(link.capability());
					}
				}
			}
			List<String> toAsk = new ArrayList<>(members(index, missingConcepts, asked));
			toAsk.addAll(unknownCapabilities);
			missingResources.removeIf(rows::containsKey);
			if (toAsk.isEmpty() && missingResources.isEmpty()) {
				break;
			}
			int before = rows.size();
			capped = addAll(rows, catalogue.byIds(missingResources), max);
			if (!capped) {
				capped = addAll(rows, catalogue.teaching(toAsk, rows.keySet(), objective, max - rows.size() + 1), max);
			}
			if (rows.size() == before) {
				break;
			}
		}
		return new Candidates(rows, capped);
	}

	/** Adds rows up to max; true when some were left out. */
	private static boolean addAll(Map<String, ResourceRow> rows, List<ResourceRow> found, int max) {
		for (ResourceRow row : found) {
			if (rows.size() >= max && !rows.containsKey(row.id())) {
				return true;
			}
			rows.putIfAbsent(row.id(), row);
		}
		return false;
	}

	/** The capability ids of the concepts not asked for yet. */
	private static List<String> members(RequirementIndex index, Collection<Integer> concepts, Set<String> asked) {
		List<String> ids = new ArrayList<>();
		for (int concept : concepts) {
			Arrays.stream(index.conceptMembers(concept))
				.mapToObj(c -> index.capability(c).id())
				.filter(asked::add)
				.forEach(ids::add);
		}
		return ids;
	}

}
