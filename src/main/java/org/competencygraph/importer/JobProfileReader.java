package org.competencygraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.competencygraph.importer.JobProfileFile.CapabilityDefinition;
import org.competencygraph.importer.JobProfileFile.CareerLinkDefinition;
import org.competencygraph.importer.JobProfileFile.JobDefinition;
import org.competencygraph.importer.JobProfileFile.Provenance;
import org.competencygraph.importer.JobProfileFile.RequirementDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a job-profile file (YAML or JSON) and checks every rule of docs/job-profile-format.md, collecting all
 * problems rather than stopping at the first. What it returns is ready to write; what it rejects never reaches
 * the database.
 */
final class JobProfileReader {

	static final String FORMAT = "competency-graph/job-profile@1";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+([-/.:_][a-z0-9]+)*");

	private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private static final Set<String> KINDS = Set.of("Skill", "Ability", "KnowledgeArea", "Competency",
			"Qualification");

	private static final Set<String> QUALIFICATION_TYPES = Set.of("degree", "certification", "qualification-level",
			"experience", "licence", "other");

	private static final Set<String> PRIORITIES = Set.of("essential", "desirable");

	private final YAMLMapper mapper = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final ProficiencyScale scale;

	JobProfileReader(ProficiencyScale scale) {
		this.scale = scale;
	}

	ImportPlan read(String fileName, String content) {
		JobProfileFile file;
		try {
			file = this.mapper.readValue(content, JobProfileFile.class);
		}
		catch (JacksonException ex) {
			throw new InvalidJobProfileException(fileName, List.of(describe(ex)));
		}
		if (file == null) {
			throw new InvalidJobProfileException(fileName, List.of("the file is empty"));
		}
		return new Validation(fileName, file).run();
	}

