package org.competencygraph.capability;

import java.util.Arrays;

/** The kinds of capability; {@link #label()} is the Neo4j label and the import format's {@code kind}. */
public enum CapabilityKind {

	SKILL("Skill"), ABILITY("Ability"), KNOWLEDGE_AREA("KnowledgeArea"), COMPETENCY("Competency"),
	QUALIFICATION("Qualification");

	private final String label;

	CapabilityKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static CapabilityKind ofLabel(String label) {
		return Arrays.stream(values())
			.filter(kind -> kind.label.equals(label))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown capability kind in the graph: " + label));
	}

}
