package org.competencygraph.importer.onet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.competencygraph.background.JobProgress;
import org.competencygraph.framework.Framework;
import org.competencygraph.importer.GraphPlan;
import org.competencygraph.importer.InvalidFrameworkDataException;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.importer.Problems;
import org.competencygraph.importer.ReleaseFolder;
import org.competencygraph.importer.ReleaseReader;
import org.competencygraph.importer.ReleaseTables;
import org.competencygraph.importer.ReleaseTables.Table;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Dialect;
import org.competencygraph.importer.onet.OnetRatings.RatedFile;

import org.springframework.stereotype.Component;

/**
 * Reads an O*NET text release folder (tab-separated files, found by file name, columns by header name) into a
 * {@link GraphPlan}. Every file is read and checked completely first; any problem rejects the release before a
 * single write. docs/frameworks.md describes the model and the mapping rules.
 */
@Component
final class OnetReader implements ReleaseReader {

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

	static final String TASKS = "Task Statements.txt";

	static final String TASKS_TO_DWAS = "Tasks to DWAs.txt";

	static final String DWA_REFERENCE = "DWA Reference.txt";

	static final String IWA_REFERENCE = "IWA Reference.txt";

	static final String INTERESTS = "Interests.txt";

	static final String README = "Read Me.txt";

	private static final Pattern RELEASE = Pattern.compile("O\\*NET\\s+(\\d+(?:\\.\\d+)*)");

	private final ProficiencyScale scale;

	private final Map<String, String> majorGroups = OnetOccupations.loadMajorGroups();

	OnetReader(ProficiencyScale scale) {
		this.scale = scale;
	}

	@Override
	public Framework framework() {
		return Framework.ONET;
	}

	@Override
	public GraphPlan read(ReleaseFolder folder, JobProgress progress) {
		String release = release(folder);
		GraphPlan plan = new GraphPlan(Framework.ONET, release);
		Problems problems = new Problems();
		ReleaseTables tables = new ReleaseTables(folder, Dialect.TAB, problems, plan, name -> new String[] { name });
		Table occupationsFile = tables.required(OCCUPATIONS, OnetColumns.CODE, "Title", "Description");
		Table alternateTitlesFile = tables.optional(ALTERNATE_TITLES, "occupations get no aliases", OnetColumns.CODE,
				"Alternate Title");
		Table jobZonesFile = tables.optional(JOB_ZONES, "occupations get no job zone", OnetColumns.CODE, "Job Zone");
		Table jobZoneNamesFile = tables.optional(JOB_ZONE_REFERENCE, "job zones get no names", "Job Zone", "Name");
		Table contentModelFile = tables.optional(CONTENT_MODEL, "capabilities get no descriptions", "Element ID",
				"Element Name", "Description");
		Table skillsFile = tables.optional(SKILLS, "no skills or skill requirements", RatedFile.SKILLS.columns());
		Table knowledgeFile = tables.optional(KNOWLEDGE, "no knowledge areas or knowledge requirements",
				RatedFile.KNOWLEDGE.columns());
		Table workStylesFile = tables.optional(WORK_STYLES, "no work styles (competencies)",
				RatedFile.WORK_STYLES.columns());
		Table technologyFile = tables.optional(TECHNOLOGY, "no technology skills", OnetColumns.CODE, "Example",
				"Commodity Code", "Commodity Title", "Hot Technology", "In Demand");
		Table educationFile = tables.optional(EDUCATION, "no education or experience requirements", OnetColumns.CODE,
				"Element ID", "Scale ID", "Category", "Data Value", "Recommend Suppress");
		Table educationCategoriesFile = tables.optional(EDUCATION_CATEGORIES, "education and experience categories "
				+ "have no names, so no education or experience requirements", "Element ID", "Scale ID", "Category",
				"Category Description");
		Table tasksFile = tables.optional(TASKS, "occupations get no task statements (duties)", OnetColumns.CODE,
				OnetTasks.TASK_ID, "Task", OnetTasks.TASK_TYPE);
		Table dwaFile = tables.optional(DWA_REFERENCE, "no detailed work activities", "Element ID",
				OnetWorkActivities.IWA_ID, OnetWorkActivities.DWA_ID, "DWA Title");
		Table iwaFile = tables.optional(IWA_REFERENCE, "detailed work activities get no IWA titles",
				OnetWorkActivities.IWA_ID, "IWA Title");
		Table tasksToDwasFile = tables.optional(TASKS_TO_DWAS, "task statements get no detailed work activities",
				OnetColumns.CODE, OnetTasks.TASK_ID, OnetWorkActivities.DWA_ID);
		Table interestsFile = tables.optional(INTERESTS, "occupations get no interests", OnetColumns.CODE,
				"Element ID", "Scale ID", "Data Value");
		tables.readAll(progress);
		failOn(problems, folder.root());
		SourceTable alternateTitles = alternateTitlesFile.get();
		SourceTable jobZones = jobZonesFile.get();
		SourceTable contentModel = contentModelFile.get();
		SourceTable skills = skillsFile.get();
		SourceTable knowledge = knowledgeFile.get();
		SourceTable workStyles = workStylesFile.get();
		SourceTable technology = technologyFile.get();
		SourceTable education = educationFile.get();
		SourceTable tasks = tasksFile.get();
		SourceTable dwas = dwaFile.get();
		SourceTable tasksToDwas = tasksToDwasFile.get();
		SourceTable interests = interestsFile.get();

		OnetOccupations occupations = new OnetOccupations(Objects.requireNonNull(occupationsFile.get()), release,
				problems);
		if (alternateTitles != null) {
			occupations.aliases(alternateTitles, plan.file(alternateTitles.name(), 0));
		}
		if (jobZones != null) {
			occupations.jobZones(jobZones, jobZoneNamesFile.get(), plan.file(jobZones.name(), 0));
		}
		OnetColumns columns = new OnetColumns(problems, occupations.codes());
		if (interests != null) {
			occupations.interests(OnetInterests.read(interests, columns, plan.file(interests.name(), 0)));
		}
		occupations.addTo(plan, this.majorGroups);
		Map<String, String> descriptions = contentModel == null ? Map.of() : columns.descriptions(contentModel);
		OnetRatings ratings = new OnetRatings(this.scale, plan, columns, release, descriptions);
		if (skills != null) {
			ratings.read(skills, RatedFile.SKILLS);
		}
		if (knowledge != null) {
			ratings.read(knowledge, RatedFile.KNOWLEDGE);
		}
		if (workStyles != null) {
			ratings.read(workStyles, RatedFile.WORK_STYLES);
		}
		if (technology != null) {
			new OnetTechnologySkills(plan, columns, release).read(technology);
		}
		if (education != null) {
			new OnetEducationLevels(plan, columns, release).read(education, educationCategoriesFile.get());
		}
		Set<String> taskIds = tasks != null ? new OnetTasks(plan, columns, release).read(tasks) : Set.of();
		if (dwas != null) {
			OnetWorkActivities activities = new OnetWorkActivities(plan, columns, release);
			activities.reference(dwas, iwaFile.get());
			if (tasksToDwas != null) {
				activities.tasks(tasksToDwas, taskIds);
			}
		}
		else if (tasksToDwas != null) {
			plan.file(tasksToDwas.name(), 0).skip("DWA not in " + DWA_REFERENCE, tasksToDwas.rows().size());
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

	static String id(String sourceId) {
		return Framework.ONET.idPrefix() + sourceId;
	}

}
