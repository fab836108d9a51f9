package org.competencygraph.framework.onet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.competencygraph.framework.Framework;
import org.competencygraph.framework.GraphPlan;
import org.competencygraph.framework.GraphPlan.SourceFile;
import org.competencygraph.framework.InvalidFrameworkDataException;
import org.competencygraph.framework.Problems;
import org.competencygraph.framework.ReleaseFolder;
import org.competencygraph.framework.ReleaseTables;
import org.competencygraph.framework.SourceTable;
import org.competencygraph.framework.SourceTable.Dialect;
import org.competencygraph.framework.SourceTable.Row;
import org.competencygraph.framework.Values;
import org.competencygraph.importer.ProficiencyScale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads an O*NET text release folder (tab-separated files, found by file name, columns by header name) into a
 * {@link GraphPlan}. Every file is read and checked completely first; any problem rejects the release before a
 * single write. docs/frameworks.md describes the model and the mapping rules.
 */
public final class OnetReader {

	static final String OCCUPATIONS = "Occupation Data.txt";

	static final String ALTERNATE_TITLES = "Alternate Titles.txt";

	static final String JOB_ZONES = "Job Zones.txt";

	static final String JOB_ZONE_REFERENCE = "Job Zone Reference.txt";

	static final String CONTENT_MODEL = "Content Model Reference.txt";

	static final String SKILLS = "Skills.txt";

	static final String KNOWLEDGE = "Knowledge.txt";

	static final String WORK_STYLES = "Work Styles.txt";

	static final String TECHNOLOGY = "Technology Skills.txt";

	static final String EDUCATION = "Education, Training, and Experience.txt";

	static final String EDUCATION_CATEGORIES = "Education, Training, and Experience Categories.txt";

	static final String README = "Read Me.txt";

	static final String CODE = "O*NET-SOC Code";

	static final String SOC_CODE = "\\d{2}-\\d{4}\\.\\d{2}";

	static final String ELEMENT_ID = "\\d+(\\.[A-Za-z0-9]+)*";

	private static final Pattern RELEASE = Pattern.compile("O\\*NET\\s+(\\d+(?:\\.\\d+)*)");

	private final ProficiencyScale scale;

	private final Map<String, String> majorGroups;

	public OnetReader(ProficiencyScale scale) {
		this.scale = scale;
		this.majorGroups = loadMajorGroups();
	}

	public GraphPlan read(Path directory) {
		return read(ReleaseFolder.open(directory, Framework.ONET));
	}

	public GraphPlan read(ReleaseFolder folder) {
		String release = release(folder);
		GraphPlan plan = new GraphPlan(Framework.ONET, release);
		Problems problems = new Problems();
		ReleaseTables tables = new ReleaseTables(folder, Dialect.TAB, problems, plan, name -> new String[] { name });
		ReleaseTables.Table occupationsFile = tables.required(OCCUPATIONS, CODE, "Title", "Description");
		ReleaseTables.Table alternateTitlesFile = tables.optional(ALTERNATE_TITLES, "occupations get no aliases", CODE,
				"Alternate Title");
		ReleaseTables.Table jobZonesFile = tables.optional(JOB_ZONES, "occupations get no job zone", CODE, "Job Zone");
		ReleaseTables.Table jobZoneNamesFile = tables.optional(JOB_ZONE_REFERENCE, "job zones get no names", "Job Zone", "Name");
		ReleaseTables.Table contentModelFile = tables.optional(CONTENT_MODEL, "capabilities get no descriptions", "Element ID",
				"Element Name", "Description");
		String[] ratingColumns = { CODE, "Element ID", "Element Name", "Scale ID", "Data Value", "Recommend Suppress",
				"Not Relevant" };
		ReleaseTables.Table skillsFile = tables.optional(SKILLS, "no skills or skill requirements", ratingColumns);
		ReleaseTables.Table knowledgeFile = tables.optional(KNOWLEDGE, "no knowledge areas or knowledge requirements",
				ratingColumns);
		ReleaseTables.Table workStylesFile = tables.optional(WORK_STYLES, "no work styles (competencies)", CODE, "Element ID",
				"Element Name", "Scale ID", "Data Value");
		ReleaseTables.Table technologyFile = tables.optional(TECHNOLOGY, "no technology skills", CODE, "Example",
				"Commodity Code", "Commodity Title", "Hot Technology", "In Demand");
		ReleaseTables.Table educationFile = tables.optional(EDUCATION, "no education or experience requirements", CODE,
				"Element ID", "Scale ID", "Category", "Data Value", "Recommend Suppress");
		ReleaseTables.Table educationCategoriesFile = tables.optional(EDUCATION_CATEGORIES, "education and "
				+ "experience categories have no names, so no education or experience requirements", "Element ID",
				"Scale ID", "Category", "Category Description");
		tables.readAll();
		failOn(problems, folder.root());
		SourceTable occupations = java.util.Objects.requireNonNull(occupationsFile.get());
		SourceTable alternateTitles = alternateTitlesFile.get();
		SourceTable jobZones = jobZonesFile.get();
		SourceTable jobZoneNames = jobZoneNamesFile.get();
		SourceTable contentModel = contentModelFile.get();
		SourceTable skills = skillsFile.get();
		SourceTable knowledge = knowledgeFile.get();
		SourceTable workStyles = workStylesFile.get();
		SourceTable technology = technologyFile.get();
		SourceTable education = educationFile.get();
		SourceTable educationCategories = educationCategoriesFile.get();

		Map<String, Map<String, Object>> jobs = occupations(occupations, release, problems);
		if (alternateTitles != null) {
			aliases(alternateTitles, jobs, plan.file(alternateTitles.name(), 0), problems);
		}
		if (jobZones != null) {
			jobZones(jobZones, jobZoneNames, jobs, plan.file(jobZones.name(), 0), problems);
		}
		writeOccupations(plan, occupations.name(), release, jobs);
		Map<String, String> descriptions = contentModel == null ? Map.of() : descriptions(contentModel, problems);
		OnetRequirements requirements = new OnetRequirements(this.scale, plan, problems, release, jobs.keySet(),
				descriptions);
		if (skills != null) {
			requirements.ratings(skills, "Skill", "Skills");
		}
		if (knowledge != null) {
			requirements.ratings(knowledge, "KnowledgeArea", "Knowledge");
		}
		if (workStyles != null) {
			requirements.workStyles(workStyles);
		}
		if (technology != null) {
			requirements.technology(technology);
		}
		if (education != null) {
			requirements.education(education, educationCategories);
		}
		failOn(problems, folder.root());
		return plan;
	}

