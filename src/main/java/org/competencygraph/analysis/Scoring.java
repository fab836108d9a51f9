package org.competencygraph.analysis;

import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The scoring rules every analysis shares (docs/analysis.md gives them as formulas).
 * <ul>
 * <li>weight of a requirement = priority weight x importance, where the priority weight is the scale's default
 * importance of the priority (essential 1.0, desirable 0.5) and a requirement without a stated importance counts
 * 1.0, so an unstated importance gives exactly the default importance of its priority;</li>
 * <li>level factor = 0.5 + level / 7 (0.5 at level 0, 1.5 at level 7), 1.0 when the requirement states no level;
 * a job's vector value for a capability is weight x level factor;</li>
 * <li>level share of a holding = min(1, held / required), 1 when either level is unknown or nothing is required;</li>
 * <li>credit = match credit (1 for the capability itself or one SAME_AS it, {@code narrowerCredit} for a narrower
 * capability, the link's credit for a CLOSE_MATCH one, 0 for none) x level share; gap = 1 - credit.</li>
 * </ul>
 *
 * @param essentialWeight weight of an essential requirement without stated importance
 * @param desirableWeight weight of a desirable requirement without stated importance
 * @param narrowerCredit credit for meeting a requirement through a narrower capability (BROADER), 0-1
 */
public record Scoring(double essentialWeight, double desirableWeight, double narrowerCredit) {

	public static Scoring of(ProficiencyScale scale, double narrowerCredit) {
		return new Scoring(scale.defaultImportance("essential"), scale.defaultImportance("desirable"),
				narrowerCredit);
	}

	public double priorityWeight(Priority priority) {
		return priority == Priority.ESSENTIAL ? this.essentialWeight : this.desirableWeight;
	}

	/** The importance used when a requirement states none: the default of its priority. */
	public double effectiveImportance(Priority priority, @Nullable Double importance) {
		return importance != null ? importance : priorityWeight(priority);
	}

	public double weight(Priority priority, @Nullable Double importance) {
		return priorityWeight(priority) * (importance == null ? 1.0 : importance);
	}

	public static double levelFactor(@Nullable Double level) {
		return level == null ? 1.0 : 0.5 + level / ProficiencyScale.MAX_LEVEL;
	}

	public double vectorValue(Priority priority, @Nullable Double importance, @Nullable Double level) {
		return weight(priority, importance) * levelFactor(level);
	}

	public static double levelShare(@Nullable Double held, @Nullable Double required) {
		if (required == null || required <= 0 || held == null) {
			return 1.0;
		}
		return Math.min(1.0, held / required);
	}

	/** Credit for a requirement met through {@code match} by a holding at {@code held}. */
	public double credit(MatchKind match, @Nullable Double held, @Nullable Double required) {
		return matchCredit(match) * levelShare(held, required);
	}

	/** The credit of a kind of match; a CLOSE_MATCH's depends on its link ({@link CloseMatches#creditOf}). */
	public double matchCredit(MatchKind match) {
		return switch (match) {
			case EXACT, SAME_AS -> 1.0;
			case NARROWER -> this.narrowerCredit;
			case CLOSE_MATCH -> throw new IllegalArgumentException("the credit of a CLOSE_MATCH is its link's");
		};
	}

}
