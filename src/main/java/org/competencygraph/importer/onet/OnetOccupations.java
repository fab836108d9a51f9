package org.competencygraph.importer.onet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.competencygraph.framework.Framework;
import org.competencygraph.importer.GraphPlan;
import org.competencygraph.importer.GraphPlan.NodeSet;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.competencygraph.importer.GraphPlan.SourceFile;
import org.competencygraph.importer.JobFamilyRow;
import org.competencygraph.importer.KeyLabel;
import org.competencygraph.importer.LinkRow;
import org.competencygraph.importer.OccupationRow;
import org.competencygraph.importer.OccupationRow.OnetDetails;
import org.competencygraph.importer.OrganizationRow;
import org.competencygraph.importer.Problems;
import org.competencygraph.importer.RelationshipType;
import org.competencygraph.importer.SourceTable;
import org.competencygraph.importer.SourceTable.Row;
import org.competencygraph.importer.Values;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * O*NET's occupations (Occupation Data.txt), with their other titles (Alternate Titles.txt), job zones (Job
 * Zones.txt) and interests (Interests.txt), as occupation nodes of the O*NET organization in job families of their
 * SOC major group.
 */
final class OnetOccupations {

	/**
	 * How SOC names a residual occupation, the rest of its group not listed separately: "Computer Occupations, All
	 * Other". O*NET describes these only with a catalogue note and gives them no tasks or ratings.
	 */
	private static final String RESIDUAL = ", All Other";

	private static final String ATTRIBUTION = "Database by the U.S. Department of Labor, Employment and Training "
			+ "Administration (USDOL/ETA). Used under the CC BY 4.0 license.";

	/** An occupation as Occupation Data.txt gives it. */
	private record Occupation(String title, @Nullable String summary) {
	}

	/** A job zone and its name, if Job Zone Reference.txt gives one. */
	private record JobZone(long zone, @Nullable String name) {
	}

	private final String file;

	private final String release;

	private final Problems problems;

	private final Map<String, Occupation> occupations = new LinkedHashMap<>();

	/** Other titles by code; null without Alternate Titles.txt, so that stored aliases stay. */
	private @Nullable Map<String, List<String>> aliases;

	private final Map<String, JobZone> jobZones = new HashMap<>();

	/** RIASEC interest vectors by code (Interests.txt, {@link OnetInterests}); empty without the file. */
	private Map<String, List<Double>> interests = Map.of();

	OnetOccupations(SourceTable table, String release, Problems problems) {
		this.file = table.name();
		this.release = release;
		this.problems = problems;
		for (Row row : table.rows()) {
			String code = Values.matching(table, row, OnetColumns.CODE, OnetColumns.SOC_CODE,
					"an O*NET-SOC code such as 15-1244.00", problems);
			String title = table.get(row, "Title");
			if (title.isEmpty()) {
				problems.add(table.name(), row.line(), "Title is empty");
			}
			if (code == null || title.isEmpty()) {
				continue;
			}
			if (this.occupations.containsKey(code)) {
				problems.add(table.name(), row.line(), "O*NET-SOC Code " + code + " is listed twice");
				continue;
			}
			String summary = table.get(row, "Description");
			this.occupations.put(code, new Occupation(title, summary.isEmpty() ? null : summary));
		}
	}

	/** The codes of the occupations, in the order of the file. */
	Set<String> codes() {
		return this.occupations.keySet();
	}

	/** Alternate Titles.txt: alternate and short titles, except the occupation's own title. */
	void aliases(SourceTable table, SourceFile file) {
		Map<String, Set<String>> titles = new HashMap<>();
		for (Row row : table.rows()) {
			String code = Values.matching(table, row, OnetColumns.CODE, OnetColumns.SOC_CODE, "an O*NET-SOC code",
					this.problems);
			String title = table.get(row, "Alternate Title");
			if (code == null) {
				continue;
			}
			if (!this.occupations.containsKey(code)) {
				file.skip(OnetColumns.NOT_IN_OCCUPATIONS);
				continue;
			}
			if (title.isEmpty()) {
				this.problems.add(table.name(), row.line(), "Alternate Title is empty");
				continue;
			}
			Set<String> names = titles.computeIfAbsent(code, c -> new LinkedHashSet<>());
			names.add(title);
			String shortTitle = table.get(row, "Short Title");
			if (!shortTitle.isEmpty() && !shortTitle.equalsIgnoreCase("n/a")) {
				names.add(shortTitle);
			}
		}
		Map<String, List<String>> aliases = new HashMap<>();
		this.occupations.forEach((code, occupation) -> {
			String own = occupation.title().toLowerCase(Locale.ROOT);
			aliases.put(code, titles.getOrDefault(code, Set.of()).stream()
				.filter(a -> !a.toLowerCase(Locale.ROOT).equals(own))
				.toList());
		});
		this.aliases = aliases;
	}

