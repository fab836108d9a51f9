package org.competencygraph.people;

import org.jspecify.annotations.Nullable;

/**
 * An assessment of a capability a person holds (HOLDS) or held (HELD, with {@code supersededAt}); GraphQL
 * {@code Holding}.
 */
public record HoldingRow(String capability, @Nullable Double level, HoldingSource source, @Nullable String evidence,
		String assessedAt, String assessedBy, @Nullable String expires, @Nullable String supersededAt) {

	/** Whether it has expired by {@code today}: an expired certificate no longer counts in gaps and coverage. */
	public boolean expired(java.time.LocalDate today) {
		return this.expires != null && this.expires.compareTo(today.toString()) < 0;
	}

	/** Where an assessment comes from. */
	public enum HoldingSource {

		SELF_ASSESSED, MANAGER_ASSESSED, CERTIFICATE, LEARNING

	}

}
