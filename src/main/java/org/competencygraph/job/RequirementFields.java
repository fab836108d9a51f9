package org.competencygraph.job;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * What a {@code requirements} field of a request selects, as the properties to read: those of the {@code REQUIRES}
 * relationship behind the selected {@code Requirement} fields, and those of the {@code Capability} behind the
 * selected capability fields. A job's requirements read for a list of jobs then carry no source texts or
 * descriptions nobody asked for. The property names come from the tables below, never from the request.
 * <p>
 * Fields that are not read are null (or empty, or false) in the {@link Requirement} and {@link
 * org.competencygraph.capability.Capability} records; GraphQL never shows them, and the fields resolved
 * separately ({@code inheritedFrom}, {@code requiredBy}, {@code frameworkSource}, {@code sameAs}) need only ids,
 * which are always read.
 *
 * @param requires properties of the {@code REQUIRES} relationship, sorted
 * @param capability properties of the {@code Capability} node, sorted
 */
record RequirementFields(Set<String> requires, Set<String> capability) {

	/** Requirement fields and the relationship properties they are read from. */
	private static final Map<String, List<String>> REQUIRES = Map.of("priority", List.of("priority"),
			"priorityText", List.of("priorityText"), "level", List.of("level"), "levelText", List.of("levelText"),
			"importance", List.of("importance"), "assessedBy", List.of("assessedBy"), "criterion",
			List.of("criterion"), "derivedFromDuty", List.of("derivedFromDuty"), "inheritedFrom",
			List.of("inheritedFrom"), "provenance", List.of("sourceDocument", "sourceSection", "sourceText"));

	/** Capability fields read from properties of the same name, beyond those always read. */
	private static final Set<String> CAPABILITY = Set.of("aliases", "description", "qualificationType", "externalIds");

	/** Always read: priority is non-null in the schema; id, kind and name make a Capability. */
	private static final RequirementFields MINIMUM = new RequirementFields(Set.of("priority"),
			Set.of("id", "kind", "name"));

	RequirementFields {
		requires = Set.copyOf(new TreeSet<>(requires));
		capability = Set.copyOf(new TreeSet<>(capability));
	}

	/** What the selection set of a {@code requirements} field (fields of {@code Requirement}) asks for. */
	static RequirementFields of(DataFetchingFieldSelectionSet selection) {
		Set<String> requires = new TreeSet<>(MINIMUM.requires());
		Set<String> capability = new TreeSet<>(MINIMUM.capability());
		for (SelectedField field : selection.getImmediateFields()) {
			requires.addAll(REQUIRES.getOrDefault(field.getName(), List.of()));
		}
		for (SelectedField field : selection.getFields("capability/*")) {
			if (CAPABILITY.contains(field.getName())) {
				capability.add(field.getName());
			}
		}
		return new RequirementFields(requires, capability);
	}

	/** Everything either asks for: read once for fields that ask for different things. */
	RequirementFields and(RequirementFields other) {
		return new RequirementFields(union(this.requires, other.requires), union(this.capability, other.capability));
	}

	/** A Cypher map projection of the relationship bound to {@code variable}, e.g. {@code r {.level, .priority}}. */
	String requiresProjection(String variable) {
		return projection(variable, this.requires);
	}

	/** A Cypher map projection of the capability node bound to {@code variable}. */
	String capabilityProjection(String variable) {
		return projection(variable, this.capability);
	}

	private static String projection(String variable, Set<String> properties) {
		return properties.stream().sorted().map(p -> "." + p).collect(Collectors.joining(", ", variable + " {", "}"));
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> union = new TreeSet<>(a);
		union.addAll(b);
		return union;
	}

}
