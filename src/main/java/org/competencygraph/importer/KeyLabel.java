package org.competencygraph.importer;

/**
 * The labels framework nodes are keyed by: each node is found and merged by {@code id} under its key label. Statement
 * texts name labels from this fixed set only, never from input.
 */
public enum KeyLabel {

	JOB("Job"), CAPABILITY("Capability"), SKILL_GROUP("SkillGroup"), JOB_FAMILY("JobFamily"),
	ORGANIZATION("Organization"), DUTY("Duty"), WORK_ACTIVITY("WorkActivity");

	private final String label;

	KeyLabel(String label) {
		this.label = label;
	}

	/** The Neo4j label. */
	public String label() {
		return this.label;
	}

}
