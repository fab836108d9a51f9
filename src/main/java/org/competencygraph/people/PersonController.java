package org.competencygraph.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.competencygraph.analysis.GapSource;
import org.competencygraph.analysis.GapSources;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.api.Paging;
import org.competencygraph.capability.Capability;
import org.competencygraph.gap.SkillGap;
import org.competencygraph.gap.SkillGaps;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.job.Job;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code me}, {@code person} and {@code people} queries and the fields of {@code Person}, {@code Viewer} and
 * {@code Holding}. Every field that returns a person or a team checks that the caller may see it ({@link Access}):
 * a person's manager or team the caller may not see is null, reports and lists hold only visible people.
 */
@Controller
class PersonController {

	static final int MAX_LIST = 200;

	private final Viewers viewers;

	private final PeopleData data;

	private final RequirementIndexes indexes;

	private final GapSources sources;

	PersonController(Viewers viewers, PeopleData data, RequirementIndexes indexes, GapSources sources) {
		this.viewers = viewers;
		this.data = data;
		this.indexes = indexes;
		this.sources = sources;
	}

	@QueryMapping
	Viewer me(DataFetchingEnvironment env) {
		return this.viewers.of(env);
	}

	@SchemaMapping(typeName = "Viewer")
	@Nullable PersonRow person(Viewer viewer, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		return viewer.personId() == null ? null : access.snapshot().person(viewer.personId());
	}

	@QueryMapping
	PersonRow person(@Argument String id, DataFetchingEnvironment env) {
		return this.viewers.access(env).person("id", id);
	}

	@QueryMapping
	Paging.Connection<PersonEdge> people(@Argument @Nullable PeopleFilter filter, @Argument @Nullable PersonOrder orderBy,
			@Argument @Nullable Integer first, @Argument @Nullable String after, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env).requireSignedIn("people");
		Paging.Page page = Paging.Page.of(first, after);
		PersonOrder order = orderBy == null ? PersonOrder.NAME : orderBy;
		List<PersonRow> matching = new ArrayList<>();
		PeopleFilters.Check check = PeopleFilters.of(access, filter);
		for (PersonRow person : access.snapshot().persons()) {
			if (access.canSee(person) && check.test(person)) {
				matching.add(person);
			}
		}
		return PeopleFilters.page(matching, order, page);
	}

	@SchemaMapping(typeName = "Person")
	@Nullable Job job(PersonRow person) {
		return job(this.indexes.current(), person.job());
	}

	@SchemaMapping(typeName = "Person")
	@Nullable TeamRow team(PersonRow person, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		TeamRow team = person.team() == null ? null : access.snapshot().team(person.team());
		return team == null || access.view(team) == Access.TeamView.NONE ? null : team;
	}

	@SchemaMapping(typeName = "Person")
	@Nullable PersonRow manager(PersonRow person, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		return access.canSee(person.manager()) ? access.snapshot().person(person.manager()) : null;
	}

	@SchemaMapping(typeName = "Person")
	List<PersonRow> reports(PersonRow person, @Argument @Nullable Integer first, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		return access.snapshot().reports(person.id()).stream()
			.filter(access::canSee)
			.limit(count("first", first, 50, MAX_LIST))
			.toList();
	}

	@SchemaMapping(typeName = "Person")
	List<HoldingRow> holdings(PersonRow person, DataFetchingEnvironment env) {
		return known(this.viewers.access(env).snapshot().holdings(person.id()));
	}

	@SchemaMapping(typeName = "Person")
	List<HoldingRow> history(PersonRow person, @Argument @Nullable String capability, @Argument @Nullable Integer first) {
		return known(this.data.history(person.id(), capability, count("first", first, 50, MAX_LIST)));
	}

	/** Holdings of capabilities the analysis index knows (one imported since its last refresh waits for it). */
	private List<HoldingRow> known(List<HoldingRow> holdings) {
		RequirementIndex index = this.indexes.current();
		return holdings.stream().filter(h -> index.capabilityNumber(h.capability()) >= 0).toList();
	}

	@SchemaMapping(typeName = "Person")
	@Nullable SkillGap gapToOwnJob(PersonRow person, DataFetchingEnvironment env) {
		RequirementIndex index = this.indexes.current();
		int job = person.job() == null ? -1 : index.jobNumber(person.job());
		if (job < 0 || this.viewers.access(env).snapshot().holdings(person.id()).isEmpty()) {
			return null;
		}
		// Through GapSources, as skillGap(from: {person}) does: the same holdings, the same access check.
		GapSource source = this.sources.resolve(index, null, null, person.id());
		return SkillGaps.fromProfile(index, source.held(), source.profileSize(), job);
	}

	@SchemaMapping(typeName = "Holding")
	Capability capability(HoldingRow holding) {
		// Only holdings of capabilities the index knows are handed out (known).
		return java.util.Objects.requireNonNull(capability(this.indexes.current(), holding.capability()));
	}

	static @Nullable Job job(RequirementIndex index, @Nullable String id) {
		int number = id == null ? -1 : index.jobNumber(id);
		return number < 0 ? null : index.job(number);
	}

	static @Nullable Capability capability(RequirementIndex index, String id) {
		int number = index.capabilityNumber(id);
		return number < 0 ? null : index.capability(number);
	}

	static int count(String argument, @Nullable Integer value, int defaultValue, int max) {
		int count = value == null ? defaultValue : value;
		if (count < 1 || count > max) {
			throw new InvalidArgumentException(argument, "must be from 1 to " + max + ", was " + count);
		}
		return count;
	}

	/** GraphQL's {@code PeopleFilter}. */
	record PeopleFilter(@Nullable String query, @Nullable String team, @Nullable String job,
			@Nullable String capability, @Nullable Double minLevel) {
	}

	/** GraphQL's {@code PersonOrder}. */
	enum PersonOrder {

		NAME, EMPLOYEE_NUMBER

	}

	/** A person with their cursor. */
	record PersonEdge(PersonRow node, String cursor) {
	}

}
