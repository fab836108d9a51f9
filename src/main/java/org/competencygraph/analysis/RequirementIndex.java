package org.competencygraph.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.RequirementIndexBuilder.CapabilityRow;
import org.competencygraph.analysis.RequirementIndexBuilder.JobRow;
import org.competencygraph.capability.Capability;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/**
 * One immutable snapshot of every job's requirements, read from Neo4j, arranged for fast analysis: per job its
 * requirements and its vectors over concepts, per concept the jobs that require it (posting lists), per job the
 * embeddings of its title and duties. A concept is a capability together with every capability linked to it by
 * {@code SAME_AS}, in either direction and through chains of links; {@code BROADER} and {@code CLOSE_MATCH} links
 * between capabilities become links between concepts. Jobs and capabilities are numbered 0..n-1; arrays handed
 * out are shared and must not be modified.
 * <p>
 * Built in two steps: {@link RequirementIndexBuilder} collects the rows as read from the graph (the loader and the
 * tests make an index through it, and an update starts from the previous index's rows); {@link Concepts},
 * {@link JobProfiles}, {@link DomainProfiles}, {@link JobTexts} and {@link JobActivities} turn them into the arrays
 * the query methods here read; per job also its closest occupations in other frameworks (the crosswalk, for BLENDED's crosswalk part).
 * <p>
 * Longer than 300 lines because it is the one read model every analysis reads: mostly one-line accessors.
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

	private final DomainProfiles domainProfiles;

	private final JobTexts texts;

	private final JobActivities activities;

	/** Per job, the numbers of its closest occupations in the other frameworks (CLOSEST_OCCUPATION, best first). */
	private final int[][] closest;

	/** Per job, the number of its organization (a framework's occupations share their framework's). */
	private final int[] organizations;

	private final SimilarityWeights weights;

	private final ChangeMarker marker;

	private final Instant builtAt;

	private final Duration buildTime;

	private final boolean fromSnapshot;

	private final RequirementIndexBuilder source;

	RequirementIndex(RequirementIndexBuilder b, ChangeMarker marker, Duration buildTime, boolean fromSnapshot) {
		this.source = b.copy();
		this.scoring = b.scoring;
		this.weights = b.weights;
		List<CapabilityRow> capabilityRows = List.copyOf(b.capabilities.values());
		this.capabilities = capabilityRows.stream().map(CapabilityRow::capability).toArray(Capability[]::new);
		this.capabilityNumbers = RequirementIndexBuilder.numbers(this.capabilities, Capability::id);
		List<JobRow> jobRows = List.copyOf(b.jobs.values());
		this.jobs = jobRows.stream().map(JobRow::job).toArray(Job[]::new);
		this.jobNumbers = RequirementIndexBuilder.numbers(this.jobs, Job::id);
		this.concepts = Concepts.of(capabilityRows, this.capabilityNumbers, b.sameAs, b.broader, b.closeMatches,
				this.weights);
		this.profiles = JobProfiles.of(jobRows, this.capabilities, this.capabilityNumbers, this.concepts,
				this.scoring);
		this.domainProfiles = DomainProfiles.of(this.profiles.requirements(),
				capabilityRows.stream().map(CapabilityRow::domain).toArray(String[]::new), this.concepts,
				this.scoring, this.weights);
		this.texts = JobTexts.of(jobRows, this.weights.centring("text/title"),
				this.weights.centring("text/duties"), this.weights.centringMinJobs());
		this.activities = JobActivities.of(jobRows);
		this.closest = jobRows.stream()
			.map(row -> row.closest().stream().mapToInt(id -> this.jobNumbers.getOrDefault(id, -1))
				.filter(n -> n >= 0).toArray())
			.toArray(int[][]::new);
		Map<String, Integer> organizationNumbers = new HashMap<>();
		this.organizations = Arrays.stream(this.jobs)
			.mapToInt(job -> organizationNumbers.computeIfAbsent(job.organization().id(),
					id -> organizationNumbers.size()))
			.toArray();
		this.marker = marker;
		this.builtAt = Instant.now();
		this.buildTime = buildTime;
		this.fromSnapshot = fromSnapshot;
	}

	/** A builder with the similarity weights of {@code analysis/similarity.yaml}. */
	public static RequirementIndexBuilder builder(Scoring scoring) {
		return builder(scoring, SimilarityWeights.load());
	}

	public static RequirementIndexBuilder builder(Scoring scoring, SimilarityWeights weights) {
		return new RequirementIndexBuilder(scoring, weights);
	}

	public Scoring scoring() {
		return this.scoring;
	}

	public SimilarityWeights weights() {
		return this.weights;
	}

	/** The jobs' title and duty embeddings. */
	public JobTexts texts() {
		return this.texts;
	}

	/** The jobs' detailed work activities and interests (O*NET's). */
	public JobActivities activities() {
		return this.activities;
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

	/** Whether the crosswalk has placed the job in another framework (it has a closest occupation there). */
	public boolean hasClosestOccupations(int job) {
		return this.closest[job].length > 0;
	}

	/** The job's closest occupations in the other frameworks, best first per framework; do not modify. */
	public int[] closestOccupations(int job) {
		return this.closest[job];
	}

	/** The number of the job's organization: jobs of one framework share it. */
	public int organization(int job) {
		return this.organizations[job];
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

	/** The concepts nearly the same as a concept (CLOSE_MATCH, either direction), with each link's credit. */
	public CloseMatches closeMatches(int concept) {
		return this.concepts.closeMatches()[concept];
	}

	public JobRequirement[] requirements(int job) {
		return this.profiles.requirements()[job];
	}

	public SparseVector vector(int job) {
		return this.profiles.vectors()[job];
	}

	/** The job's vector for a metric: the domain-normalised one for BLENDED's profile part, else the plain one. */
	public SparseVector vector(int job, SimilarityMetric metric) {
		return metric == SimilarityMetric.BLENDED ? this.domainProfiles.vectors()[job] : vector(job);
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

	/** The posting list of a concept over {@link #vector(int, SimilarityMetric)}. */
	public Postings postings(int concept, SimilarityMetric metric) {
		return metric == SimilarityMetric.BLENDED ? this.domainProfiles.postings()[concept] : postings(concept);
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

	/** Whether the rows were read from the snapshot file saved at an earlier start rather than from the graph. */
	public boolean fromSnapshot() {
		return this.fromSnapshot;
	}

	/** What the index was built from, to apply a write that touched a few jobs without reading everything again. */
	public RequirementIndexBuilder toBuilder() {
		return this.source.copy();
	}

}
