package org.competencygraph.people;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.api.Paging;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.people.PersonController.PeopleFilter;
import org.competencygraph.people.PersonController.PersonEdge;
import org.competencygraph.people.PersonController.PersonOrder;
import org.jspecify.annotations.Nullable;

/**
 * The filters and order of {@code people}. They apply only to people the caller may see: a filter on a team the
 * caller may not see is NOT_FOUND as the team query answers, so filters never tell about anyone else.
 */
final class PeopleFilters {

	/** Sorts after every employee number: people without one come last. */
	private static final String LAST = "\uffff";

	private PeopleFilters() {
	}

	/** A test of one person against the filter's conditions, all of which must hold. */
	interface Check extends Predicate<PersonRow> {
	}

	static Check of(Access access, @Nullable PeopleFilter filter) {
		if (filter == null) {
			return person -> true;
		}
		Predicate<PersonRow> check = person -> true;
		if (filter.query() != null && !filter.query().isBlank()) {
			String words = filter.query().strip().toLowerCase(Locale.ROOT);
			check = check.and(person -> contains(person.name(), words) || contains(person.email(), words)
					|| contains(person.employeeNumber(), words));
		}
		if (filter.team() != null) {
			Set<String> teams = access.snapshot().teamAndBelow(access.fullTeam("filter.team", filter.team()).id());
			check = check.and(person -> person.team() != null && teams.contains(person.team()));
		}
		if (filter.job() != null) {
			String job = filter.job();
			check = check.and(person -> job.equals(person.job()));
		}
		if (filter.minLevel() != null && (filter.minLevel() < ProficiencyScale.MIN_LEVEL
				|| filter.minLevel() > ProficiencyScale.MAX_LEVEL)) {
			throw new InvalidArgumentException("filter.minLevel", "must be from " + (int) ProficiencyScale.MIN_LEVEL
					+ " to " + (int) ProficiencyScale.MAX_LEVEL + ", was " + filter.minLevel());
		}
		if (filter.capability() != null) {
			String capability = filter.capability();
			Double minLevel = filter.minLevel();
			check = check.and(person -> access.snapshot().holdings(person.id()).stream()
				.anyMatch(h -> h.capability().equals(capability)
						&& (minLevel == null || (h.level() != null && h.level() >= minLevel))));
		}
		else if (filter.minLevel() != null) {
			throw new InvalidArgumentException("filter.minLevel", "needs filter.capability");
		}
		Predicate<PersonRow> all = check;
		return all::test;
	}

	/** One page of the matching people in the order asked for, keyset-paged by (sort key, id). */
	static Paging.Connection<PersonEdge> page(List<PersonRow> matching, PersonOrder order, Paging.Page page) {
		Comparator<PersonRow> comparator = Comparator.comparing((PersonRow p) -> key(p, order))
			.thenComparing(PersonRow::id);
		Paging.Keyset after = page.after();
		List<PersonEdge> rows = matching.stream()
			.sorted(comparator)
			.filter(p -> after == null || key(p, order).compareTo(after.title()) > 0
					|| (key(p, order).equals(after.title()) && p.id().compareTo(after.id()) > 0))
			.limit(page.first() + 1L)
			.map(p -> new PersonEdge(p, new Paging.Keyset(key(p, order), p.id()).cursor()))
			.toList();
		return page.connection(rows, PersonEdge::cursor, matching.size());
	}

	private static String key(PersonRow person, PersonOrder order) {
		return switch (order) {
			case NAME -> person.name();
			case EMPLOYEE_NUMBER -> person.employeeNumber() == null ? LAST : person.employeeNumber();
		};
	}

	private static boolean contains(@Nullable String text, String words) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(words);
	}

}
