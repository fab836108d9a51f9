package org.competencygraph.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/**
 * Collects capabilities, jobs, requirements, text embeddings and links as read from the graph, then builds a
 * {@link RequirementIndex}; requirements and links that name an id the builder does not hold are left out. The
 * loader and the tests make an index through it, and an update starts from the previous index's rows.
 */
public final class RequirementIndexBuilder {

	/**
	 * A capability as read from the graph.
	 *
	 * @param framework the framework it belongs to (e.g. esco, onet), or "" for the project's own capabilities
	 * @param domain its source domain for BLENDED (see {@link SimilarityWeights#domainOf})
	 */
	record CapabilityRow(Capability capability, String framework, String domain) {
	}

	/** A requirement as read from the graph, by capability id. */
	record RequirementRow(String capabilityId, Priority priority, @Nullable Double level, @Nullable Double importance,
			@Nullable String inheritedFrom) {
	}

	/**
	 * A job with its requirements, the embeddings of its title and duties (null when not embedded yet), the ids
	 * of its closest occupations in the other frameworks (CLOSEST_OCCUPATION, the first few per framework), the
	 * detailed work activities of its duties (O*NET's DWAs, {@code (:Duty)-[:INVOLVES]->(:WorkActivity)}) and its
	 * interest ratings (O*NET's six RIASEC types; null without).
	 */
	record JobRow(Job job, List<RequirementRow> requirements, float @Nullable [] title, float @Nullable [] duties,
			List<String> closest, List<Activity> activities, double @Nullable [] interests) {

		JobRow(Job job) {
			this(job, List.of(), null, null, List.of(), List.of(), null);
		}

		JobRow with(List<RequirementRow> requirements) {
			return new JobRow(this.job, requirements, this.title, this.duties, this.closest, this.activities,
					this.interests);
		}

	}

	/** A detailed work activity (O*NET DWA) by id, with its title for explanations. */
	record Activity(String id, String title) {
	}

	/** A SAME_AS, CLOSE_MATCH or BROADER link; confidence (score) 1 for links that state none. */
	record Link(String from, String to, double confidence) {
	}

	final Scoring scoring;

	final SimilarityWeights weights;

	final Map<String, CapabilityRow> capabilities;

	final Map<String, JobRow> jobs;

	final List<Link> sameAs;

	final List<Link> closeMatches;

	final List<Link> broader;

	private final Instant started = Instant.now();

