package org.competencygraph.semantic;

import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;

/** What a text is matched against. */
public enum ConceptTarget {

	/** Capabilities: skills, knowledge areas, competencies, abilities, qualifications. */
	CAPABILITY("Capability", "c", Capability.PROJECTION, "capability_text", "capability_embedding", "embedding"),

	/** Jobs and standard occupations, by title. */
	OCCUPATION("Job", "j", Job.PROJECTION, "job_text", "job_title_embedding", "titleEmbedding");

	private final String label;

	private final String variable;

	private final String projection;

	private final String textIndex;

	private final String vectorIndex;

	private final String vectorProperty;

	ConceptTarget(String label, String variable, String projection, String textIndex, String vectorIndex,
			String vectorProperty) {
		this.label = label;
		this.variable = variable;
		this.projection = projection;
		this.textIndex = textIndex;
		this.vectorIndex = vectorIndex;
		this.vectorProperty = vectorProperty;
	}

	String label() {
		return this.label;
	}

	String variable() {
		return this.variable;
	}

	/** Cypher turning the matched node (named {@link #variable()}) into what its record type reads. */
	String projection() {
		return this.projection;
	}

	String textIndex() {
		return this.textIndex;
	}

	String vectorIndex() {
		return this.vectorIndex;
	}

	String vectorProperty() {
		return this.vectorProperty;
	}

}
