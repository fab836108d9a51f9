package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.competencygraph.semantic.TextEmbedder;
import org.jspecify.annotations.Nullable;

/**
 * Ranks, for each job, the occupations of another framework that are the same work. Three parts, each 0-1, blended
 * by the weights of frameworks/linking.yaml ({@code crosswalk}):
 * <ul>
 * <li><b>title</b>: the cosine of the titles' sentence vectors; a title or alias the two share (after
 * normalising) counts as {@code sharedTitle};</li>
 * <li><b>duties</b>: the cosine of what the jobs do (summary and duties or tasks, one vector each);</li>
 * <li><b>capabilities</b>: the cosine of the requirement profiles (the weighted mean of the required capabilities'
 * name vectors), averaged with the share of the job's requirements linked (SAME_AS or CLOSE_MATCH) to the
 * occupation's, where the job has such links into that framework;</li>
 * <li><b>domain</b>: the cosine of what the work is about (the requirements weighted by how specific they are over all
 * occupations, so a manager of servers and a manager of warehouses differ in it where their duties read alike).</li>
 * </ul>
 * A part the job being placed lacks (no duties, no requirements) is left out and the others' weights scaled up; a
 * part the occupation lacks and the job has scores 0, so an occupation described by its title alone (O*NET's
 * residual "All Other" occupations, without tasks or ratings) does not outrank described ones on its title. Every pair is
 * scored on the vector parts; the best {@code shortlist} are then scored on the links as well, and ranked.
 */
final class OccupationCrosswalk {

	private final LinkingRules.CrosswalkRules rules;

	private final Map<String, Map<String, Double>> links;

	/**
	 * @param links per capability id, the capabilities linked to it (either direction) with the link's score
	 */
	OccupationCrosswalk(LinkingRules.CrosswalkRules rules, Map<String, Map<String, Double>> links) {
		this.rules = rules;
		this.links = links;
	}

	/**
	 * A job as the crosswalk sees it.
	 *
	 * @param labels its title and aliases, normalised
	 * @param titleVector its title's vector
	 * @param duties what it does, as one vector; null when it has neither summary nor duties
	 * @param requirements its requirements' weighted mean name vector; null when it has none
	 * @param weights its requirements, capability id to weight
	 * @param domain what the work is about: its requirements' mean name vector, each weighted by how specific it is
	 * over all occupations (LinkingGraph#profiles); null when none is
	 * @param domainTerms the names of its heaviest requirements in the domain vector, for the evidence
	 */
	record Profile(String id, String framework, String title, Set<String> labels, float[] titleVector,
			float @Nullable [] duties, float @Nullable [] requirements, Map<String, Double> weights,
			float @Nullable [] domain, List<String> domainTerms) {
	}

	/** One occupation ranked for a job. */
	record Match(String jobId, String occupationId, String framework, int rank, double score, double titleScore,
			@Nullable Double dutyScore, @Nullable Double capabilityScore, @Nullable Double bridgeScore, String method,
			List<String> evidence) {
	}

	/** The bridge part of a job and an occupation (CrosswalkBridge): its score and the way, in words. */
	record Bridge(double score, String via) {
	}

	/** The best {@code count} occupations among {@code occupations} (one framework) for each job. */
	List<Match> rank(List<Profile> jobs, List<Profile> occupations, int count, DutyEvidence duties) {
		return rank(jobs, occupations, count, duties, Map.of());
	}

