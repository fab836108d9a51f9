package org.competencygraph.importer.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.importer.profile.JobProfileFile.CapabilityDefinition;
import org.competencygraph.importer.profile.JobProfileFile.CareerLinkDefinition;
import org.competencygraph.importer.profile.JobProfileFile.JobDefinition;
import org.competencygraph.importer.profile.JobProfileFile.RequirementDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static org.competencygraph.importer.profile.ProfileRows.cleanList;
import static org.competencygraph.importer.profile.ProfileRows.isBlank;
import static org.competencygraph.importer.profile.ProfileRows.orEmpty;

/**
 * Flattens one job-profile file into a {@link JobProfilePlan} (the rows are {@link ProfileRows}'), checking what its
 * schema cannot: ids used twice, a job that lists a capability twice or links to itself, inclusions that name no job
 * of the file or go round in a circle, a capability defined twice with different kinds, and level words that are not
 * words of the proficiency scale. The file has passed {@link JobProfileSchema}, or its structural problems are
 * reported with these; fields it lacks are skipped here rather than reported twice.
 */
final class JobProfilePlanner {

	private final String fileName;

	private final JobProfileFile file;

	private final ProficiencyScale scale;

	private final Function<JsonNode, @Nullable CapabilityDefinition> inlineCapability;

	private final ProfileRows rows;

	private final List<String> problems = new ArrayList<>();

	private final Map<String, ProfileCapabilityRow> capabilities = new LinkedHashMap<>();

	private final Set<String> externalCapabilityIds = new LinkedHashSet<>();

	private final Set<String> externalJobIds = new LinkedHashSet<>();

	JobProfilePlanner(String fileName, JobProfileFile file, ProficiencyScale scale,
			Function<JsonNode, @Nullable CapabilityDefinition> inlineCapability) {
		this.fileName = fileName;
		this.file = file;
		this.scale = scale;
		this.inlineCapability = inlineCapability;
		this.rows = new ProfileRows(fileName, file.source());
	}

	/** The plan, or null when the file has problems ({@link #problems()}). */
	@Nullable JobProfilePlan plan() {
		List<CapabilityDefinition> definitions = orEmpty(this.file.capabilities());
		for (int i = 0; i < definitions.size(); i++) {
			defineCapability("capabilities[" + i + "]", definitions.get(i));
		}
		List<JobDefinition> jobs = orEmpty(this.file.jobs());
		Map<String, Integer> jobIndex = new HashMap<>();
		for (int i = 0; i < jobs.size(); i++) {
			String id = jobs.get(i).id();
			if (id != null && jobIndex.putIfAbsent(id, i) != null) {
				problem("jobs[" + i + "].id", "'" + id + "' is already used by jobs[" + jobIndex.get(id) + "]");
			}
		}
		// Inline capability definitions first, so that references anywhere in the file resolve.
		for (int i = 0; i < jobs.size(); i++) {
			List<RequirementDefinition> requirements = orEmpty(jobs.get(i).requirements());
			for (int r = 0; r < requirements.size(); r++) {
				JsonNode capability = requirements.get(r).capability();
				if (capability != null && capability.isObject()) {
					defineCapability("jobs[" + i + "].requirements[" + r + "].capability",
							this.inlineCapability.apply(capability));
				}
			}
		}
		List<ProfileJobRow> jobRows = new ArrayList<>();
		Map<String, Map<String, ProfileRequirementRow>> ownRequirements = new LinkedHashMap<>();
		List<CareerLinkRow> careerLinks = new ArrayList<>();
		List<ProfileDutyRow> duties = new ArrayList<>();
		for (int i = 0; i < jobs.size(); i++) {
			JobDefinition job = jobs.get(i);
			String path = "jobs[" + i + "]";
			jobRows.add(this.rows.job(job));
			duties.addAll(dutyRows(job));
			ownRequirements.put(String.valueOf(job.id()), requirementRows(path, job));
			careerLinks.addAll(careerLinkRows(path, job, jobIndex.keySet()));
		}
		List<ProfileRequirementRow> requirementRows = new RequirementInheritance(jobs, jobIndex, ownRequirements,
				this::problem)
			.rows();
		if (!this.problems.isEmpty()) {
			return null;
		}
		this.externalCapabilityIds.removeAll(this.capabilities.keySet());
		return new JobProfilePlan(this.fileName, List.copyOf(this.capabilities.values()), jobRows, requirementRows,
				careerLinks, duties, this.externalCapabilityIds, this.externalJobIds);
	}

	List<String> problems() {
		return this.problems;
	}

