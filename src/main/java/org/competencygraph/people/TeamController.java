package org.competencygraph.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.api.NotFoundException;
import org.competencygraph.api.Paging;
import org.competencygraph.api.PermissionDeniedException;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.competencygraph.people.PersonController.PersonEdge;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code team} and {@code teams} queries and the fields of {@code Team}: members, coverage, heat map and single
 * points of failure, each checked against what the caller may see of the team ({@link Access.TeamView}).
 */
@Controller
@EnableConfigurationProperties(PrivacyProperties.class)
class TeamController {

	static final int MAX_COLUMNS = 200;

	static final int MAX_ROWS = 1000;

	private final Viewers viewers;

	private final RequirementIndexes indexes;

	private final PrivacyProperties privacy;

	TeamController(Viewers viewers, RequirementIndexes indexes, PrivacyProperties privacy) {
		this.viewers = viewers;
		this.indexes = indexes;
		this.privacy = privacy;
	}

	@QueryMapping
	TeamRow team(@Argument String id, DataFetchingEnvironment env) {
		return this.viewers.access(env).team("id", id);
	}

	@QueryMapping
	Paging.Connection<TeamEdge> teams(@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingEnvironment env) {
		Access access = this.viewers.access(env).requireSignedIn("teams");
		Paging.Page page = Paging.Page.of(first, after);
		List<TeamRow> visible = new ArrayList<>();
		for (TeamRow team : access.snapshot().teams()) {
			if (access.view(team) != Access.TeamView.NONE) {
				visible.add(team);
			}
		}
		Paging.Keyset from = page.after();
		List<TeamEdge> rows = visible.stream()
			.filter(t -> from == null || t.name().compareTo(from.title()) > 0
					|| (t.name().equals(from.title()) && t.id().compareTo(from.id()) > 0))
			.limit(page.first() + 1L)
			.map(t -> new TeamEdge(t, new Paging.Keyset(t.name(), t.id()).cursor()))
			.toList();
		return page.connection(rows, TeamEdge::cursor, visible.size());
	}

	@SchemaMapping(typeName = "Team")
	@Nullable TeamRow parent(TeamRow team, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		TeamRow parent = team.parent() == null ? null : access.snapshot().team(team.parent());
		return parent == null || access.view(parent) == Access.TeamView.NONE ? null : parent;
	}

	@SchemaMapping(typeName = "Team")
	List<TeamRow> children(TeamRow team, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		return access.snapshot().children(team.id()).stream().filter(t -> access.view(t) != Access.TeamView.NONE).toList();
	}

	@SchemaMapping(typeName = "Team")
	@Nullable PersonRow manager(TeamRow team, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		return access.canSee(team.manager()) ? access.snapshot().person(team.manager()) : null;
	}

	@SchemaMapping(typeName = "Team")
	boolean membersVisible(TeamRow team, DataFetchingEnvironment env) {
		return this.viewers.access(env).view(team) == Access.TeamView.FULL;
	}

	@SchemaMapping(typeName = "Team")
	Paging.Connection<PersonEdge> members(TeamRow team, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment env) {
		Access access = full(team, "Team.members", env);
		return PeopleFilters.page(members(access, team), PersonController.PersonOrder.NAME,
				Paging.Page.of(first == null ? 50 : first, after));
	}

	@SchemaMapping(typeName = "Team")
	@Nullable Integer memberCount(TeamRow team, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		int count = members(access, team).size();
		return suppressed(access, team, count) ? null : count;
	}

	@SchemaMapping(typeName = "Team")
	List<PositionView> positions(TeamRow team, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		RequirementIndex index = this.indexes.current();
		List<PersonRow> members = members(access, team);
		boolean suppressed = suppressed(access, team, members.size());
		List<PositionView> positions = new ArrayList<>();
		for (TeamRow.Position position : team.positions()) {
			Job job = PersonController.job(index, position.job());
			if (job != null) {
				int filled = (int) members.stream().filter(m -> position.job().equals(m.job())).count();
				positions.add(new PositionView(job, position.count(), position.by(), suppressed ? null : filled));
			}
		}
		return positions;
	}

	@SchemaMapping(typeName = "Team")
	CoverageView coverage(TeamRow team, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		RequirementIndex index = this.indexes.current();
		List<PersonRow> people = members(access, team);
		boolean suppressed = suppressed(access, team, people.size());
		boolean named = access.view(team) == Access.TeamView.FULL;
		List<TeamAnalysis.Member> members = people.stream()
			.map(p -> TeamAnalysis.Member.of(index, p, access.snapshot().holdings(p.id())))
			.toList();
		List<CapabilityCoverageView> rows = TeamAnalysis
			.coverage(index, TeamAnalysis.required(index, team), members)
			.stream()
			.map(c -> new CapabilityCoverageView(index.capability(c.required().requirement().capability()),
					c.required().level(), c.required().essential(), suppressed ? null : c.meeting(),
					suppressed ? null : c.holding(), c.required().needed(), named ? c.meetingPeople() : List.of()))
			.toList();
		return new CoverageView(suppressed ? null : people.size(), suppressed, this.privacy.minimumGroupSize(), rows);
	}

