package org.competencygraph.importer.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.competencygraph.importer.Problems;
import org.competencygraph.importer.learning.CatalogueEntry.Kind;
import org.competencygraph.importer.learning.CatalogueEntry.Reference;
import org.competencygraph.importer.learning.CatalogueRows.CapabilityPrerequisiteRow;
import org.competencygraph.importer.learning.CatalogueRows.ResourcePrerequisiteRow;
import org.competencygraph.importer.learning.CatalogueRows.ResourceRow;
import org.competencygraph.importer.learning.CatalogueRows.TeachingRow;
import org.competencygraph.importer.learning.PrerequisiteCycles.Node;
import org.competencygraph.semantic.MatchingSettings;
import org.competencygraph.semantic.SkillMatcher;
import org.competencygraph.semantic.SkillMatcher.Match;
import org.competencygraph.semantic.SkillMatcher.Resolution;
import org.jspecify.annotations.Nullable;

/**
 * Checks a file's entries against each other and the graph and turns them into a {@link CataloguePlan}: ids used
 * twice, skills matched to capabilities ({@link SkillMatcher}), prerequisite resources of the file or the graph,
 * and no prerequisite cycle ({@link PrerequisiteCycles}) in the catalogue the file would leave.
 */
final class CataloguePlanner {

	private static final int MAX_CYCLES = 10;

	private final String fileName;

	private final SkillMatcher matcher;

	private final MatchingSettings settings;

	private final Problems problems;

	CataloguePlanner(String fileName, SkillMatcher matcher, MatchingSettings settings, Problems problems) {
		this.fileName = fileName;
		this.matcher = matcher;
		this.settings = settings;
		this.problems = problems;
	}

	/** The plan, or null when the file has problems. */
	@Nullable CataloguePlan plan(List<CatalogueEntry> entries, CatalogueGraph graph) {
		Map<String, CatalogueEntry> byId = new LinkedHashMap<>();
		for (CatalogueEntry entry : entries) {
			CatalogueEntry first = byId.putIfAbsent(entry.id(), entry);
			if (first != null) {
				problem(entry.where() + ", field 'id'", "'" + entry.id() + "' is already used by " + first.where());
			}
		}
		List<Node> stored = graph.resourcesExcept(byId.keySet());
		Set<String> storedIds = stored.stream().map(Node::id).collect(Collectors.toSet());
		List<ResourceRow> resources = new ArrayList<>();
		List<TeachingRow> teachings = new ArrayList<>();
		List<CapabilityPrerequisiteRow> capabilityPrerequisites = new ArrayList<>();
		List<ResourcePrerequisiteRow> resourcePrerequisites = new ArrayList<>();
		List<String> semantic = new ArrayList<>();
		List<Node> nodes = new ArrayList<>(stored);
		for (CatalogueEntry entry : byId.values()) {
			resources.add(ResourceRow.of(entry));
			Map<String, @Nullable Integer> taught = new LinkedHashMap<>();
			Map<String, TeachingRow> entryTeachings = new LinkedHashMap<>();
			for (Reference skill : entry.teaches()) {
				Match match = match(skill, semantic);
				if (match != null) {
					TeachingRow row = new TeachingRow(entry.id(), match.capabilityId(), skill.level(), match.method(),
							match.score(), match.evidence());
					// Two names of one capability: the higher level counts.
					entryTeachings.merge(match.capabilityId(), row, (a, b) -> rank(b.level()) > rank(a.level()) ? b : a);
				}
			}
			entryTeachings.values().forEach(row -> taught.put(row.capabilityId(), row.level()));
			teachings.addAll(entryTeachings.values());
			Map<String, @Nullable Integer> requiredCapabilities = new HashMap<>();
			Set<String> requiredResources = new LinkedHashSet<>();
			for (Reference prerequisite : entry.prerequisites()) {
				boolean resource = prerequisite.kind() == Kind.RESOURCE || (prerequisite.kind() == Kind.RESOURCE_OR_CAPABILITY
						&& (byId.containsKey(prerequisite.text()) || storedIds.contains(prerequisite.text())));
				if (resource) {
					if (prerequisite.text().equals(entry.id())) {
						problem(prerequisite.where(), "'" + entry.id() + "' cannot require itself");
					}
					else if (!byId.containsKey(prerequisite.text()) && !storedIds.contains(prerequisite.text())) {
						problem(prerequisite.where(), "resource '" + prerequisite.text()
								+ "' is neither defined in this file nor in the graph");
					}
					else if (requiredResources.add(prerequisite.text())) {
						resourcePrerequisites.add(new ResourcePrerequisiteRow(entry.id(), prerequisite.text()));
					}
					continue;
				}
				Match match = match(prerequisite, semantic);
				if (match != null && !requiredCapabilities.containsKey(match.capabilityId())) {
					requiredCapabilities.put(match.capabilityId(), prerequisite.level());
					capabilityPrerequisites.add(new CapabilityPrerequisiteRow(entry.id(), match.capabilityId(),
							prerequisite.level(), match.method(), match.score(), match.evidence()));
				}
			}
			nodes.add(new Node(entry.id(), taught, requiredCapabilities, requiredResources));
		}
		if (!this.problems.isEmpty()) {
			return null;
		}
		for (String cycle : new PrerequisiteCycles(nodes).cycles(List.copyOf(byId.keySet()), MAX_CYCLES)) {
			this.problems.add(this.fileName, "prerequisite cycle, no order of learning can satisfy it: " + cycle);
		}
		if (!this.problems.isEmpty()) {
			return null;
		}
		return new CataloguePlan(this.fileName, resources, teachings, capabilityPrerequisites, resourcePrerequisites,
				semantic);
	}

	private @Nullable Match match(Reference skill, List<String> semantic) {
		if (skill.kind() == Kind.RESOURCE_OR_CAPABILITY && skill.text().contains("/")) {
			// Written as an id: it must be one, never matched by meaning.
			Resolution exact = this.matcher.resolve(skill.text());
			if (exact.match() == null || !exact.match().method().equals("id")) {
				problem(skill.where(), "'" + skill.text() + "' is neither a resource (of this file or the graph) nor "
						+ "a capability id");
				return null;
			}
			return exact.match();
		}
		Resolution resolution = this.matcher.resolve(skill.text());
		Match match = resolution.match();
		if (match == null) {
			String candidates = resolution.candidates().isEmpty() ? "none found"
					: resolution.candidates().stream()
						.map(c -> "'" + c.name() + "' (" + c.id() + ", " + String.format(Locale.ROOT, "%.2f", c.score())
								+ ")")
						.collect(Collectors.joining(", "));
			problem(skill.where(), "'" + skill.text() + "' " + (resolution.ambiguous()
					? "matches more than one capability about equally (the best must score " + this.settings.margin()
							+ " above the next)"
					: "matches no capability closely enough (a match by meaning needs a score of "
							+ this.settings.threshold() + ")")
					+ "; give the capability's id or name; closest: " + candidates);
			return null;
		}
		if (match.method().equals("semantic")) {
			semantic.add(skill.where() + ": '" + skill.text() + "' -> " + match.capabilityId() + " '" + match.name()
					+ "' (" + match.score() + ")");
		}
		return match;
	}

	/** Unspecified is taken as any level, so it ranks above every stated one. */
	private static int rank(@Nullable Integer level) {
		return level == null ? Integer.MAX_VALUE : level;
	}

	private void problem(String where, String message) {
		this.problems.add(this.fileName, where + ": " + message);
	}

}