	RequirementIndexBuilder(Scoring scoring, SimilarityWeights weights) {
		this(scoring, weights, new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
	}

	private RequirementIndexBuilder(Scoring scoring, SimilarityWeights weights,
			Map<String, CapabilityRow> capabilities, Map<String, JobRow> jobs, List<Link> sameAs,
			List<Link> closeMatches, List<Link> broader) {
		this.scoring = scoring;
		this.weights = weights;
		this.capabilities = capabilities;
		this.jobs = jobs;
		this.sameAs = sameAs;
		this.closeMatches = closeMatches;
		this.broader = broader;
	}

	RequirementIndexBuilder copy() {
		return new RequirementIndexBuilder(this.scoring, this.weights, new LinkedHashMap<>(this.capabilities),
				new LinkedHashMap<>(this.jobs), new ArrayList<>(this.sameAs), new ArrayList<>(this.closeMatches),
				new ArrayList<>(this.broader));
	}

	public RequirementIndexBuilder capability(Capability capability) {
		return capability(capability, "");
	}

	/** Adds a capability, or replaces the one with its id in place; its domain follows from its kind. */
	public RequirementIndexBuilder capability(Capability capability, @Nullable String framework) {
		String source = framework == null ? "" : framework;
		return capability(capability, source, SimilarityWeights.domainOf(source, capability.kind(), null, false));
	}

	/** Adds a capability with its source domain, or replaces the one with its id in place. */
	public RequirementIndexBuilder capability(Capability capability, @Nullable String framework, String domain) {
		this.capabilities.put(capability.id(),
				new CapabilityRow(capability, framework == null ? "" : framework, domain));
		return this;
	}

	/** Adds a job without requirements or embeddings, or replaces the one with its id (and drops those). */
	public RequirementIndexBuilder job(Job job) {
		this.jobs.put(job.id(), new JobRow(job));
		return this;
	}

	public RequirementIndexBuilder removeJob(String id) {
		this.jobs.remove(id);
		return this;
	}

	/**
	 * The embeddings of a job added before: of its title and of its duties, each null when not embedded. The duties'
	 * are left out for a job without a detailed profile: its summary is a catalogue note ("Named only in the
	 * job-family ladder", O*NET's "All computer occupations not listed separately"), not what the work is, and such
	 * notes read alike to the sentence model whatever the work (the crosswalk leaves them out likewise).
	 */
	public RequirementIndexBuilder embeddings(String jobId, float @Nullable [] title, float @Nullable [] duties) {
		JobRow job = this.jobs.get(jobId);
		if (job != null) {
			this.jobs.put(jobId, new JobRow(job.job(), job.requirements(), title,
					job.job().detailedProfile() ? duties : null, job.closest(),
					job.activities(), job.interests()));
		}
		return this;
	}

	/**
	 * The closest occupations of a job added before, by id: in each other framework the crosswalk's first
	 * (CLOSEST_OCCUPATION rank 1). Ids the index does not know when it is built are ignored.
	 */
	public RequirementIndexBuilder closestOccupations(String jobId, List<String> occupationIds) {
		JobRow job = this.jobs.get(jobId);
		if (job != null) {
			this.jobs.put(jobId, new JobRow(job.job(), job.requirements(), job.title(), job.duties(),
					List.copyOf(occupationIds), job.activities(), job.interests()));
		}
		return this;
	}

	/**
	 * The detailed work activities of a job added before, as pairs of id and title (a DWA listed twice counts
	 * once), and its interest ratings (null without).
	 */
	public RequirementIndexBuilder work(String jobId, List<String[]> activities, double @Nullable [] interests) {
		JobRow job = this.jobs.get(jobId);
		if (job != null) {
			this.jobs.put(jobId, new JobRow(job.job(), job.requirements(), job.title(), job.duties(), job.closest(),
					activities.stream().map(a -> new Activity(a[0], a[1])).distinct().toList(),
					interests == null ? null : interests.clone()));
		}
		return this;
	}

	/** A requirement of a job added before; a second one of the same job and capability is ignored. */
	public RequirementIndexBuilder requirement(String jobId, String capabilityId, Priority priority,
			@Nullable Double level, @Nullable Double importance, @Nullable String inheritedFrom) {
		JobRow job = this.jobs.get(jobId);
		if (job != null && job.requirements().stream().noneMatch(r -> r.capabilityId().equals(capabilityId))) {
			List<RequirementRow> requirements = new ArrayList<>(job.requirements());
			requirements.add(new RequirementRow(capabilityId, priority, level, importance, inheritedFrom));
			this.jobs.put(jobId, job.with(requirements));
		}
		return this;
	}

	/** All requirements of a job at once (faster than one by one for jobs with many). */
	RequirementIndexBuilder requirements(String jobId, List<RequirementRow> requirements) {
		JobRow job = this.jobs.get(jobId);
		if (job != null) {
			Map<String, RequirementRow> unique = new LinkedHashMap<>();
			requirements.forEach(r -> unique.putIfAbsent(r.capabilityId(), r));
			this.jobs.put(jobId, job.with(List.copyOf(unique.values())));
		}
		return this;
	}

	public RequirementIndexBuilder sameAs(String capabilityId, String otherId) {
		return sameAs(capabilityId, otherId, 1.0);
	}

	public RequirementIndexBuilder sameAs(String capabilityId, String otherId, double confidence) {
		if (!capabilityId.equals(otherId)) {
			this.sameAs.add(new Link(capabilityId, otherId, confidence));
		}
		return this;
	}

	/** A CLOSE_MATCH link (nearly the same concept), with its score 0-1; it counts in both directions. */
	public RequirementIndexBuilder closeMatch(String capabilityId, String otherId, double score) {
		if (!capabilityId.equals(otherId)) {
			this.closeMatches.add(new Link(capabilityId, otherId, score));
		}
		return this;
	}

	public RequirementIndexBuilder broader(String narrowerId, String broaderId) {
		if (!narrowerId.equals(broaderId)) {
			this.broader.add(new Link(narrowerId, broaderId, 1.0));
		}
		return this;
	}

	/** Id to number, for items numbered by their position. */
	static <T> Map<String, Integer> numbers(T[] items, Function<T, String> id) {
		Map<String, Integer> numbers = new HashMap<>();
		for (int i = 0; i < items.length; i++) {
			numbers.put(id.apply(items[i]), i);
		}
		return Map.copyOf(numbers);
	}

	public RequirementIndex build(ChangeMarker marker) {
		return build(marker, false);
	}

	/** @param fromSnapshot whether the rows came from the snapshot file rather than from the graph */
	RequirementIndex build(ChangeMarker marker, boolean fromSnapshot) {
		return new RequirementIndex(this, marker, Duration.between(this.started, Instant.now()), fromSnapshot);
	}

}