	/**
	 * The best {@code count} occupations among {@code occupations} (one framework) for each job, with the bridge
	 * part for the jobs {@code bridges} has (an occupation it does not reach scores 0 there); an occupation a bridge
	 * reaches is ranked even when the direct parts would not have shortlisted it.
	 */
	List<Match> rank(List<Profile> jobs, List<Profile> occupations, int count, DutyEvidence duties,
			Map<String, Map<String, Bridge>> bridges) {
		Map<String, List<Profile>> byLabel = new HashMap<>();
		occupations.forEach(o -> o.labels().forEach(l -> byLabel.computeIfAbsent(l, k -> new ArrayList<>()).add(o)));
		List<Match> matches = new ArrayList<>();
		Map<String, Profile> byId = new HashMap<>();
		occupations.forEach(o -> byId.put(o.id(), o));
		for (Profile job : jobs) {
			Map<String, Bridge> bridge = bridges.get(job.id());
			List<Scored> shortlist = new ArrayList<>(shortlist(job, occupations, byLabel));
			if (bridge != null) {
				Set<String> listed = new HashSet<>();
				shortlist.forEach(s -> listed.add(s.occupation.id()));
				bridge.keySet().stream().filter(id -> !listed.contains(id) && byId.containsKey(id)).sorted()
					.forEach(id -> shortlist.add(scored(job, byId.get(id), sharedTitle(job, byId.get(id)))));
			}
			List<Scored> ranked = new ArrayList<>(shortlist.size());
			for (Scored scored : shortlist) {
				ranked.add(scored.withLinks(RequirementOverlap.of(this.links, job, scored.occupation),
						bridge == null ? null : bridge.getOrDefault(scored.occupation.id(), new Bridge(0, ""))));
			}
			ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.occupation.id()));
			for (int i = 0; i < Math.min(count, ranked.size()); i++) {
				matches.add(ranked.get(i).match(job, i + 1, duties));
			}
		}
		return matches;
	}

	private List<Scored> shortlist(Profile job, List<Profile> occupations, Map<String, List<Profile>> byLabel) {
		Map<String, String> sharedTitles = new HashMap<>();
		for (String label : job.labels()) {
			for (Profile o : byLabel.getOrDefault(label, List.of())) {
				sharedTitles.putIfAbsent(o.id(), label);
			}
		}
		int size = this.rules.shortlist();
		List<Scored> best = new ArrayList<>(size + 1);
		double floor = -1;
		for (Profile occupation : occupations) {
			if (occupation.id().equals(job.id())) {
				continue;
			}
			Scored scored = scored(job, occupation, sharedTitles.get(occupation.id()));
			double score = scored.score();
			if (best.size() < size || score > floor) {
				best.add(scored);
				if (best.size() > size) {
					best.sort(Comparator.comparingDouble(Scored::score).reversed());
					best.removeLast();
					floor = best.getLast().score();
				}
			}
		}
		return best;
	}

	/** The direct parts of a job and an occupation. */
	private Scored scored(Profile job, Profile occupation, @Nullable String sharedTitle) {
		return new Scored(occupation, title(job, occupation, sharedTitle), sharedTitle,
				job.duties() == null ? null
						: occupation.duties() == null ? 0.0 : TextEmbedder.cosine(job.duties(), occupation.duties()),
				job.requirements() == null ? null
						: occupation.requirements() == null ? 0.0
								: Math.max(0, TextEmbedder.cosine(job.requirements(), occupation.requirements())),
				domain(job, occupation), null, null);
	}

	/**
	 * The cosine of the domain vectors; left out (null) when the part is off or the job has none, 0 when only the
	 * occupation has none.
	 */
	private @Nullable Double domain(Profile job, Profile occupation) {
		if (this.rules.domain().weight() <= 0 || job.domain() == null
				|| this.rules.domain().ownJobsOnly() && !job.framework().equals("none")
				|| !this.rules.domain().into().contains(occupation.framework())) {
			return null;
		}
		return occupation.domain() == null ? 0.0
				: Math.max(0, TextEmbedder.cosine(job.domain(), occupation.domain()));
	}

	private static @Nullable String sharedTitle(Profile job, Profile occupation) {
		return job.labels().stream().filter(occupation.labels()::contains).findFirst().orElse(null);
	}

	private double title(Profile job, Profile occupation, @Nullable String sharedTitle) {
		double cosine = Math.max(0, TextEmbedder.cosine(job.titleVector(), occupation.titleVector()));
		return sharedTitle == null ? cosine : Math.max(cosine, this.rules.sharedTitle());
	}

	/** Finds the duty of an occupation closest to what a job does, for the evidence. */
	interface DutyEvidence {

		/** The occupation's duty closest to {@code vector}, with its cosine; null when it has none. */
		@Nullable String closest(String occupationId, float[] vector);

	}

	private final class Scored {

		final Profile occupation;

		final double title;

		final @Nullable String sharedTitle;

		final @Nullable Double duties;

		final @Nullable Double profile;

		final @Nullable Double domain;

		final @Nullable RequirementOverlap overlap;

		final @Nullable Bridge bridge;

		Scored(Profile occupation, double title, @Nullable String sharedTitle, @Nullable Double duties,
				@Nullable Double profile, @Nullable Double domain, @Nullable RequirementOverlap overlap, @Nullable Bridge bridge) {
			this.occupation = occupation;
			this.title = title;
			this.sharedTitle = sharedTitle;
			this.duties = duties;
			this.profile = profile;
			this.domain = domain;
			this.overlap = overlap;
			this.bridge = bridge;
		}

		Scored withLinks(@Nullable RequirementOverlap overlap, @Nullable Bridge bridge) {
			return new Scored(this.occupation, this.title, this.sharedTitle, this.duties, this.profile, this.domain,
					overlap, bridge);
		}

		@Nullable Double capabilities() {
			if (this.profile == null) {
				return this.overlap == null ? null : this.overlap.share();
			}
			return this.overlap == null ? this.profile : (this.profile + this.overlap.share()) / 2;
		}

		double score() {
			LinkingRules.CrosswalkRules r = OccupationCrosswalk.this.rules;
			double weight = r.title();
			double sum = r.title() * this.title;
			if (this.duties != null) {
				weight += r.duties();
				sum += r.duties() * this.duties;
			}
			Double capabilities = capabilities();
			if (capabilities != null) {
				weight += r.capabilities();
				sum += r.capabilities() * capabilities;
			}
			if (this.domain != null) {
				weight += r.domain().weight();
				sum += r.domain().weight() * this.domain;
			}
			if (this.bridge != null) {
				weight += r.bridge().weight();
				sum += r.bridge().weight() * this.bridge.score();
			}
			return sum / weight;
		}

		Match match(Profile job, int rank, DutyEvidence duties) {
			List<String> evidence = new ArrayList<>();
			List<String> parts = new ArrayList<>(List.of("title"));
			evidence.add(this.sharedTitle != null ? "shared title '" + this.sharedTitle + "'"
					: String.format(Locale.ROOT, "titles alike: '%s' ~ '%s' (%.2f)", job.title(),
							this.occupation.title(), this.title));
			if (this.duties != null) {
				parts.add("duties");
				String closest = job.duties() == null ? null : duties.closest(this.occupation.id(), job.duties());
				evidence.add(String.format(Locale.ROOT, "duties alike (%.2f)", this.duties)
						+ (closest == null ? "" : "; closest: " + closest));
			}
			Double capabilities = capabilities();
			if (capabilities != null) {
				parts.add("capabilities");
				String text = String.format(Locale.ROOT, "requirements alike (%.2f)", capabilities);
				if (this.overlap != null && !this.overlap.pairs().isEmpty()) {
					text += "; linked: " + String.join(", ", this.overlap.pairs().stream().limit(5).toList());
				}
				evidence.add(text);
			}
			if (this.domain != null) {
				parts.add("domain");
				evidence.add(String.format(Locale.ROOT, "domain (%.2f): %s ~ %s", this.domain,
						String.join(", ", job.domainTerms()), this.occupation.domainTerms().isEmpty() ? "nothing specific"
								: String.join(", ", this.occupation.domainTerms())));
			}
			if (this.bridge != null) {
				parts.add("bridge");
				evidence.add(this.bridge.via().isEmpty()
						? "not among the closest of the job's closest occupations in the other frameworks"
						: String.format(Locale.ROOT, "bridge (%.2f) %s", this.bridge.score(), this.bridge.via()));
			}
			return new Match(job.id(), this.occupation.id(), this.occupation.framework(), rank, round(score()),
					round(this.title), this.duties == null ? null : round(this.duties),
					capabilities == null ? null : round(capabilities),
					this.bridge == null ? null : round(this.bridge.score()), String.join("+", parts), evidence);
		}

	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
