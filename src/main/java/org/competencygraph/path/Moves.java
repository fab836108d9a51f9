package org.competencygraph.path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.competencygraph.analysis.Format;
import org.competencygraph.analysis.Holdings;
import org.competencygraph.analysis.Readiness;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.RequirementStatus;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Requirement.Priority;
import org.competencygraph.path.CareerGraph.Ladder;
import org.competencygraph.path.CareerGraph.Level;
import org.competencygraph.path.Move.LadderLink;
import org.competencygraph.path.Move.ToLearn;
import org.competencygraph.path.Move.TransitionClass;
import org.jspecify.annotations.Nullable;

/**
 * Describes moves on one career graph: the gap (skillGap's credits and readiness), the learning effort, the class
 * and whether the move is viable.
 */
final class Moves {

	private static final Comparator<ToLearn> ORDER = Comparator
		.comparing((ToLearn t) -> t.priority() != Priority.ESSENTIAL)
		.thenComparing(ToLearn::effort, Comparator.reverseOrder())
		.thenComparing(t -> t.capability().name());

	private final CareerGraph graph;

	private final RequirementIndex index;

	private final PathSettings settings;

	Moves(CareerGraph graph, PathSettings settings) {
		this.graph = graph;
		this.index = graph.index();
		this.settings = settings;
	}

	/** Readiness and effort of a source for a job, computed as skillGap computes its credits. */
	record Gap(double readiness, double effort) {
	}

	Gap gap(Holdings holdings, int job) {
		Readiness readiness = Readiness.of(this.index, job);
		double effort = 0;
		for (JobRequirement requirement : this.index.requirements(job)) {
			double credit = holdings.match(requirement).credit();
			readiness.credit(requirement, credit);
			effort += effort(requirement, credit);
		}
		return new Gap(readiness.readiness(), effort);
	}

	/** weight x (1 - credit) x level steps, desirable requirements times desirableFactor. */
	double effort(JobRequirement requirement, double credit) {
		PathSettings.Effort model = this.settings.effort();
		double steps = requirement.level() != null ? requirement.level() : model.defaultLevelSteps();
		double factor = requirement.essential() ? 1 : model.desirableFactor();
		return factor * requirement.weight() * Math.max(0, 1 - credit) * steps;
	}

	/** Whether a move between two jobs of this similarity is viable: similar enough, at most maxLevelUp up. */
	boolean viable(int from, int to, double similarity) {
		Integer change = this.graph.levelChange(from, to);
		return similarity >= this.graph.threshold().value()
				&& (change == null || change <= this.settings.viable().maxLevelUp());
	}

	/** The move described in full. */
	Move describe(Source source, int job, @Nullable Double similarity) {
		Holdings holdings = source.holdings();
		Readiness readiness = Readiness.of(this.index, job);
		double effort = 0;
		int essentialMissing = 0;
		int essentialBelow = 0;
		List<ToLearn> toLearn = new ArrayList<>();
		for (JobRequirement requirement : this.index.requirements(job)) {
			Holdings.Match match = holdings.match(requirement);
			readiness.credit(requirement, match.credit());
			double rowEffort = effort(requirement, match.credit());
			effort += rowEffort;
			RequirementStatus status = match.status();
			if (requirement.essential() && status == RequirementStatus.MISSING) {
				essentialMissing++;
			}
			else if (requirement.essential() && match.credit() < 1) {
				essentialBelow++;
			}
			if (match.credit() < 1) {
				toLearn.add(new ToLearn(this.index.capability(requirement.capability()), requirement.priority(), status,
						requirement.level(), match.holding() == null ? null : match.holding().level(),
						Format.round(match.credit()), Format.round(rowEffort)));
			}
		}
		toLearn.sort(ORDER);
		Integer change = source.isJob() ? this.graph.levelChange(source.job(), job) : null;
		Level from = source.isJob() ? this.graph.level(source.job()) : null;
		Level to = this.graph.level(job);
		TransitionClass transitionClass = change == null ? TransitionClass.UNKNOWN
				: change > 0 ? TransitionClass.ADVANCEMENT : change < 0 ? TransitionClass.STEP_DOWN
						: TransitionClass.LATERAL;
		Boolean familyChange = null;
		if (source.isJob() && this.graph.group(source.job()) != null && this.graph.group(job) != null) {
			familyChange = !Objects.equals(this.graph.group(source.job()), this.graph.group(job));
		}
		Ladder ladder = source.isJob() ? this.graph.ladder(source.job(), job) : null;
		double ready = readiness.readiness();
		boolean viable = ladder != null || (source.isJob() ? similarity != null && viable(source.job(), job, similarity)
				: ready >= this.settings.viable().profileReadiness());
		double hours = effort * this.settings.effort().hoursPerLevelStep();
		return new Move(this.index.job(job), similarity == null ? null : Format.round(similarity), Format.round(ready),
				viable, transitionClass, from == null || change == null ? null : from.value(),
				to == null ? null : to.value(), to == null ? null : to.scale(), change, familyChange, ladderLink(ladder),
				Format.round(effort), Math.round(hours * 10) / 10.0, essentialMissing, essentialBelow,
				List.copyOf(toLearn.subList(0, Math.min(toLearn.size(), this.settings.learnRows()))), toLearn.size(),
				explain(source, similarity, ready, viable, ladder, change, to, effort, hours));
	}

	private @Nullable LadderLink ladderLink(@Nullable Ladder ladder) {
		if (ladder == null) {
			return null;
		}
		List<Capability> required = ladder.requiredCapabilities()
			.stream()
			.map(this.index::capabilityNumber)
			.filter(c -> c >= 0)
			.map(this.index::capability)
			.toList();
		return new LadderLink(ladder.track(), ladder.conditions(), required);
	}

	private String explain(Source source, @Nullable Double similarity, double readiness, boolean viable,
			@Nullable Ladder ladder, @Nullable Integer change, @Nullable Level to, double effort, double hours) {
		StringBuilder text = new StringBuilder();
		double threshold = this.graph.threshold().value();
		if (ladder != null) {
			text.append("Ladder link (PROGRESSES_TO)")
				.append(ladder.track() == null ? "" : ", " + ladder.track() + " track")
				.append(": a transition whatever its similarity. ");
		}
		if (source.isJob() && similarity != null) {
			text.append("Similarity (BLENDED) ").append(Format.number(similarity))
				.append(similarity >= threshold ? " >= " : " < ")
				.append("the viability threshold ").append(Format.number(threshold)).append(". ");
		}
		else if (!source.isJob()) {
			text.append("Readiness ").append(Format.number(readiness))
				.append(readiness >= this.settings.viable().profileReadiness() ? " >= " : " < ")
				.append("the profile threshold ").append(Format.number(this.settings.viable().profileReadiness()))
				.append(" (a person has no title or duties to compare). ");
		}
		if (change == null) {
			text.append(source.isJob() ? "Level: the two jobs have no level on a shared scale. "
					: "Level: a person has no level to compare. ");
		}
		else {
			text.append(to == null ? "" : to.scale().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
					+ to.scale().substring(1)).append(change > 0 ? " +" : " ").append(change)
				.append(change > this.settings.viable().maxLevelUp()
						? " (more than " + this.settings.viable().maxLevelUp() + " up: not viable unless on a ladder)"
						: "")
				.append(". ");
		}
		text.append(viable ? "Viable. " : "Not viable. ");
		text.append("Readiness ").append(Format.number(readiness)).append("; effort ").append(Format.number(effort))
			.append(" weighted level steps (about ").append(Math.round(hours)).append(" h).");
		return text.toString();
	}

}
