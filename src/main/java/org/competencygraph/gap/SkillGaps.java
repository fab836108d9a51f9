package org.competencygraph.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.analysis.Format;
import org.competencygraph.analysis.Holdings;
import org.competencygraph.analysis.Readiness;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.RequirementStatus;
import org.competencygraph.analysis.Scoring;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/** Computes skill gaps on one snapshot of the requirement index. */
public final class SkillGaps {

	private static final Comparator<SkillGap.GapRequirement> ORDER = Comparator
		.comparing((SkillGap.GapRequirement r) -> r.priority() != Priority.ESSENTIAL)
		.thenComparing(SkillGap.GapRequirement::weightedGap, Comparator.reverseOrder())
		.thenComparing(r -> r.capability().name())
		.thenComparing(r -> r.capability().id());

	private SkillGaps() {
	}

	/** The gap from a job (its requirements as holdings) to the target. */
	static SkillGap fromJob(RequirementIndex index, int from, int to) {
		return compute(index, index.holdingsOf(from), from, 0, to);
	}

	/** The gap from a person's holdings to the target. */
	public static SkillGap fromProfile(RequirementIndex index, Map<Integer, Holding> profile, int profileSize, int to) {
		return compute(index, profile, -1, profileSize, to);
	}

	private static SkillGap compute(RequirementIndex index, Map<Integer, Holding> held, int fromJob,
			int profileSize, int to) {
		Holdings holdings = new Holdings(index, held);
		Scoring scoring = index.scoring();
		List<SkillGap.GapRequirement> rows = new ArrayList<>();
		Set<Integer> usedConcepts = new HashSet<>();
		Readiness readiness = Readiness.of(index, to);
		int[] counts = new int[RequirementStatus.values().length];
		int essentialMissing = 0;
		for (JobRequirement requirement : index.requirements(to)) {
			Holdings.Match match = holdings.match(requirement);
			usedConcepts.add(requirement.concept());
			if (match.holding() != null) {
				usedConcepts.add(match.holding().concept());
			}
			RequirementStatus status = match.status();
			counts[status.ordinal()]++;
			if (status == RequirementStatus.MISSING && requirement.essential()) {
				essentialMissing++;
			}
			readiness.credit(requirement, match.credit());
			rows.add(row(index, scoring, requirement, match));
		}
		rows.sort(ORDER);
		List<SkillGap.ExtraCapability> extras = held.values()
			.stream()
			.filter(h -> !usedConcepts.contains(h.concept()))
			.sorted(Comparator.comparing((Holding h) -> !h.assured())
				.thenComparing(h -> h.level() == null ? -1 : h.level(), Comparator.reverseOrder())
				.thenComparing(h -> index.capability(h.capability()).name()))
			.map(h -> new SkillGap.ExtraCapability(index.capability(h.capability()), h.level(),
					fromJob < 0 ? null : h.assured() ? Priority.ESSENTIAL : Priority.DESIRABLE))
			.toList();
		return new SkillGap(fromJob < 0 ? null : index.job(fromJob), profileSize, index.job(to),
				Format.round(readiness.readiness()), nullableRound(readiness.desirableCoverage()),
				Format.round(readiness.fit()), essentialMissing,
				new SkillGap.Counts(rows.size(), counts[RequirementStatus.MET.ordinal()],
						counts[RequirementStatus.PARTLY_MET.ordinal()], counts[RequirementStatus.BELOW_LEVEL.ordinal()],
						counts[RequirementStatus.MISSING.ordinal()]),
				List.copyOf(rows), extras, readiness.explain() + "; " + essentialMissing + " essential missing");
	}

	private static SkillGap.GapRequirement row(RequirementIndex index, Scoring scoring, JobRequirement requirement,
			Holdings.Match match) {
		Capability capability = index.capability(requirement.capability());
		Holding holding = match.holding();
		Double required = requirement.level();
		Double current = holding == null ? null : holding.level();
		Double deficit = null;
		if (required != null) {
			if (holding == null) {
				deficit = required;
			}
			else {
				deficit = current == null ? 0.0 : Math.max(0, required - current);
			}
		}
		double gap = 1 - match.credit();
		double importance = scoring.effectiveImportance(requirement.priority(), requirement.importance());
		return new SkillGap.GapRequirement(capability, match.status(), requirement.priority(), required, current,
				deficit, importance, requirement.importance() != null, Format.round(requirement.weight()),
				Format.round(match.credit()), Format.round(gap), Format.round(requirement.weight() * gap),
				holding == null ? null : index.capability(holding.capability()), match.kind(),
				requirement.inheritedFrom(), explain(index, scoring, requirement, match));
	}

	private static String explain(RequirementIndex index, Scoring scoring, JobRequirement requirement,
			Holdings.Match match) {
		String priority = requirement.essential() ? "essential" : "desirable";
		String weight = " Weight " + Format.number(requirement.weight()) + " (" + priority
				+ (requirement.importance() == null ? ", no stated importance" : ", importance "
						+ Format.number(requirement.importance())) + ").";
		Holding holding = match.holding();
		if (holding == null) {
			if (match.heldOnlyAsDesirable() != null) {
				return "The source job asks for " + name(index, match.heldOnlyAsDesirable().capability())
						+ " only as desirable, so its holders are not assured to have it; this requirement is "
						+ "essential. Credit 0." + weight;
			}
			return "Not held." + levelText(requirement.level()) + " Credit 0." + weight;
		}
		String how = switch (java.util.Objects.requireNonNull(match.kind())) {
			case EXACT -> "Held";
			case SAME_AS -> "Held as " + name(index, holding.capability()) + " (SAME_AS "
					+ name(index, requirement.capability()) + ")";
			case NARROWER -> "Held only through the narrower " + name(index, holding.capability()) + " (BROADER "
					+ name(index, requirement.capability()) + "): match credit "
					+ Format.number(scoring.narrowerCredit());
			case CLOSE_MATCH -> closeMatch(index, holding, requirement);
		};
		String level;
		if (requirement.level() == null) {
			level = holding.level() == null ? "; no level required" : " at level " + Format.number(holding.level())
					+ "; no level required";
		}
		else if (holding.level() == null) {
			level = " at an unstated level; level " + Format.number(requirement.level())
					+ " required, taken as met";
		}
		else {
			level = " at level " + Format.number(holding.level()) + "; level " + Format.number(requirement.level())
					+ " required, level share " + Format.number(match.levelShare());
		}
		return how + level + ". Credit " + Format.number(match.credit()) + "." + weight;
	}

	/** "Held only as the close match 'X' (CLOSE_MATCH 'Y', score 0.8): match credit 0.5 x 0.8 = 0.4". */
	private static String closeMatch(RequirementIndex index, Holding holding, JobRequirement requirement) {
		double credit = index.closeMatches(holding.concept()).creditOf(requirement.concept());
		double factor = index.weights().closeMatch().factor();
		return "Held only as the close match " + name(index, holding.capability()) + " (CLOSE_MATCH "
				+ name(index, requirement.capability()) + (factor > 0 ? ", link score " + Format.number(credit / factor)
						+ "): match credit " + Format.number(factor) + " x " + Format.number(credit / factor) + " = "
						: "): match credit ")
				+ Format.number(credit);
	}

	private static @Nullable Double nullableRound(@Nullable Double value) {
		return value == null ? null : Format.round(value);
	}

	private static String levelText(@Nullable Double level) {
		return level == null ? "" : " Level " + Format.number(level) + " required.";
	}

	private static String name(RequirementIndex index, int capability) {
		return "'" + index.capability(capability).name() + "'";
	}

}
