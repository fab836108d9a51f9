package org.competencygraph.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.Holdings;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.RequirementStatus;
import org.competencygraph.capability.Capability;
import org.jspecify.annotations.Nullable;

/**
 * Coverage, heat map and single points of failure of a team, computed on the analysis index: a member meets a
 * required capability as skillGap says (status MET, through SAME_AS, narrower and close matches alike), and holds
 * it when skillGap finds any holding for it.
 */
final class TeamAnalysis {

	private TeamAnalysis() {
	}

	/**
	 * A person's current holdings as the analyses take them, by concept: expired ones and capabilities unknown to the
	 * index left out.
	 */
	static Map<Integer, Holding> held(RequirementIndex index, List<HoldingRow> rows) {
		Map<Integer, Holding> held = new LinkedHashMap<>();
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		for (HoldingRow row : rows) {
			int capability = index.capabilityNumber(row.capability());
			if (capability >= 0 && !row.expired(today)) {
				int concept = index.conceptOf(capability);
				held.merge(concept, new Holding(concept, capability, row.level(), true), RequirementIndex::stronger);
			}
		}
		return held;
	}

	/** One capability the positions require, aggregated over the positions. */
	record Required(JobRequirement requirement, @Nullable Double level, boolean essential, int needed) {
	}

	/** The capabilities the team's positions require, each once: highest level, essential if any says so. */
	static List<Required> required(RequirementIndex index, TeamRow team) {
		Map<Integer, Required> byCapability = new LinkedHashMap<>();
		for (TeamRow.Position position : team.positions()) {
			int job = index.jobNumber(position.job());
			if (job < 0) {
				continue;
			}
			for (JobRequirement requirement : index.requirements(job)) {
				byCapability.merge(requirement.capability(),
						new Required(requirement, requirement.level(), requirement.essential(), position.count()),
						(a, b) -> new Required(higher(a, b), max(a.level(), b.level()), a.essential() || b.essential(),
								a.needed() + b.needed()));
			}
		}
		return List.copyOf(byCapability.values());
	}

	/** How many of the members meet and hold one requirement, and who meets it. */
	record Coverage(Required required, int meeting, int holding, List<PersonRow> meetingPeople) {
	}

	static List<Coverage> coverage(RequirementIndex index, List<Required> required, List<Member> members) {
		List<Coverage> rows = new ArrayList<>();
		for (Required r : required) {
			JobRequirement asked = withLevel(r);
			int holding = 0;
			List<PersonRow> meeting = new ArrayList<>();
			for (Member member : members) {
				Holdings.Match match = member.holdings().match(asked);
				if (match.holding() != null) {
					holding++;
				}
				if (match.status() == RequirementStatus.MET) {
					meeting.add(member.person());
				}
			}
			rows.add(new Coverage(r, meeting.size(), holding, List.copyOf(meeting)));
		}
		rows.sort(Comparator.comparing((Coverage c) -> !c.required().essential())
			.thenComparingInt(Coverage::holding)
			.thenComparing(c -> index.capability(c.required().requirement().capability()).name()));
		return rows;
	}

	/** The one member who holds a required capability, when exactly one does. */
	record SinglePoint(Capability capability, PersonRow person, @Nullable Double level) {
	}

	static List<SinglePoint> singlePoints(RequirementIndex index, List<Required> required, List<Member> members) {
		List<SinglePoint> points = new ArrayList<>();
		for (Required r : required) {
			Member only = null;
			Holding holding = null;
			int holders = 0;
			for (Member member : members) {
				Holdings.Match match = member.holdings().match(withLevel(r));
				if (match.holding() != null) {
					holders++;
					only = member;
					holding = match.holding();
				}
			}
			if (holders == 1 && only != null && holding != null) {
				points.add(new SinglePoint(index.capability(r.requirement().capability()), only.person(),
						holding.level()));
			}
		}
		points.sort(Comparator.comparing((SinglePoint p) -> p.capability().name()));
		return points;
	}

	/** A member with their holdings ready for matching. */
	record Member(PersonRow person, Map<Integer, Holding> held, Holdings holdings) {

		static Member of(RequirementIndex index, PersonRow person, List<HoldingRow> rows) {
			Map<Integer, Holding> held = TeamAnalysis.held(index, rows);
			return new Member(person, held, new Holdings(index, held));
		}

	}

	private static JobRequirement withLevel(Required r) {
		JobRequirement q = r.requirement();
		return new JobRequirement(q.capability(), q.concept(), q.priority(), r.level(), q.importance(), q.weight(),
				q.inheritedFrom());
	}

	private static JobRequirement higher(Required a, Required b) {
		return a.essential() || !b.essential() ? a.requirement() : b.requirement();
	}

	private static @Nullable Double max(@Nullable Double a, @Nullable Double b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : Math.max(a, b);
	}

}
