package org.competencygraph.importer.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.importer.profile.JobProfileFile.CapabilityDefinition;
import org.competencygraph.importer.profile.JobProfileFile.CareerLinkDefinition;
import org.competencygraph.importer.profile.JobProfileFile.JobDefinition;
import org.competencygraph.importer.profile.JobProfileFile.Provenance;
import org.competencygraph.importer.profile.JobProfileFile.RequirementDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Flattens one job-profile file into the rows of an {@link ImportPlan}, checking what its schema cannot: ids used
 * twice, a job that lists a capability twice or links to itself, inclusions that name no job of the file or go
 * round in a circle, a capability defined twice with different kinds, and level words that are not words of the
 * proficiency scale. The file has passed {@link JobProfileSchema}, or its structural problems are reported with
 * these; fields it lacks are skipped here rather than reported twice.
 */
final class ImportPlanner {

	private final String fileName;

	private final JobProfileFile file;

	private final ProficiencyScale scale;

	private final Function<JsonNode, @Nullable CapabilityDefinition> inlineCapability;

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Map<String, Object>> capabilities = new LinkedHashMap<>();

	private final Set<String> externalCapabilityIds = new LinkedHashSet<>();

	private final Set<String> externalJobIds = new LinkedHashSet<>();

	private final String sourceDocument;

	ImportPlanner(String fileName, JobProfileFile file, ProficiencyScale scale,
			Function<JsonNode, @Nullable CapabilityDefinition> inlineCapability) {
		this.fileName = fileName;
		this.file = file;
		this.scale = scale;
		this.inlineCapability = inlineCapability;
		this.sourceDocument = (file.source() == null) ? "" : String.valueOf(strip(file.source().document()));
	}

	/** The plan, or null when the file has problems ({@link #problems()}). */
	@Nullable ImportPlan plan() {
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
		List<Map<String, Object>> jobRows = new ArrayList<>();
		Map<String, Map<String, Map<String, Object>>> ownRequirements = new LinkedHashMap<>();
		List<Map<String, Object>> careerLinks = new ArrayList<>();
		for (int i = 0; i < jobs.size(); i++) {
			JobDefinition job = jobs.get(i);
			String path = "jobs[" + i + "]";
			jobRows.add(jobRow(job));
			ownRequirements.put(String.valueOf(job.id()), requirementRows(path, job));
			careerLinks.addAll(careerLinkRows(path, job, jobIndex.keySet()));
		}
		List<Map<String, Object>> requirementRows = new RequirementInheritance(jobs, jobIndex, ownRequirements, this::problem)
			.rows();
		if (!this.problems.isEmpty()) {
			return null;
		}
		this.externalCapabilityIds.removeAll(this.capabilities.keySet());
		return new ImportPlan(this.fileName, List.copyOf(this.capabilities.values()), jobRows, requirementRows,
				careerLinks, this.externalCapabilityIds, this.externalJobIds);
	}

	List<String> problems() {
		return this.problems;
	}

