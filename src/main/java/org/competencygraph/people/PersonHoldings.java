package org.competencygraph.people;

import java.util.List;

import org.competencygraph.analysis.PersonProfiles;
import org.competencygraph.analysis.ProfileCapability;

import org.springframework.stereotype.Component;

/**
 * A person's current holdings for the analyses ({@code from: {person: ...}}): the same access check as the
 * {@code person} query, so an analysis cannot tell more about a person than the person query would. Expired
 * holdings (an {@code expires} date in the past) do not count.
 */
@Component
class PersonHoldings implements PersonProfiles {

	private final Viewers viewers;

	PersonHoldings(Viewers viewers) {
		this.viewers = viewers;
	}

	@Override
	public List<ProfileCapability> holdingsOf(String argument, String person) {
		Access access = this.viewers.access();
		PersonRow row = access.person(argument, person);
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		return access.snapshot().holdings(row.id()).stream()
			.filter(h -> !h.expired(today))
			.map(h -> new ProfileCapability(h.capability(), h.level()))
			.toList();
	}

}
