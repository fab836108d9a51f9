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
 * One immutable snapshot of every job's requirements, read from Neo4j, arranged for fast analysis: per job its
 * requirements and its vector over concepts, per concept the jobs that require it (posting lists). A concept is a
 * capability together with every capability linked to it by {@code SAME_AS}, in either direction and through
 * chains of links; {@code BROADER} links between capabilities become links between concepts. Jobs and
 * capabilities are numbered 0..n-1; arrays handed out are shared and must not be modified.
 * <p>
 * Built in two steps: the nested {@link Builder} collects the rows as read from the graph (the loader and the tests
 * make an index through it, and an update starts from the previous index's rows); {@link Concepts} and
 * {@link JobProfiles} turn them into the arrays the query methods here read. Longer than 300 lines because the
 * Builder and its row records (about 100 lines) are nested here; the index itself is under 300. They stay nested
 * because the loader and the tests name them as {@code RequirementIndex.Builder} and
 * {@code RequirementIndex.RequirementRow}, and the Builder builds through the private constructor.
 */
public final class RequirementIndex {

	/**
	 * One requirement of a job.
	 *
	 * @param capability the required capability's number
	 * @param concept its concept's number
	 * @param importance the stated importance, null when the graph gives none
	 * @param weight priority weight x importance (see {@link Scoring})
	 * @param inheritedFrom id of the job that states it, when the job includes a lower level's requirements
	 */
	public record JobRequirement(int capability, int concept, Priority priority, @Nullable Double level,
			@Nullable Double importance, double weight, @Nullable String inheritedFrom) {

		public boolean essential() {
			return this.priority == Priority.ESSENTIAL;
		}

	}

	/**
	 * A concept held by a person or a job.
	 *
	 * @param capability the capability as it was given (the person's or the job's own)
	 * @param level the level held, null when unknown
	 * @param assured false for a job's desirable requirement: holders of that job may not have it, so it cannot
	 * meet an essential requirement of another job
	 */
	public record Holding(int concept, int capability, @Nullable Double level, boolean assured) {
	}

	/** The jobs requiring a concept, ascending, with the concept's value in each job's vector. */
	public record Postings(int[] jobs, double[] values) {
	}

	/** The requirements on a concept: job number and requirement position, ascending by job. */
	public record RequirementPostings(int[] jobs, int[] requirements) {
	}

	private final Scoring scoring;

	private final Capability[] capabilities;

	private final Map<String, Integer> capabilityNumbers;

	private final Job[] jobs;

	private final Map<String, Integer> jobNumbers;

	private final Concepts concepts;

	private final JobProfiles profiles;

	private final ChangeMarker marker;

	private final Instant builtAt;

	private final Duration buildTime;

	private final Builder source;

	private RequirementIndex(Builder b, ChangeMarker marker, Duration buildTime) {
		this.source = b.copy();
		this.scoring = b.scoring;
		List<CapabilityRow> capabilityRows = List.copyOf(b.capabilities.values());
		this.capabilities = capabilityRows.stream().map(CapabilityRow::capability).toArray(Capability[]::new);
		this.capabilityNumbers = numbers(this.capabilities, Capability::id);
		List<JobRow> jobRows = List.copyOf(b.jobs.values());
		this.jobs = jobRows.stream().map(JobRow::job).toArray(Job[]::new);
		this.jobNumbers = numbers(this.jobs, Job::id);
		this.concepts = Concepts.of(capabilityRows, this.capabilityNumbers, b.sameAs, b.broader);
		this.profiles = JobProfiles.of(jobRows, this.capabilities, this.capabilityNumbers, this.concepts,
				this.scoring);
		this.marker = marker;
		this.builtAt = Instant.now();
		this.buildTime = buildTime;
	}

	private static <T> Map<String, Integer> numbers(T[] items, Function<T, String> id) {
		Map<String, Integer> numbers = new HashMap<>();
		for (int i = 0; i < items.length; i++) {
			numbers.put(id.apply(items[i]), i);
		}
		return Map.copyOf(numbers);
	}

	public static Builder builder(Scoring scoring) {
		return new Builder(scoring);
	}

	public Scoring scoring() {
		return this.scoring;
	}

	public int jobCount() {
		return this.jobs.length;
	}

	public int capabilityCount() {
		return this.capabilities.length;
	}

	public int conceptCount() {
		return this.concepts.count();
	}

	public int requirementCount() {
		return this.profiles.requirementCount();
	}

	/** The job's number, or -1 when there is no such job. */
	public int jobNumber(String id) {
		Integer number = this.jobNumbers.get(id);
		return number == null ? -1 : number;
	}

	public Job job(int job) {
		return this.jobs[job];
	}

	/** The capability's number, or -1 when there is no such capability. */
	public int capabilityNumber(String id) {
		Integer number = this.capabilityNumbers.get(id);
		return number == null ? -1 : number;
	}

	public Capability capability(int capability) {
		return this.capabilities[capability];
	}

	public int conceptOf(int capability) {
		return this.concepts.conceptOf()[capability];
	}

	/** The capabilities of a concept: one, or several linked by SAME_AS. */
	public int[] conceptMembers(int concept) {
		return this.concepts.members()[concept];
	}

	/** The concepts a concept is narrower than (one BROADER step). */
	public int[] broaderConcepts(int concept) {
		return this.concepts.parents()[concept];
	}

	public JobRequirement[] requirements(int job) {
		return this.profiles.requirements()[job];
	}

	public SparseVector vector(int job) {
		return this.profiles.vectors()[job];
	}

	/** Sum of the weights of the job's essential requirements. */
	public double essentialWeight(int job) {
		return this.profiles.essentialWeights()[job];
	}

	/** Sum of the weights of the job's desirable requirements. */
	public double desirableWeight(int job) {
		return this.profiles.desirableWeights()[job];
	}

	public int essentialCount(int job) {
		return this.profiles.essentialCounts()[job];
	}

	public Postings postings(int concept) {
		return this.profiles.postings()[concept];
	}

	public RequirementPostings requirementPostings(int concept) {
		return this.profiles.requirementPostings()[concept];
	}

	/**
	 * What holders of a job are taken to hold: every concept it requires, at the highest level it asks for;
	 * assured when any requirement on the concept is essential. Keyed by concept, in requirement order.
	 */
	public Map<Integer, Holding> holdingsOf(int job) {
		Map<Integer, Holding> holdings = new LinkedHashMap<>();
		for (JobRequirement requirement : requirements(job)) {
			holdings.merge(requirement.concept(), new Holding(requirement.concept(), requirement.capability(),
					requirement.level(), requirement.essential()), RequirementIndex::stronger);
		}
		return holdings;
	}

	/**
	 * Per concept, the job's requirement that gives the concept's value in the job's vector (the one with the
	 * highest weight x level factor when several capabilities of one concept are required).
	 */
	public Map<Integer, JobRequirement> requirementsByConcept(int job) {
		Map<Integer, JobRequirement> byConcept = new LinkedHashMap<>();
		for (JobRequirement requirement : requirements(job)) {
			byConcept.merge(requirement.concept(), requirement,
					(a, b) -> vectorValue(b) > vectorValue(a) ? b : a);
		}
		return byConcept;
	}

	/** The requirement's value in its job's vector: weight x level factor. */
	public double vectorValue(JobRequirement requirement) {
		return requirement.weight() * Scoring.levelFactor(requirement.level());
	}

	/** Two holdings of one concept as one: the higher level, assured if either is, the assured one's capability. */
	public static Holding stronger(Holding a, Holding b) {
		Double level = a.level();
		if (level == null || (b.level() != null && b.level() > level)) {
			level = b.level();
		}
		Holding first = (!a.assured() && b.assured()) ? b : a;
		return new Holding(first.concept(), first.capability(), level, a.assured() || b.assured());
	}

	/** What the index was built from, to tell whether the database changed since. */
	public ChangeMarker marker() {
		return this.marker;
	}

	public Instant builtAt() {
		return this.builtAt;
	}

	public Duration buildTime() {
		return this.buildTime;
	}

	/** What the index was built from, to apply a write that touched a few jobs without reading everything again. */
	public Builder toBuilder() {
		return this.source.copy();
	}

	/**
	 * A capability as read from the graph.
	 *
	 * @param framework the framework it belongs to (e.g. esco, onet), or "" for the project's own capabilities
	 */
	record CapabilityRow(Capability capability, String framework) {
	}

	/** A requirement as read from the graph, by capability id. */
	record RequirementRow(String capabilityId, Priority priority, @Nullable Double level, @Nullable Double importance,
			@Nullable String inheritedFrom) {
	}

	record JobRow(Job job, List<RequirementRow> requirements) {
	}

	/** A SAME_AS or BROADER link; confidence 1 for links that state none. */
	record Link(String from, String to, double confidence) {
	}

	/**
	 * Collects capabilities, jobs, requirements and links, then builds the index; requirements and links that
	 * name an id the builder does not hold are left out.
	 */
	public static final class Builder {

		private final Scoring scoring;

		private final Map<String, CapabilityRow> capabilities;

		private final Map<String, JobRow> jobs;

		private final List<Link> sameAs;

		private final List<Link> broader;

		private final Instant started = Instant.now();

		private Builder(Scoring scoring) {
			this(scoring, new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
		}

		private Builder(Scoring scoring, Map<String, CapabilityRow> capabilities, Map<String, JobRow> jobs,
				List<Link> sameAs, List<Link> broader) {
			this.scoring = scoring;
			this.capabilities = capabilities;
			this.jobs = jobs;
			this.sameAs = sameAs;
			this.broader = broader;
		}

		Builder copy() {
			return new Builder(this.scoring, new LinkedHashMap<>(this.capabilities), new LinkedHashMap<>(this.jobs),
					new ArrayList<>(this.sameAs), new ArrayList<>(this.broader));
		}

		public Builder capability(Capability capability) {
			return capability(capability, "");
		}

		/** Adds a capability, or replaces the one with its id in place. */
		public Builder capability(Capability capability, @Nullable String framework) {
			this.capabilities.put(capability.id(), new CapabilityRow(capability, framework == null ? "" : framework));
			return this;
		}

		/** Adds a job without requirements, or replaces the one with its id (and drops its requirements). */
		public Builder job(Job job) {
			this.jobs.put(job.id(), new JobRow(job, List.of()));
			return this;
		}

		public Builder removeJob(String id) {
			this.jobs.remove(id);
			return this;
		}

		/** A requirement of a job added before; a second one of the same job and capability is ignored. */
		public Builder requirement(String jobId, String capabilityId, Priority priority, @Nullable Double level,
				@Nullable Double importance, @Nullable String inheritedFrom) {
			JobRow job = this.jobs.get(jobId);
			if (job != null && job.requirements().stream().noneMatch(r -> r.capabilityId().equals(capabilityId))) {
				List<RequirementRow> requirements = new ArrayList<>(job.requirements());
				requirements.add(new RequirementRow(capabilityId, priority, level, importance, inheritedFrom));
				this.jobs.put(jobId, new JobRow(job.job(), requirements));
			}
			return this;
		}

		/** All requirements of a job at once (faster than one by one for jobs with many). */
		Builder requirements(String jobId, List<RequirementRow> requirements) {
			JobRow job = this.jobs.get(jobId);
			if (job != null) {
				Map<String, RequirementRow> unique = new LinkedHashMap<>();
				requirements.forEach(r -> unique.putIfAbsent(r.capabilityId(), r));
				this.jobs.put(jobId, new JobRow(job.job(), List.copyOf(unique.values())));
			}
			return this;
		}

		public Builder sameAs(String capabilityId, String otherId) {
			return sameAs(capabilityId, otherId, 1.0);
		}

		public Builder sameAs(String capabilityId, String otherId, double confidence) {
			if (!capabilityId.equals(otherId)) {
				this.sameAs.add(new Link(capabilityId, otherId, confidence));
			}
			return this;
		}

		public Builder broader(String narrowerId, String broaderId) {
			if (!narrowerId.equals(broaderId)) {
				this.broader.add(new Link(narrowerId, broaderId, 1.0));
			}
			return this;
		}

		public RequirementIndex build(ChangeMarker marker) {
			return new RequirementIndex(this, marker, Duration.between(this.started, Instant.now()));
		}

	}

}