	/** Turns a parse or binding error into "where: what" without Java type names. */
	private static String describe(JacksonException ex) {
		// A binding error has an exact field path; its line is unreliable, because record properties are
		// buffered before they are bound. A syntax error has only a line and column.
		String where = ex instanceof DatabindException bind && !bind.getPath().isEmpty() ? path(bind.getPath())
				: location(ex.getLocation());
		String what;
		if (ex instanceof UnrecognizedPropertyException unknown) {
			what = "unknown field '" + unknown.getPropertyName() + "'" + (unknown.getKnownPropertyIds() == null ? ""
					: ", expected one of " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
						.collect(Collectors.joining(", ")));
		}
		else if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			what = "expected " + describeType(mismatch.getTargetType());
		}
		else {
			what = firstLine(ex.getOriginalMessage());
		}
		return (where.isEmpty() ? "" : where + ": ") + what;
	}

	private static String location(@Nullable TokenStreamLocation location) {
		return (location == null || location.getLineNr() < 1) ? ""
				: "line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	private static String path(List<JacksonException.Reference> references) {
		var path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
		}
		return path.toString();
	}

	private static String describeType(Class<?> type) {
		if (type == Double.class || type == double.class || type == Integer.class || type == int.class) {
			return type == Integer.class || type == int.class ? "a whole number" : "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a text value";
		}
		if (List.class.isAssignableFrom(type)) {
			return "a list";
		}
		return "a mapping of fields";
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "unreadable content";
		}
		String line = message.lines().findFirst().orElse(message).strip();
		// Parser messages may name internal classes; keep only the human part.
		return line.replaceAll("\\(class [^)]*\\)", "").replaceAll("`[a-z]+(\\.[A-Za-z$]+)+`", "value");
	}

	/** One pass over one file: collects problems and builds the rows. */
	private final class Validation {

		private final String fileName;

		private final JobProfileFile file;

		private final List<String> problems = new ArrayList<>();

		private final Map<String, Map<String, Object>> capabilities = new LinkedHashMap<>();

		private final Set<String> externalCapabilityIds = new LinkedHashSet<>();

		private final Set<String> externalJobIds = new LinkedHashSet<>();

		private String sourceDocument = "";

		private @Nullable String sourceTitle;

		private @Nullable String sourceUrl;

		Validation(String fileName, JobProfileFile file) {
			this.fileName = fileName;
			this.file = file;
		}

		ImportPlan run() {
			if (!FORMAT.equals(this.file.format())) {
				problem("format", "must be '" + FORMAT + "'" + (this.file.format() == null ? "" : ", was '"
						+ this.file.format() + "'"));
			}
			if (this.file.source() == null || isBlank(this.file.source().document())) {
				problem("source.document", "is required: the file name of the source document");
			}
			else {
				this.sourceDocument = this.file.source().document().strip();
				this.sourceTitle = this.file.source().title();
				this.sourceUrl = this.file.source().url();
			}
			List<CapabilityDefinition> capabilityDefinitions = orEmpty(this.file.capabilities());
			for (int i = 0; i < capabilityDefinitions.size(); i++) {
				defineCapability("capabilities[" + i + "]", capabilityDefinitions.get(i));
			}
			List<JobDefinition> jobs = orEmpty(this.file.jobs());
			if (jobs.isEmpty()) {
				problem("jobs", "must list at least one job");
			}
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
						String path = "jobs[" + i + "].requirements[" + r + "].capability";
						try {
							defineCapability(path, mapper.treeToValue(capability, CapabilityDefinition.class));
						}
						catch (JacksonException ex) {
							problem(path, describe(ex));
						}
					}
				}
			}
			List<Map<String, Object>> jobRows = new ArrayList<>();
			Map<String, Map<String, Map<String, Object>>> ownRequirements = new LinkedHashMap<>();
			List<Map<String, Object>> careerLinks = new ArrayList<>();
			for (int i = 0; i < jobs.size(); i++) {
				JobDefinition job = jobs.get(i);
				String path = "jobs[" + i + "]";
				jobRows.add(jobRow(path, job));
				ownRequirements.put(String.valueOf(job.id()), requirementRows(path, job));
				careerLinks.addAll(careerLinkRows(path, job, jobIndex.keySet()));
			}
			List<Map<String, Object>> requirementRows = withInheritance(jobs, jobIndex, ownRequirements);
			if (!this.problems.isEmpty()) {
				throw new InvalidJobProfileException(this.fileName, this.problems);
			}
			this.externalCapabilityIds.removeAll(this.capabilities.keySet());
			return new ImportPlan(this.fileName, List.copyOf(this.capabilities.values()), jobRows, requirementRows,
					careerLinks, this.externalCapabilityIds, this.externalJobIds);
		}

		private void defineCapability(String path, CapabilityDefinition definition) {
			String id = checkId(path + ".id", definition.id());
			if (!isOneOf(KINDS, definition.kind())) {
				problem(path + ".kind", "must be one of " + sorted(KINDS) + (definition.kind() == null ? ""
						: ", was '" + definition.kind() + "'"));
			}
			if (isBlank(definition.name())) {
				problem(path + ".name", "is required");
			}
			if ("Qualification".equals(definition.kind())
					&& !isOneOf(QUALIFICATION_TYPES, definition.qualificationType())) {
				problem(path + ".qualificationType", "a Qualification needs one of " + sorted(QUALIFICATION_TYPES));
			}
			if (id == null) {
				return;
			}
			Map<String, Object> existing = this.capabilities.get(id);
			List<String> aliases = cleanList(definition.aliases());
			if (existing != null) {
				if (!existing.get("kind").equals(definition.kind())) {
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

		private Map<String, Object> jobRow(String path, JobDefinition job) {
			checkId(path + ".id", job.id());
			if (isBlank(job.title())) {
				problem(path + ".title", "is required");
			}
			if (isBlank(job.organization())) {
				problem(path + ".organization", "is required");
			}
			var level = job.responsibilityLevel();
			if (level != null && (level.level() == null || level.level() < 1 || level.level() > 7)) {
				problem(path + ".responsibilityLevel.level", "must be a whole number from 1 to 7");
			}
			if (job.effectiveDate() != null && !DATE.matcher(job.effectiveDate()).matches()) {
				problem(path + ".effectiveDate", "must be YYYY-MM-DD, YYYY-MM or YYYY, was '" + job.effectiveDate() + "'");
			}
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
			properties.put("sourceTitle", this.sourceTitle);
			properties.put("sourceUrl", this.sourceUrl);
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
				String capabilityId = capabilityReference(path + ".capability", requirement.capability());
				if (!isOneOf(PRIORITIES, requirement.priority())) {
					problem(path + ".priority", "must be essential or desirable" + (requirement.priority() == null
							? "" : ", was '" + requirement.priority() + "'"));
				}
				Double level = requirement.level();
				if (level != null && (level < ProficiencyScale.MIN_LEVEL || level > ProficiencyScale.MAX_LEVEL)) {
					problem(path + ".level", "must be from 0 to 7 on the proficiency scale, was " + level);
				}
				if (level == null && !isBlank(requirement.levelText())) {
					Integer fromWord = scale.levelOfWord(requirement.levelText());
					if (fromWord == null && !looksLikeDuration(requirement.levelText())) {
						problem(path + ".levelText", "'" + requirement.levelText() + "' is not a word of the "
								+ "proficiency scale; give level (0-7) too, or use one of " + scale.words());
					}
					level = fromWord == null ? null : fromWord.doubleValue();
				}
				Double importance = requirement.importance();
				if (importance != null && (importance < 0 || importance > 1)) {
					problem(path + ".importance", "must be from 0 to 1, was " + importance);
				}
				Provenance provenance = requirement.provenance();
				if (provenance == null || isBlank(provenance.section())) {
					problem(path + ".provenance.section", "is required: the section of the source document");
				}
				if (provenance == null || isBlank(provenance.text())) {
					problem(path + ".provenance.text", "is required: the verbatim source text");
				}
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
				properties.put("importance", importance);
				properties.put("assessedBy", cleanList(requirement.assessedBy()));
				properties.put("criterion", strip(requirement.criterion()));
				properties.put("derivedFromDuty", Boolean.TRUE.equals(requirement.derivedFromDuty()));
				putProvenance(properties, provenance);
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
				String target = checkId(path + ".job", link.job());
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
				for (int c = 0; c < required.size(); c++) {
					if (checkId(path + ".requiredCapabilities[" + c + "]", required.get(c)) != null) {
						this.externalCapabilityIds.add(required.get(c));
					}
				}
				Provenance provenance = link.provenance();
				Map<String, Object> properties = new LinkedHashMap<>();
				properties.put("track", link.track() == null ? null : link.track().strip().toLowerCase(Locale.ROOT));
				properties.put("conditions", strip(link.conditions()));
				properties.put("requiredCapabilities", required);
				putProvenance(properties, provenance);
				Map<String, Object> row = new HashMap<>();
				row.put("fromId", String.valueOf(job.id()));
				row.put("toId", target);
				row.put("properties", properties);
				rows.add(row);
			}
			return rows;
		}

		/**
		 * Applies {@code includesRequirementsOf} transitively: a job has the requirements of the job it includes
		 * (marked {@code inheritedFrom} the job that states them), except where it states its own requirement of
		 * the same capability.
		 */
		private List<Map<String, Object>> withInheritance(List<JobDefinition> jobs, Map<String, Integer> jobIndex,
				Map<String, Map<String, Map<String, Object>>> own) {
			Map<String, Map<String, Map<String, Object>>> effective = new LinkedHashMap<>();
			for (int i = 0; i < jobs.size(); i++) {
				resolve(jobs, i, jobIndex, own, effective, new LinkedHashSet<>());
			}
			return effective.values().stream().flatMap(m -> m.values().stream()).toList();
		}

		private Map<String, Map<String, Object>> resolve(List<JobDefinition> jobs, int index,
				Map<String, Integer> jobIndex, Map<String, Map<String, Map<String, Object>>> own,
				Map<String, Map<String, Map<String, Object>>> effective, Set<String> visiting) {
			JobDefinition job = jobs.get(index);
			String id = String.valueOf(job.id());
			if (effective.containsKey(id)) {
				return effective.get(id);
			}
			Map<String, Map<String, Object>> result = new LinkedHashMap<>();
			String parent = job.includesRequirementsOf();
			if (parent != null) {
				String path = "jobs[" + index + "].includesRequirementsOf";
				if (!jobIndex.containsKey(parent)) {
					problem(path, "'" + parent + "' is not a job of this file");
				}
				else if (!visiting.add(id) || parent.equals(id)) {
					problem(path, "'" + parent + "' leads back to this job: inclusion must not go round in a circle");
				}
				else {
					resolve(jobs, jobIndex.get(parent), jobIndex, own, effective, visiting)
						.forEach((capabilityId, inherited) -> result.put(capabilityId, inheritedCopy(id, parent,
								inherited)));
				}
			}
			result.putAll(own.getOrDefault(id, Map.of()));
			effective.put(id, result);
			return result;
		}

		private Map<String, Object> inheritedCopy(String jobId, String parentId, Map<String, Object> inherited) {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) inherited.get("properties"));
			// Keeps the job that states the requirement when it comes down through several levels.
			properties.putIfAbsent("inheritedFrom", parentId);
			Map<String, Object> row = new HashMap<>(inherited);
			row.put("jobId", jobId);
			row.put("properties", properties);
			return row;
		}

		/** Where a requirement or link comes from; the document defaults to the file's source document. */
		private void putProvenance(Map<String, Object> properties, @Nullable Provenance provenance) {
			properties.put("sourceDocument", provenance == null || isBlank(provenance.document())
					? this.sourceDocument : provenance.document().strip());
			properties.put("sourceSection", provenance == null ? null : strip(provenance.section()));
			properties.put("sourceText", provenance == null ? null : strip(provenance.text()));
		}

		private @Nullable String capabilityReference(String path, @Nullable JsonNode capability) {
			if (capability == null || capability.isNull()) {
				problem(path, "is required: a capability id or an inline capability definition");
				return null;
			}
			if (capability.isObject()) {
				JsonNode id = capability.get("id");
				return id != null && id.isString() ? id.asString() : null;
			}
			if (!capability.isString()) {
				problem(path, "must be a capability id or an inline capability definition");
				return null;
			}
			String id = checkId(path, capability.asString());
			if (id != null && !this.capabilities.containsKey(id)) {
				this.externalCapabilityIds.add(id);
			}
			return id;
		}

		private @Nullable String checkId(String path, @Nullable String id) {
			if (isBlank(id)) {
				problem(path, "is required");
				return null;
			}
			if (!ID.matcher(id).matches()) {
				problem(path, "'" + id + "' is not a valid id: use lower-case letters and digits, words joined "
						+ "by - / . : or _");
				return null;
			}
			return id;
		}

		private void problem(String path, String message) {
			this.problems.add(path + ": " + message);
		}

	}

	private static boolean looksLikeDuration(String text) {
		return text.matches("(?i).*\\d+\\+?\\s*(years?|months?).*");
	}

	static String slug(@Nullable String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	private static boolean isOneOf(Set<String> allowed, @Nullable String value) {
		return value != null && allowed.contains(value);
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

	private static String sorted(Set<String> values) {
		return values.stream().sorted().collect(Collectors.joining(", "));
	}

}
