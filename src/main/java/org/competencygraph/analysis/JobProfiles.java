package org.competencygraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.RequirementIndex.JobRequirement;
import org.competencygraph.analysis.RequirementIndex.Postings;
import org.competencygraph.analysis.RequirementIndex.RequirementPostings;
import org.competencygraph.analysis.RequirementIndexBuilder.JobRow;
import org.competencygraph.analysis.RequirementIndexBuilder.RequirementRow;
import org.competencygraph.capability.Capability;

/**
 * The jobs of a {@link RequirementIndex} arranged for analysis: per job its requirements (by capability and concept
 * number), its vector over concepts and the totals the scores divide by; per concept the posting lists of the jobs
 * and requirements on it. Jobs are numbers; the arrays are shared and never modified.
 *
 * @param requirements per job, essential first, then by capability name
 * @param vectors per job, the value of each concept: the highest weight x level factor of its requirements on it;
 * and for each concept CLOSE_MATCH one it requires but that it does not require itself, that value x the link's
 * credit (the highest such)
 * @param essentialWeights per job, the sum of its essential requirements' weights
 * @param desirableWeights per job, the sum of its desirable requirements' weights
 * @param essentialCounts per job, how many essential requirements it has
 * @param postings per concept, the jobs whose vector has it, ascending
 * @param requirementPostings per concept, the requirements on it, ascending by job
 * @param requirementCount all requirements of all jobs
 */
record JobProfiles(JobRequirement[][] requirements, SparseVector[] vectors, double[] essentialWeights,
		double[] desirableWeights, int[] essentialCounts, Postings[] postings,
		RequirementPostings[] requirementPostings, int requirementCount) {

	/**
	 * @param jobs the jobs in number order
	 * @param capabilities the capabilities in number order; requirements of a capability not among them are left out
	 * @param numbers capability id to number
	 */
	static JobProfiles of(List<JobRow> jobs, Capability[] capabilities, Map<String, Integer> numbers,
			Concepts concepts, Scoring scoring) {
		int m = jobs.size();
		JobRequirement[][] requirements = new JobRequirement[m][];
		SparseVector[] vectors = new SparseVector[m];
		double[] essentialWeights = new double[m];
		double[] desirableWeights = new double[m];
		int[] essentialCounts = new int[m];
		int count = 0;
		for (int j = 0; j < m; j++) {
			List<JobRequirement> own = new ArrayList<>(jobs.get(j).requirements().size());
			Map<Integer, Double> values = new HashMap<>();
			for (RequirementRow given : jobs.get(j).requirements()) {
				Integer capability = numbers.get(given.capabilityId());
				if (capability == null) {
					continue;
				}
				JobRequirement requirement = new JobRequirement(capability, concepts.conceptOf()[capability],
						given.priority(), given.level(), given.importance(),
						scoring.weight(given.priority(), given.importance()), given.inheritedFrom());
				own.add(requirement);
				if (requirement.essential()) {
					essentialWeights[j] += requirement.weight();
					essentialCounts[j]++;
				}
				else {
					desirableWeights[j] += requirement.weight();
				}
				values.merge(requirement.concept(),
						scoring.vectorValue(given.priority(), given.importance(), given.level()), Math::max);
			}
			// Essential first, then by capability name: the order gap rows fall back on.
			own.sort(Comparator.comparing((JobRequirement r) -> !r.essential())
				.thenComparing(r -> capabilities[r.capability()].name())
				.thenComparing(r -> capabilities[r.capability()].id()));
			count += own.size();
			requirements[j] = own.toArray(JobRequirement[]::new);
			vectors[j] = expanded(values, concepts);
		}
		return new JobProfiles(requirements, vectors, essentialWeights, desirableWeights, essentialCounts,
				postings(vectors, concepts.count()), requirementPostings(requirements, concepts.count()), count);
	}

	/**
	 * The vector of a job's own values by concept, with its CLOSE_MATCH partial credit: a concept the job does not
	 * require itself but that is CLOSE_MATCH one it requires gets that value x the link's credit (the highest such).
	 */
	static SparseVector expanded(Map<Integer, Double> own, Concepts concepts) {
		Map<Integer, Double> values = new HashMap<>(own);
		own.forEach((concept, value) -> {
			CloseMatches close = concepts.closeMatches()[concept];
			for (int k = 0; k < close.concepts().length; k++) {
				int other = close.concepts()[k];
				if (!own.containsKey(other)) {
					values.merge(other, value * close.credits()[k], Math::max);
				}
			}
		});
		int[] vectorConcepts = values.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
		double[] vectorValues = new double[vectorConcepts.length];
		for (int k = 0; k < vectorConcepts.length; k++) {
			vectorValues[k] = values.get(vectorConcepts[k]);
		}
		return SparseVector.of(vectorConcepts, vectorValues);
	}

	/** Per concept, the jobs whose vector has it, ascending, with the value. */
	static Postings[] postings(SparseVector[] vectors, int concepts) {
		int[] sizes = new int[concepts];
		for (SparseVector vector : vectors) {
			for (int c : vector.concepts()) {
				sizes[c]++;
			}
		}
		Postings[] postings = new Postings[concepts];
		for (int c = 0; c < concepts; c++) {
			postings[c] = new Postings(new int[sizes[c]], new double[sizes[c]]);
		}
		int[] filled = new int[concepts];
		for (int j = 0; j < vectors.length; j++) {
			for (int k = 0; k < vectors[j].size(); k++) {
				int c = vectors[j].concepts()[k];
				postings[c].jobs()[filled[c]] = j;
				postings[c].values()[filled[c]++] = vectors[j].values()[k];
			}
		}
		return postings;
	}

	/** Per concept, the requirements on it: job number and position in the job's requirements, ascending by job. */
	private static RequirementPostings[] requirementPostings(JobRequirement[][] requirements, int concepts) {
		int[] sizes = new int[concepts];
		for (JobRequirement[] own : requirements) {
			for (JobRequirement requirement : own) {
				sizes[requirement.concept()]++;
			}
		}
		RequirementPostings[] postings = new RequirementPostings[concepts];
		for (int c = 0; c < concepts; c++) {
			postings[c] = new RequirementPostings(new int[sizes[c]], new int[sizes[c]]);
		}
		int[] filled = new int[concepts];
		for (int j = 0; j < requirements.length; j++) {
			for (int r = 0; r < requirements[j].length; r++) {
				int c = requirements[j][r].concept();
				postings[c].jobs()[filled[c]] = j;
				postings[c].requirements()[filled[c]++] = r;
			}
		}
		return postings;
	}

}