	private void defineCapability(String path, @Nullable CapabilityDefinition definition) {
		String id = (definition == null) ? null : definition.id();
		if (id == null) {
			return;
		}
		Map<String, Object> existing = this.capabilities.get(id);
		List<String> aliases = cleanList(definition.aliases());
		if (existing != null) {
			if (definition.kind() != null && !existing.get("kind").equals(definition.kind())) {
				problem(path + ".kind", "capability '" + id + "' is defined as " + existing.get("kind")
						+ " elsewhere in this file");
			}
			@SuppressWarnings("unchecked")
			var merged = new LinkedHashSet<>((List<String>) existing.get("aliases"));
			merged.addAll(aliases);
			existing.put("aliases", List.copyOf(merged));
			return;
		}
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id);
		row.put("kind", String.valueOf(definition.kind()));
		row.put("name", strip(definition.name()));
		row.put("aliases", aliases);
		row.put("description", strip(definition.description()));
		row.put("qualificationType", definition.qualificationType());
		row.put("externalIds", orEmpty(definition.externalIds()).entrySet()
			.stream()
			.map(e -> e.getKey().strip().toLowerCase(Locale.ROOT) + ":" + String.valueOf(e.getValue()).strip())
			.sorted()
			.toList());
		this.capabilities.put(id, row);
	}

	private Map<String, Object> jobRow(JobDefinition job) {
		var level = job.responsibilityLevel();
		String organization = strip(job.organization());
		String organizationId = slug(organization);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("title", strip(job.title()));
		properties.put("aliases", cleanList(job.aliases()));
		properties.put("code", strip(job.code()));
		properties.put("department", strip(job.department()));
		properties.put("grade", strip(job.grade()));
		properties.put("responsibilityLevel", level == null ? null : level.level());
		properties.put("responsibilityLevelInferred", level == null ? null : Boolean.TRUE.equals(level.inferred()));
		properties.put("responsibilityLevelBasis", level == null ? null : strip(level.basis()));
		properties.put("effectiveDate", job.effectiveDate());
		properties.put("summary", strip(job.summary()));
		properties.put("detailedProfile", !Boolean.FALSE.equals(job.detailedProfile()));
		properties.put("sourceDocument", this.sourceDocument);
		properties.put("sourceTitle", this.file.source() == null ? null : this.file.source().title());
		properties.put("sourceUrl", this.file.source() == null ? null : this.file.source().url());
		properties.put("importedFrom", this.fileName);
		Map<String, Object> row = new HashMap<>();
		row.put("id", String.valueOf(job.id()));
		row.put("organizationId", organizationId);
		row.put("organization", organization);
		row.put("familyId", isBlank(job.family()) ? null : organizationId + "/" + slug(job.family()));
		row.put("family", strip(job.family()));
		row.put("properties", properties);
		return row;
	}

	/** The job's own requirements by capability id. */
	private Map<String, Map<String, Object>> requirementRows(String jobPath, JobDefinition job) {
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
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
				level = fromWord == null ? null : fromWord.doubleValue();
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
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("priority", requirement.priority());
			properties.put("priorityText", strip(requirement.priorityText()));
			properties.put("level", level);
			properties.put("levelText", strip(requirement.levelText()));
			properties.put("importance", requirement.importance());
			properties.put("assessedBy", cleanList(requirement.assessedBy()));
			properties.put("criterion", strip(requirement.criterion()));
			properties.put("derivedFromDuty", Boolean.TRUE.equals(requirement.derivedFromDuty()));
			putProvenance(properties, requirement.provenance());
			Map<String, Object> row = new HashMap<>();
			row.put("jobId", String.valueOf(job.id()));
			row.put("capabilityId", capabilityId);
			row.put("properties", properties);
			rows.put(capabilityId, row);
		}
		return rows;
	}

	private List<Map<String, Object>> careerLinkRows(String jobPath, JobDefinition job, Set<String> jobsInFile) {
		List<Map<String, Object>> rows = new ArrayList<>();
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
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("track", link.track() == null ? null : link.track().strip().toLowerCase(Locale.ROOT));
			properties.put("conditions", strip(link.conditions()));
			properties.put("requiredCapabilities", required);
			putProvenance(properties, link.provenance());
			Map<String, Object> row = new HashMap<>();
			row.put("fromId", String.valueOf(job.id()));
			row.put("toId", target);
			row.put("properties", properties);
			rows.add(row);
		}
		return rows;
	}

	/** Where a requirement or link comes from; the document defaults to the file's source document. */
	private void putProvenance(Map<String, Object> properties, @Nullable Provenance provenance) {
		properties.put("sourceDocument", provenance == null || isBlank(provenance.document()) ? this.sourceDocument
				: provenance.document().strip());
		properties.put("sourceSection", provenance == null ? null : strip(provenance.section()));
		properties.put("sourceText", provenance == null ? null : strip(provenance.text()));
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

	private static String slug(@Nullable String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String strip(@Nullable String text) {
		return isBlank(text) ? null : text.strip().replaceAll("\\s+", " ");
	}

	private static List<String> cleanList(@Nullable List<String> values) {
		return orEmpty(values).stream()
			.filter(v -> v != null && !v.isBlank())
			.map(v -> v.strip().replaceAll("\\s+", " "))
			.distinct()
			.toList();
	}

	private static <T> List<T> orEmpty(@Nullable List<T> values) {
		return values == null ? List.of() : values;
	}

	private static <K, V> Map<K, V> orEmpty(@Nullable Map<K, V> values) {
		return values == null ? Map.of() : values;
	}

}
