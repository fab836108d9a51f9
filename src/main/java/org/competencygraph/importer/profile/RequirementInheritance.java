package org.competencygraph.importer.profile;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.competencygraph.importer.profile.JobProfileFile.JobDefinition;

/**
 * Applies {@code includesRequirementsOf} transitively: a job has the requirements of the job it includes
 * (marked {@code inheritedFrom} the job that states them), except where it states its own requirement of the
 * same capability.
 */
final class RequirementInheritance {

	private final List<JobDefinition> jobs;

	private final Map<String, Integer> jobIndex;

	private final Map<String, Map<String, ProfileRequirementRow>> own;

	private final Map<String, Map<String, ProfileRequirementRow>> effective = new LinkedHashMap<>();

	private final BiConsumer<String, String> problem;

	RequirementInheritance(List<JobDefinition> jobs, Map<String, Integer> jobIndex,
			Map<String, Map<String, ProfileRequirementRow>> own, BiConsumer<String, String> problem) {
		this.jobs = jobs;
		this.jobIndex = jobIndex;
		this.own = own;
		this.problem = problem;
	}

	List<ProfileRequirementRow> rows() {
		for (int i = 0; i < this.jobs.size(); i++) {
			resolve(i, new LinkedHashSet<>());
		}
		return this.effective.values().stream().flatMap(m -> m.values().stream()).toList();
	}

	private Map<String, ProfileRequirementRow> resolve(int index, Set<String> visiting) {
		JobDefinition job = this.jobs.get(index);
		String id = String.valueOf(job.id());
		if (this.effective.containsKey(id)) {
			return this.effective.get(id);
		}
		Map<String, ProfileRequirementRow> result = new LinkedHashMap<>();
		String parent = job.includesRequirementsOf();
		if (parent != null) {
			String path = "jobs[" + index + "].includesRequirementsOf";
			if (!this.jobIndex.containsKey(parent)) {
				this.problem.accept(path, "'" + parent + "' is not a job of this file");
			}
			else if (!visiting.add(id) || parent.equals(id)) {
				this.problem.accept(path,
						"'" + parent + "' leads back to this job: inclusion must not go round in a circle");
			}
			else {
				resolve(this.jobIndex.get(parent), visiting).forEach((capabilityId, inherited) -> result
					.put(capabilityId, inherited.inheritedBy(id, parent)));
			}
		}
		result.putAll(this.own.getOrDefault(id, Map.of()));
		this.effective.put(id, result);
		return result;
	}

}