	private static void failOn(Problems problems, Path directory) {
		if (!problems.isEmpty()) {
			throw new InvalidFrameworkDataException(Framework.ONET, directory.toString(), problems.list());
		}
	}

	/** The release number from Read Me.txt ("O*NET 30.1 Database"), else from the folder name. */
	private static String release(ReleaseFolder folder) {
		Path readMe = folder.find(README);
		if (readMe != null) {
			try {
				Matcher matcher = RELEASE.matcher(Files.readString(readMe, StandardCharsets.UTF_8));
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
			catch (IOException | UncheckedIOException ex) {
				// the folder name is the fallback
			}
		}
		String version = folder.versionInName();
		return version == null ? "unknown" : version;
	}

	private Map<String, Map<String, Object>> occupations(SourceTable table, String release, Problems problems) {
		Map<String, Map<String, Object>> jobs = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			String code = Values.matching(table, row, CODE, SOC_CODE, "an O*NET-SOC code such as 15-1244.00",
					problems);
			String title = table.get(row, "Title");
			if (title.isEmpty()) {
				problems.add(table.name(), row.line(), "Title is empty");
			}
			if (code == null || title.isEmpty()) {
				continue;
			}
			if (jobs.containsKey(code)) {
				problems.add(table.name(), row.line(), "O*NET-SOC Code " + code + " is listed twice");
				continue;
			}
			Map<String, Object> job = new LinkedHashMap<>();
			job.put("id", id(code));
			job.put("framework", Framework.ONET.id());
			job.put("sourceId", code);
			job.put("code", code);
			job.put("title", title);
			job.put("summary", emptyToNull(table.get(row, "Description")));
			job.put("detailedProfile", true);
			job.put("release", release);
			job.put("sourceDocument", "O*NET " + release + " Database");
			job.put("sourceTitle", "O*NET " + release + " Database by the U.S. Department of Labor, Employment and "
					+ "Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.");
			job.put("sourceUrl", "https://www.onetonline.org/link/summary/" + code);
			jobs.put(code, job);
		}
		return jobs;
	}

	private static void aliases(SourceTable table, Map<String, Map<String, Object>> jobs, SourceFile file,
			Problems problems) {
		Map<String, Set<String>> aliases = new HashMap<>();
		for (Row row : table.rows()) {
			String code = Values.matching(table, row, CODE, SOC_CODE, "an O*NET-SOC code", problems);
			String title = table.get(row, "Alternate Title");
			if (code == null) {
				continue;
			}
			if (!jobs.containsKey(code)) {
				file.skip("occupation not in " + OCCUPATIONS);
				continue;
			}
			if (title.isEmpty()) {
				problems.add(table.name(), row.line(), "Alternate Title is empty");
				continue;
			}
			Set<String> names = aliases.computeIfAbsent(code, c -> new LinkedHashSet<>());
			names.add(title);
			String shortTitle = table.get(row, "Short Title");
			if (!shortTitle.isEmpty() && !shortTitle.equalsIgnoreCase("n/a")) {
				names.add(shortTitle);
			}
		}
		jobs.forEach((code, job) -> {
			String title = ((String) job.get("title")).toLowerCase(Locale.ROOT);
			job.put("aliases", aliases.getOrDefault(code, Set.of()).stream()
				.filter(a -> !a.toLowerCase(Locale.ROOT).equals(title))
				.toList());
		});
	}

