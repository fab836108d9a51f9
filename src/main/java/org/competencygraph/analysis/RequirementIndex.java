package org.competencygraph.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	private static final int[] NONE = {};

	private final Scoring scoring;

	private final Capability[] capabilities;

	private final Map<String, Integer> capabilityNumbers;

	private final int[] conceptOf;

	private final int[][] conceptMembers;

	private final int[][] conceptParents;

	private final Job[] jobs;

	private final Map<String, Integer> jobNumbers;

	private final JobRequirement[][] requirements;

	private final SparseVector[] vectors;

	private final double[] essentialWeights;

	private final double[] desirableWeights;

	private final int[] essentialCounts;

	private final Postings[] postings;

	private final RequirementPostings[] requirementPostings;

	private final int requirementCount;

	private final Object marker;

	private final Instant builtAt;

	private final Duration buildTime;

	private RequirementIndex(Builder b, Object marker, Duration buildTime) {
		this.scoring = b.scoring;
		this.capabilities = b.capabilities.toArray(Capability[]::new);
		this.capabilityNumbers = Map.copyOf(b.capabilityNumbers);
		this.jobs = b.jobs.toArray(Job[]::new);
		this.jobNumbers = Map.copyOf(b.jobNumbers);
		this.marker = marker;
		this.builtAt = Instant.now();
		this.buildTime = buildTime;

		// Concepts: connected components of SAME_AS, numbered in order of their first capability.
		int n = this.capabilities.length;
		int[] root = new int[n];
		for (int i = 0; i < n; i++) {
			root[i] = i;
		}
		for (int[] link : b.sameAs) {
			int x = find(root, link[0]);
			int y = find(root, link[1]);
			if (x != y) {
				root[Math.max(x, y)] = Math.min(x, y);
			}
		}
		this.conceptOf = new int[n];
		int[] conceptOfRoot = new int[n];
		Arrays.fill(conceptOfRoot, -1);
		int concepts = 0;
		for (int i = 0; i < n; i++) {
			int r = find(root, i);
			if (conceptOfRoot[r] < 0) {
				conceptOfRoot[r] = concepts++;
			}
			this.conceptOf[i] = conceptOfRoot[r];
		}
		List<List<Integer>> members = lists(concepts);
		for (int i = 0; i < n; i++) {
			members.get(this.conceptOf[i]).add(i);
		}
		this.conceptMembers = toArrays(members);
		List<List<Integer>> parents = lists(concepts);
		for (int[] link : b.broader) {
			int narrower = this.conceptOf[link[0]];
			int broader = this.conceptOf[link[1]];
			if (narrower != broader && !parents.get(narrower).contains(broader)) {
				parents.get(narrower).add(broader);
			}
		}
		this.conceptParents = toArrays(parents);

		// Jobs: requirements, vectors (max over a concept's requirements), totals; then posting lists.
		int m = this.jobs.length;
		this.requirements = new JobRequirement[m][];
		this.vectors = new SparseVector[m];
		this.essentialWeights = new double[m];
		this.desirableWeights = new double[m];
		this.essentialCounts = new int[m];
		int[] postingSizes = new int[concepts];
		int[] requirementPostingSizes = new int[concepts];
		int count = 0;
		for (int j = 0; j < m; j++) {
			List<RawRequirement> raw = b.requirementsByJob.getOrDefault(j, List.of());
			JobRequirement[] own = new JobRequirement[raw.size()];
			Map<Integer, Double> values = new HashMap<>();
			for (int r = 0; r < own.length; r++) {
				RawRequirement given = raw.get(r);
				int concept = this.conceptOf[given.capability()];
				own[r] = new JobRequirement(given.capability(), concept, given.priority(), given.level(),
						given.importance(), this.scoring.weight(given.priority(), given.importance()),
						given.inheritedFrom());
				if (own[r].essential()) {
					this.essentialWeights[j] += own[r].weight();
					this.essentialCounts[j]++;
				}
				else {
					this.desirableWeights[j] += own[r].weight();
				}
				values.merge(concept, this.scoring.vectorValue(given.priority(), given.importance(), given.level()),
						Math::max);
				requirementPostingSizes[concept]++;
			}
			count += own.length;
			this.requirements[j] = own;
			int[] vectorConcepts = values.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			double[] vectorValues = new double[vectorConcepts.length];
			for (int k = 0; k < vectorConcepts.length; k++) {
				vectorValues[k] = values.get(vectorConcepts[k]);
				postingSizes[vectorConcepts[k]]++;
			}
			this.vectors[j] = SparseVector.of(vectorConcepts, vectorValues);
		}
		this.requirementCount = count;
		this.postings = new Postings[concepts];
		this.requirementPostings = new RequirementPostings[concepts];
		for (int c = 0; c < concepts; c++) {
			this.postings[c] = new Postings(new int[postingSizes[c]], new double[postingSizes[c]]);
			this.requirementPostings[c] = new RequirementPostings(new int[requirementPostingSizes[c]],
					new int[requirementPostingSizes[c]]);
		}
		int[] filled = new int[concepts];
		int[] requirementFilled = new int[concepts];
		for (int j = 0; j < m; j++) {
			SparseVector vector = this.vectors[j];
			for (int k = 0; k < vector.size(); k++) {
				int c = vector.concepts()[k];
				this.postings[c].jobs()[filled[c]] = j;
				this.postings[c].values()[filled[c]++] = vector.values()[k];
			}
			for (int r = 0; r < this.requirements[j].length; r++) {
				int c = this.requirements[j][r].concept();
				this.requirementPostings[c].jobs()[requirementFilled[c]] = j;
				this.requirementPostings[c].requirements()[requirementFilled[c]++] = r;
			}
		}
	}

	private static int find(int[] root, int i) {
		while (root[i] != i) {
			root[i] = root[root[i]];
			i = root[i];
		}
		return i;
	}

	private static List<List<Integer>> lists(int size) {
		List<List<Integer>> lists = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			lists.add(new ArrayList<>(1));
		}
		return lists;
	}

	private static int[][] toArrays(List<List<Integer>> lists) {
		int[][] arrays = new int[lists.size()][];
		for (int i = 0; i < arrays.length; i++) {
			List<Integer> list = lists.get(i);
			arrays[i] = list.isEmpty() ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
		}
		return arrays;
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
		return this.conceptMembers.length;
	}

	public int requirementCount() {
		return this.requirementCount;
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
		return this.conceptOf[capability];
	}

	/** The capabilities of a concept: one, or several linked by SAME_AS. */
	public int[] conceptMembers(int concept) {
		return this.conceptMembers[concept];
	}

	/** The concepts a concept is narrower than (one BROADER step). */
	public int[] broaderConcepts(int concept) {
		return this.conceptParents[concept];
	}

	public JobRequirement[] requirements(int job) {
		return this.requirements[job];
	}

	public SparseVector vector(int job) {
		return this.vectors[job];
	}

	/** Sum of the weights of the job's essential requirements. */
	public double essentialWeight(int job) {
		return this.essentialWeights[job];
	}

	/** Sum of the weights of the job's desirable requirements. */
	public double desirableWeight(int job) {
		return this.desirableWeights[job];
	}

	public int essentialCount(int job) {
		return this.essentialCounts[job];
	}

	public Postings postings(int concept) {
		return this.postings[concept];
	}

	public RequirementPostings requirementPostings(int concept) {
		return this.requirementPostings[concept];
	}

	/**
	 * What holders of a job are taken to hold: every concept it requires, at the highest level it asks for;
	 * assured when any requirement on the concept is essential. Keyed by concept, in requirement order.
	 */
	public Map<Integer, Holding> holdingsOf(int job) {
		Map<Integer, Holding> holdings = new LinkedHashMap<>();
		for (JobRequirement requirement : this.requirements[job]) {
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
		for (JobRequirement requirement : this.requirements[job]) {
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
	public Object marker() {
		return this.marker;
	}

	public Instant builtAt() {
		return this.builtAt;
	}

	public Duration buildTime() {
		return this.buildTime;
	}

	record RawRequirement(int capability, Priority priority, @Nullable Double level, @Nullable Double importance,
			@Nullable String inheritedFrom) {
	}

	/** Collects capabilities, jobs, requirements and links, then builds the index; ids that name nothing are left out. */
	public static final class Builder {

		private final Scoring scoring;

		private final List<Capability> capabilities = new ArrayList<>();

		private final Map<String, Integer> capabilityNumbers = new HashMap<>();

		private final List<Job> jobs = new ArrayList<>();

		private final Map<String, Integer> jobNumbers = new HashMap<>();

		private final Map<Integer, List<RawRequirement>> requirementsByJob = new HashMap<>();

		private final List<int[]> sameAs = new ArrayList<>();

		private final List<int[]> broader = new ArrayList<>();

		private final Instant started = Instant.now();

		private Builder(Scoring scoring) {
			this.scoring = scoring;
		}

		public Builder capability(Capability capability) {
			if (!this.capabilityNumbers.containsKey(capability.id())) {
				this.capabilityNumbers.put(capability.id(), this.capabilities.size());
				this.capabilities.add(capability);
			}
			return this;
		}

		public Builder job(Job job) {
			if (!this.jobNumbers.containsKey(job.id())) {
				this.jobNumbers.put(job.id(), this.jobs.size());
				this.jobs.add(job);
			}
			return this;
		}

		/** A requirement; a second one of the same job and capability is ignored, as the graph has at most one. */
		public Builder requirement(String jobId, String capabilityId, Priority priority, @Nullable Double level,
				@Nullable Double importance, @Nullable String inheritedFrom) {
			Integer job = this.jobNumbers.get(jobId);
			Integer capability = this.capabilityNumbers.get(capabilityId);
			if (job != null && capability != null) {
				List<RawRequirement> list = this.requirementsByJob.computeIfAbsent(job, j -> new ArrayList<>());
				if (list.stream().noneMatch(r -> r.capability() == capability)) {
					list.add(new RawRequirement(capability, priority, level, importance, inheritedFrom));
				}
			}
			return this;
		}

		public Builder sameAs(String capabilityId, String otherId) {
			return link(this.sameAs, capabilityId, otherId);
		}

		public Builder broader(String narrowerId, String broaderId) {
			return link(this.broader, narrowerId, broaderId);
		}

		private Builder link(List<int[]> links, String from, String to) {
			Integer a = this.capabilityNumbers.get(from);
			Integer b = this.capabilityNumbers.get(to);
			if (a != null && b != null && !a.equals(b)) {
				links.add(new int[] { a, b });
			}
			return this;
		}

		public RequirementIndex build(Object marker) {
			return new RequirementIndex(this, marker, Duration.between(this.started, Instant.now()));
		}

	}

}