	/** Job Zones.txt with the zones' names from Job Zone Reference.txt, if there. */
	void jobZones(SourceTable table, @Nullable SourceTable reference, SourceFile file) {
		Map<Long, String> names = new HashMap<>();
		if (reference != null) {
			for (Row row : reference.rows()) {
				Double zone = Values.number(reference, row, "Job Zone", 1, 5, this.problems);
				if (zone != null) {
					names.put(zone.longValue(), reference.get(row, "Name"));
				}
			}
		}
		for (Row row : table.rows()) {
			String code = Values.matching(table, row, OnetColumns.CODE, OnetColumns.SOC_CODE, "an O*NET-SOC code",
					this.problems);
			Double zone = Values.number(table, row, "Job Zone", 1, 5, this.problems);
			if (code == null || zone == null) {
				continue;
			}
			if (!this.occupations.containsKey(code)) {
				file.skip(OnetColumns.NOT_IN_OCCUPATIONS);
				continue;
			}
			this.jobZones.put(code, new JobZone(zone.longValue(), names.get(zone.longValue())));
		}
	}

	/** The occupations' interest vectors, by code. */
	void interests(Map<String, List<Double>> interests) {
		this.interests = Map.copyOf(interests);
	}

	/**
	 * Adds the organization, the job families (SOC major groups, named from {@code majorGroups}) and the
	 * occupations with their links to both.
	 */
	void addTo(GraphPlan plan, Map<String, String> majorGroups) {
		plan.<OrganizationRow>nodes(this.file, "(:Organization)")
			.add(new OrganizationRow(Framework.ONET, this.release, "O*NET " + this.release + " " + ATTRIBUTION));
		NodeSet<JobFamilyRow> families = plan.nodes(this.file, "(:JobFamily) SOC major groups");
		NodeSet<OccupationRow> occupations = plan.nodes(this.file, "(:Job:Occupation)");
		RelationshipSet<LinkRow> ofOrganization = plan.relationships(this.file, RelationshipType.OF_ORGANIZATION,
				KeyLabel.JOB_FAMILY, KeyLabel.ORGANIZATION, null, false);
		RelationshipSet<LinkRow> inOrganization = plan.relationships(this.file, RelationshipType.IN_ORGANIZATION,
				KeyLabel.JOB, KeyLabel.ORGANIZATION, null, false);
		RelationshipSet<LinkRow> inFamily = plan.relationships(this.file, RelationshipType.IN_FAMILY, KeyLabel.JOB,
				KeyLabel.JOB_FAMILY, null, false);
		String organization = Framework.ONET.id();
		Map<String, String> familyIds = new TreeMap<>();
		this.occupations.forEach((code, occupation) -> {
			String major = code.substring(0, 2);
			String familyId = Framework.ONET.idPrefix() + "soc-" + major;
			if (familyIds.put(major, familyId) == null) {
				families.add(new JobFamilyRow(familyId, Framework.ONET, major + "-0000", this.release,
						majorGroups.getOrDefault(major, "SOC major group " + major + "-0000"), major + "-0000"));
				ofOrganization.add(new LinkRow(familyId, organization));
			}
			String id = OnetReader.id(code);
			occupations.add(occupation(id, code, occupation));
			inOrganization.add(new LinkRow(id, organization));
			inFamily.add(new LinkRow(id, familyId));
		});
	}

	private OccupationRow occupation(String id, String code, Occupation occupation) {
		JobZone zone = this.jobZones.get(code);
		return new OccupationRow(id, Framework.ONET, code, this.release, occupation.title(), code,
				this.aliases == null ? null : this.aliases.get(code), occupation.summary(),
				"O*NET " + this.release + " Database", "O*NET " + this.release + " " + ATTRIBUTION,
				"https://www.onetonline.org/link/summary/" + code,
				new OnetDetails(zone == null ? null : zone.zone(), zone == null ? null : zone.name(),
						this.interests.get(code), residualOf(occupation.title())));
	}

	/** The group a residual occupation is the rest of ("Computer Occupations"); null for another occupation. */
	static @Nullable String residualOf(String title) {
		return title.endsWith(RESIDUAL) ? title.substring(0, title.length() - RESIDUAL.length()) : null;
	}

	static Map<String, String> loadMajorGroups() {
		try (InputStream in = new ClassPathResource("frameworks/soc-major-groups.yaml").getInputStream()) {
			return new YAMLMapper().readValue(in, new TypeReference<Map<String, String>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read frameworks/soc-major-groups.yaml", ex);
		}
	}

}
