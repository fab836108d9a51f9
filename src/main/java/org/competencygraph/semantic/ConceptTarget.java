package org.competencygraph.semantic;

import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;

/** What a text is matched against. */
public enum ConceptTarget {

	/** Capabilities: skills, knowledge areas, competencies, abilities, qualifications. */
	CAPABILITY("Capability", "c", Capability.PROJECTION, "capability_text",
			new String[][] { { "capability_embedding", "embedding", "the name" },
					{ "capability_description_embedding", "descriptionEmbedding", "the description of" } }),

	/** Jobs and standard occupations, by title. */
	OCCUPATION("Job", "j", Job.PROJECTION, "job_text",
			new String[][] { { "job_title_embedding", "titleEmbedding", "the title" } });

	private final String label;

	private final String variable;

	private final String projection;

	private final String textIndex;

	private final String[][] vectorSearches;

	ConceptTarget(String label, String variable, String projection, String textIndex, String[][] vectorSearches) {
		this.label = label;
		this.variable = variable;
		this.projection = projection;
		this.textIndex = textIndex;
		this.vectorSearches = vectorSearches;
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

	/** Per vector index searched: its name, the property it indexes, and what that vector is of, in words. */
	String[][] vectorSearches() {
		return this.vectorSearches;
	}

	/**
	 * The kind (index in {@link #vectorSearches()}) of the vector stored in {@code property}, -1 when it is not one
	 * of those searched (and held in memory, {@link ConceptVectors}).
	 */
	int kindOf(String property) {
		for (int kind = 0; kind < this.vectorSearches.length; kind++) {
			if (this.vectorSearches[kind][1].equals(property)) {
				return kind;
			}
		}
		return -1;
	}

}