	private static void jobZones(SourceTable table, @Nullable SourceTable reference,
			Map<String, Map<String, Object>> jobs, SourceFile file, Problems problems) {
		Map<Long, String> names = new HashMap<>();
		if (reference != null) {
			for (Row row : reference.rows()) {
				Double zone = Values.number(reference, row, "Job Zone", 1, 5, problems);
				if (zone != null) {
					names.put(zone.longValue(), reference.get(row, "Name"));
				}
			}
		}
		for (Row row : table.rows()) {
			String code = Values.matching(table, row, CODE, SOC_CODE, "an O*NET-SOC code", problems);
			Double zone = Values.number(table, row, "Job Zone", 1, 5, problems);
			if (code == null || zone == null) {
				continue;
			}
			Map<String, Object> job = jobs.get(code);
			if (job == null) {
				file.skip("occupation not in " + OCCUPATIONS);
				continue;
			}
			job.put("jobZone", zone.longValue());
			job.put("jobZoneName", names.get(zone.longValue()));
		}
	}

	private void writeOccupations(GraphPlan plan, String file, String release, Map<String, Map<String, Object>> jobs) {
		Map<String, Object> organization = Framework.ONET.organization(release, "O*NET " + release + " Database by "
				+ "the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the "
				+ "CC BY 4.0 license.");
		plan.nodes(file, "Organization", "(:Organization)").add(Framework.ONET.id(), List.of(), organization);
		var families = plan.nodes(file, "JobFamily", "(:JobFamily) SOC major groups");
		var occupations = plan.nodes(file, "Job", "(:Job:Occupation)");
		var ofOrganization = plan.relationships(file, "OF_ORGANIZATION", "JobFamily", "Organization",
				"(:JobFamily)-[:OF_ORGANIZATION]->(:Organization)", null, false);
		var inOrganization = plan.relationships(file, "IN_ORGANIZATION", "Job", "Organization",
				"(:Job)-[:IN_ORGANIZATION]->(:Organization)", null, false);
		var inFamily = plan.relationships(file, "IN_FAMILY", "Job", "JobFamily", "(:Job)-[:IN_FAMILY]->(:JobFamily)",
				null, false);
		Map<String, String> familyIds = new TreeMap<>();
		jobs.forEach((code, job) -> {
			String major = code.substring(0, 2);
			String familyId = Framework.ONET.idPrefix() + "soc-" + major;
			if (familyIds.put(major, familyId) == null) {
				Map<String, Object> family = new LinkedHashMap<>();
				family.put("id", familyId);
				family.put("name", this.majorGroups.getOrDefault(major, "SOC major group " + major + "-0000"));
				family.put("framework", Framework.ONET.id());
				family.put("sourceId", major + "-0000");
				family.put("code", major + "-0000");
				family.put("release", release);
				families.add(familyId, List.of(), family);
				ofOrganization.add(familyId, Framework.ONET.id(), Map.of());
			}
			occupations.add((String) job.get("id"), List.of("Occupation"), job);
			inOrganization.add((String) job.get("id"), Framework.ONET.id(), Map.of());
			inFamily.add((String) job.get("id"), familyId, Map.of());
		});
	}

	private static Map<String, String> descriptions(SourceTable table, Problems problems) {
		Map<String, String> descriptions = new HashMap<>();
		for (Row row : table.rows()) {
			String element = Values.matching(table, row, "Element ID", ELEMENT_ID, "an O*NET element id such as "
					+ "2.A.2.a", problems);
			String description = table.get(row, "Description");
			if (element != null && !description.isEmpty()) {
				descriptions.put(element, description);
			}
		}
		return descriptions;
	}

	static String id(String sourceId) {
		return Framework.ONET.idPrefix() + sourceId;
	}

	static @Nullable String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	private static Map<String, String> loadMajorGroups() {
		try (InputStream in = new ClassPathResource("frameworks/soc-major-groups.yaml").getInputStream()) {
			return new YAMLMapper().readValue(in, new TypeReference<Map<String, String>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read frameworks/soc-major-groups.yaml", ex);
		}
	}

}