	@SchemaMapping(typeName = "Team")
	HeatMapView heatMap(TeamRow team, @Argument @Nullable List<String> capabilities, @Argument @Nullable Integer first,
			DataFetchingEnvironment env) {
		Access access = full(team, "Team.heatMap", env);
		RequirementIndex index = this.indexes.current();
		int rows = PersonController.count("first", first, 100, MAX_ROWS);
		Map<String, Capability> columns = new LinkedHashMap<>();
		if (capabilities != null) {
			if (capabilities.isEmpty() || capabilities.size() > MAX_COLUMNS) {
				throw new InvalidArgumentException("capabilities", "must list 1 to " + MAX_COLUMNS
						+ " capability ids, or be left out for those the positions require; was " + capabilities.size());
			}
			for (int i = 0; i < capabilities.size(); i++) {
				Capability capability = PersonController.capability(index, capabilities.get(i));
				if (capability == null) {
					throw new NotFoundException("capabilities[" + i + "]",
							"there is no capability with id '" + capabilities.get(i) + "'");
				}
				columns.put(capability.id(), capability);
			}
		}
		else {
			for (TeamAnalysis.Required required : TeamAnalysis.required(index, team)) {
				if (columns.size() < MAX_COLUMNS) {
					Capability capability = index.capability(required.requirement().capability());
					columns.put(capability.id(), capability);
				}
			}
		}
		List<String> ids = List.copyOf(columns.keySet());
		List<HeatMapRow> map = new ArrayList<>();
		for (PersonRow person : members(access, team)) {
			if (map.size() == rows) {
				break;
			}
			Map<String, Double> levels = new java.util.HashMap<>();
			for (HoldingRow holding : access.snapshot().holdings(person.id())) {
				levels.put(holding.capability(), holding.level() == null ? -1.0 : holding.level());
			}
			List<@Nullable Double> row = new ArrayList<>(ids.size());
			for (String id : ids) {
				row.add(levels.get(id));
			}
			map.add(new HeatMapRow(person, row));
		}
		return new HeatMapView(List.copyOf(columns.values()), map);
	}

	@SchemaMapping(typeName = "Team")
	List<TeamAnalysis.SinglePoint> singlePointsOfFailure(TeamRow team, DataFetchingEnvironment env) {
		Access access = full(team, "Team.singlePointsOfFailure", env);
		RequirementIndex index = this.indexes.current();
		List<TeamAnalysis.Member> members = members(access, team).stream()
			.map(p -> TeamAnalysis.Member.of(index, p, access.snapshot().holdings(p.id())))
			.toList();
		return TeamAnalysis.singlePoints(index, TeamAnalysis.required(index, team), members);
	}

	/** Members of the team and its sub-teams, by name. */
	static List<PersonRow> members(Access access, TeamRow team) {
		List<PersonRow> members = new ArrayList<>();
		for (String id : access.snapshot().teamAndBelow(team.id())) {
			members.addAll(access.snapshot().members(id));
		}
		members.sort(PeopleSnapshot.BY_NAME);
		return members;
	}

	private Access full(TeamRow team, String field, DataFetchingEnvironment env) {
		Access access = this.viewers.access(env);
		if (access.view(team) != Access.TeamView.FULL) {
			throw new PermissionDeniedException(true, field + " needs the team's manager, a planner or the admin");
		}
		return access;
	}

	/** Counts over fewer people than the minimum group size are withheld from callers who may not see them. */
	private boolean suppressed(Access access, TeamRow team, int count) {
		return access.view(team) != Access.TeamView.FULL && count < this.privacy.minimumGroupSize();
	}

	record TeamEdge(TeamRow node, String cursor) {
	}

	record PositionView(Job job, int count, @Nullable String by, @Nullable Integer filled) {
	}

	record CoverageView(@Nullable Integer memberCount, boolean suppressed, int minimumGroupSize,
			List<CapabilityCoverageView> capabilities) {
	}

	record CapabilityCoverageView(Capability capability, @Nullable Double requiredLevel, boolean essential,
			@Nullable Integer holdersMeeting, @Nullable Integer holders, int needed, List<PersonRow> meetingPeople) {
	}

	record HeatMapView(List<Capability> capabilities, List<HeatMapRow> rows) {
	}

	record HeatMapRow(PersonRow person, List<@Nullable Double> levels) {
	}

}
