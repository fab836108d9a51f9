package org.competencygraph.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.jspecify.annotations.Nullable;

/**
 * What a person or a job holds, by concept, and how each requirement of another job is met by it. A requirement
 * is met directly by a holding of its concept (the capability itself or one SAME_AS it) or partly by a holding of
 * a narrower concept or of a CLOSE_MATCH concept; the match with the higher credit wins, the direct one on a tie,
 * then the narrower one. An essential requirement needs an assured holding: a job's desirable requirement does not
 * meet another job's essential one.
 */
public final class Holdings {

	private final RequirementIndex index;

	private final Map<Integer, Holding> byConcept;

	private final Map<Integer, List<Holding>> byBroaderConcept = new HashMap<>();

	/** Per concept, the holdings CLOSE_MATCH it. */
	private final Map<Integer, List<Holding>> byCloseConcept = new HashMap<>();

	public Holdings(RequirementIndex index, Map<Integer, Holding> byConcept) {
		this.index = index;
		this.byConcept = Map.copyOf(byConcept);
		if (index.scoring().narrowerCredit() > 0) {
			for (Holding holding : byConcept.values()) {
				for (int broader : index.broaderConcepts(holding.concept())) {
					this.byBroaderConcept.computeIfAbsent(broader, c -> new ArrayList<>()).add(holding);
				}
			}
		}
		for (Holding holding : byConcept.values()) {
			for (int close : index.closeMatches(holding.concept()).concepts()) {
				this.byCloseConcept.computeIfAbsent(close, c -> new ArrayList<>()).add(holding);
			}
		}
	}

	public Collection<Holding> all() {
		return this.byConcept.values();
	}

	public @Nullable Holding of(int concept) {
		return this.byConcept.get(concept);
	}

	/**
	 * How a requirement is met.
	 *
	 * @param holding what meets it, null when nothing does
	 * @param kind how, null when nothing meets it
	 * @param credit 0-1 (see {@link Scoring})
	 * @param levelShare min(1, held level / required level), 1 when either is unknown
	 * @param heldOnlyAsDesirable a holding that would meet the requirement but is only a desirable requirement of
	 * the source job, while the requirement is essential
	 */
	public record Match(@Nullable Holding holding, @Nullable MatchKind kind, double credit, double levelShare,
			@Nullable Holding heldOnlyAsDesirable) {

		public RequirementStatus status() {
			if (this.kind == null) {
				return RequirementStatus.MISSING;
			}
			if (this.kind == MatchKind.NARROWER || this.kind == MatchKind.CLOSE_MATCH) {
				return RequirementStatus.PARTLY_MET;
			}
			return this.levelShare < 1 ? RequirementStatus.BELOW_LEVEL : RequirementStatus.MET;
		}

	}

	public Match match(JobRequirement requirement) {
		Scoring scoring = this.index.scoring();
		Match best = new Match(null, null, 0, 0, null);
		Holding weak = null;
		Holding direct = this.byConcept.get(requirement.concept());
		if (direct != null) {
			if (requirement.essential() && !direct.assured()) {
				weak = direct;
			}
			else {
				MatchKind kind = direct.capability() == requirement.capability() ? MatchKind.EXACT : MatchKind.SAME_AS;
				best = new Match(direct, kind, scoring.credit(kind, direct.level(), requirement.level()),
						Scoring.levelShare(direct.level(), requirement.level()), null);
			}
		}
		for (Holding narrower : this.byBroaderConcept.getOrDefault(requirement.concept(), List.of())) {
			if (requirement.essential() && !narrower.assured()) {
				continue;
			}
			double credit = scoring.credit(MatchKind.NARROWER, narrower.level(), requirement.level());
			if (credit > best.credit()) {
				best = new Match(narrower, MatchKind.NARROWER, credit,
						Scoring.levelShare(narrower.level(), requirement.level()), null);
			}
		}
		for (Holding close : this.byCloseConcept.getOrDefault(requirement.concept(), List.of())) {
			if (requirement.essential() && !close.assured()) {
				continue;
			}
			double levelShare = Scoring.levelShare(close.level(), requirement.level());
			double credit = this.index.closeMatches(close.concept()).creditOf(requirement.concept()) * levelShare;
			if (credit > best.credit()) {
				best = new Match(close, MatchKind.CLOSE_MATCH, credit, levelShare, null);
			}
		}
		return best.kind() == null && weak != null ? new Match(null, null, 0, 0, weak) : best;
	}

}
