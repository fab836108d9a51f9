package org.competencygraph.people;

import org.jspecify.annotations.Nullable;

/**
 * An assessment of a capability a person holds (HOLDS) or held (HELD, with {@code supersededAt}); GraphQL
 * {@code Holding}.
 */
public record HoldingRow(String capability, @Nullable Double level, HoldingSource source, @Nullable String evidence,
		String assessedAt, String assessedBy, @Nullable String expires, @Nullable String supersededAt) {

	/** Where an assessment comes from. */
	public enum HoldingSource {

		SELF_ASSESSED, MANAGER_ASSESSED, CERTIFICATE, LEARNING

	}

}
