package org.competencygraph.semantic;

import java.util.List;

/**
 * What one refresh of the stored vectors did.
 *
 * @param kinds per kind of vector, what was computed
 * @param seconds how long it took
 */
public record EmbeddingReport(List<Kind> kinds, double seconds) {

	/** Vectors computed in this refresh, all kinds. */
	public int computed() {
		return this.kinds.stream().mapToInt(Kind::computed).sum();
	}

	/**
	 * One kind of vector.
	 *
	 * @param description e.g. {@code capability names}
	 * @param computed vectors computed because their text was new or changed
	 * @param unchanged vectors already up to date
	 * @param removed vectors removed because their text is gone
	 */
	public record Kind(String description, int computed, int unchanged, int removed) {
	}

}