	private void defineCapability(String path, @Nullable CapabilityDefinition definition) {
		String id = (definition == null) ? null : definition.id();
		if (id == null) {
			return;
		}
		ProfileCapabilityRow existing = this.capabilities.get(id);
		if (existing == null) {
			this.capabilities.put(id, this.rows.capability(id, definition));
			return;
		}
		if (definition.kind() != null && !existing.kind().equals(definition.kind())) {
			problem(path + ".kind", "capability '" + id + "' is defined as " + existing.kind()
					+ " elsewhere in this file");
		}
		this.capabilities.put(id, existing.withAliases(cleanList(definition.aliases())));
	}

	/** The job's own requirements by capability id. */
	private Map<String, ProfileRequirementRow> requirementRows(String jobPath, JobDefinition job) {
		Map<String, ProfileRequirementRow> rows = new LinkedHashMap<>();
		List<RequirementDefinition> requirements = orEmpty(job.requirements());
		for (int r = 0; r < requirements.size(); r++) {
			String path = jobPath + ".requirements[" + r + "]";
			RequirementDefinition requirement = requirements.get(r);
			Double level = requirement.level();
			if (level == null && !isBlank(requirement.levelText())) {
				// The level words are data (scales/proficiency.yaml), so this stays out of the schema.
				Integer fromWord = this.scale.levelOfWord(requirement.levelText());
				if (fromWord == null && !looksLikeDuration(requirement.levelText())) {
					problem(path + ".levelText", "'" + requirement.levelText() + "' is not a word of the "
							+ "proficiency scale; give level (0-7) too, or use one of " + this.scale.words());
				}
				level = (fromWord == null) ? null : fromWord.doubleValue();
			}
			String capabilityId = capabilityId(requirement.capability());
			if (capabilityId == null) {
				continue;
			}
			if (rows.containsKey(capabilityId)) {
				problem(path + ".capability", "'" + capabilityId + "' is already required by this job; "
						+ "a job lists each capability once");
				continue;
			}
			rows.put(capabilityId, this.rows.requirement(String.valueOf(job.id()), capabilityId, requirement, level));
		}
		return rows;
	}

	/** The job's duties: each a text, or a {@code {text, section}} mapping (the schema has checked which). */
	private List<ProfileDutyRow> dutyRows(JobDefinition job) {
		List<ProfileDutyRow> rows = new ArrayList<>();
		List<JsonNode> duties = orEmpty(job.duties());
		for (int d = 0; d < duties.size(); d++) {
			JsonNode duty = duties.get(d);
			JsonNode text = duty.isObject() ? duty.path("text") : duty;
			JsonNode section = duty.path("section");
			if (job.id() != null && text.isString() && !text.asString().isBlank()) {
				rows.add(this.rows.duty(job.id(), d + 1, text.asString(), section.isString() ? section.asString()
						: null));
			}
		}
		return rows;
	}

	private List<CareerLinkRow> careerLinkRows(String jobPath, JobDefinition job, Set<String> jobsInFile) {
		List<CareerLinkRow> rows = new ArrayList<>();
		List<CareerLinkDefinition> links = orEmpty(job.progressesTo());
		Set<String> targets = new LinkedHashSet<>();
		for (int l = 0; l < links.size(); l++) {
			String path = jobPath + ".progressesTo[" + l + "]";
			CareerLinkDefinition link = links.get(l);
			String target = link.job();
			if (target == null) {
				continue;
			}
			if (target.equals(job.id())) {
				problem(path + ".job", "a job cannot progress to itself");
			}
			if (!targets.add(target)) {
				problem(path + ".job", "'" + target + "' is already listed in this job's progressesTo");
			}
			if (!jobsInFile.contains(target)) {
				this.externalJobIds.add(target);
			}
			List<String> required = cleanList(link.requiredCapabilities());
			this.externalCapabilityIds.addAll(required);
			rows.add(this.rows.careerLink(String.valueOf(job.id()), target, link, required));
		}
		return rows;
	}

	/** The id a requirement names or defines inline; an id not defined in the file must be in the graph. */
	private @Nullable String capabilityId(@Nullable JsonNode capability) {
		JsonNode id = (capability != null && capability.isObject()) ? capability.get("id") : capability;
		if (id == null || !id.isString()) {
			return null;
		}
		if (capability.isString() && !this.capabilities.containsKey(id.asString())) {
			this.externalCapabilityIds.add(id.asString());
		}
		return id.asString();
	}

	private void problem(String path, String message) {
		this.problems.add(path + ": " + message);
	}

	private static boolean looksLikeDuration(String text) {
		return text.matches("(?i).*\\d+\\+?\\s*(years?|months?).*");
	}

}
