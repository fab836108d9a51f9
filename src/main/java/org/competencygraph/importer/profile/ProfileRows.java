package org.competencygraph.importer.profile;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.competencygraph.importer.profile.JobProfileFile.CapabilityDefinition;
import org.competencygraph.importer.profile.JobProfileFile.CareerLinkDefinition;
import org.competencygraph.importer.profile.JobProfileFile.JobDefinition;
import org.competencygraph.importer.profile.JobProfileFile.Provenance;
import org.competencygraph.importer.profile.JobProfileFile.RequirementDefinition;
import org.competencygraph.importer.profile.JobProfileFile.Source;
import org.jspecify.annotations.Nullable;

/**
 * Turns the definitions of one job-profile file into rows: text trimmed with runs of white space made one space and
 * blank text left out, organization and family ids made from their names, provenance that names no document given
 * the file's. What is checked across the file is {@link JobProfilePlanner}'s.
 */
final class ProfileRows {

	private final String fileName;

	private final @Nullable Source source;

	private final String sourceDocument;

	ProfileRows(String fileName, @Nullable Source source) {
		this.fileName = fileName;
		this.source = source;
		this.sourceDocument = (source == null) ? "" : String.valueOf(strip(source.document()));
	}

	ProfileCapabilityRow capability(String id, CapabilityDefinition definition) {
		List<String> externalIds = orEmpty(definition.externalIds()).entrySet()
			.stream()
			.map(e -> e.getKey().strip().toLowerCase(Locale.ROOT) + ":" + String.valueOf(e.getValue()).strip())
			.sorted()
			.toList();
		return new ProfileCapabilityRow(id, String.valueOf(definition.kind()), strip(definition.name()),
				cleanList(definition.aliases()), strip(definition.description()), definition.qualificationType(),
				externalIds);
	}

	ProfileJobRow job(JobDefinition job) {
		var level = job.responsibilityLevel();
		String organization = strip(job.organization());
		String organizationId = slug(organization);
		return new ProfileJobRow(String.valueOf(job.id()), organizationId, organization,
				isBlank(job.family()) ? null : organizationId + "/" + slug(job.family()), strip(job.family()),
				strip(job.title()), cleanList(job.aliases()), strip(job.code()), strip(job.department()),
				strip(job.grade()),
				(level == null) ? null : new ProfileJobRow.ResponsibilityLevel(level.level(),
						Boolean.TRUE.equals(level.inferred()), strip(level.basis())),
				job.effectiveDate(), strip(job.summary()), !Boolean.FALSE.equals(job.detailedProfile()),
				new ProfileJobRow.Source(this.sourceDocument, (this.source == null) ? null : this.source.title(),
						(this.source == null) ? null : this.source.url(), this.fileName));
	}

	/** A job's own requirement; {@code level} is the given one or the one its level word stands for. */
	ProfileRequirementRow requirement(String jobId, String capabilityId, RequirementDefinition requirement,
			@Nullable Double level) {
		return new ProfileRequirementRow(jobId, capabilityId, requirement.priority(),
				strip(requirement.priorityText()), level, strip(requirement.levelText()), requirement.importance(),
				cleanList(requirement.assessedBy()), strip(requirement.criterion()),
				Boolean.TRUE.equals(requirement.derivedFromDuty()), provenance(requirement.provenance()), null);
	}

	/** The job's {@code n}th duty (from 1), written as a text or as {@code {text, section}}. */
	ProfileDutyRow duty(String jobId, int n, String text, @Nullable String section) {
		return new ProfileDutyRow(jobId, jobId + "/duty/" + n, n - 1, String.valueOf(strip(text)), strip(section),
				this.sourceDocument);
	}

	CareerLinkRow careerLink(String fromId, String toId, CareerLinkDefinition link, List<String> required) {
		String track = (link.track() == null) ? null : link.track().strip().toLowerCase(Locale.ROOT);
		return new CareerLinkRow(fromId, toId, track, strip(link.conditions()), required,
				provenance(link.provenance()));
	}

	private RowProvenance provenance(@Nullable Provenance provenance) {
		return new RowProvenance((provenance == null || isBlank(provenance.document())) ? this.sourceDocument
				: provenance.document().strip(), (provenance == null) ? null : strip(provenance.section()),
				(provenance == null) ? null : strip(provenance.text()));
	}

	static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	static @Nullable String strip(@Nullable String text) {
		return isBlank(text) ? null : text.strip().replaceAll("\\s+", " ");
	}

	static List<String> cleanList(@Nullable List<String> values) {
		return orEmpty(values).stream()
			.filter(v -> v != null && !v.isBlank())
			.map(v -> v.strip().replaceAll("\\s+", " "))
			.distinct()
			.toList();
	}

	static <T> List<T> orEmpty(@Nullable List<T> values) {
		return (values == null) ? List.of() : values;
	}

	private static <K, V> Map<K, V> orEmpty(@Nullable Map<K, V> values) {
		return (values == null) ? Map.of() : values;
	}

	private static String slug(@Nullable String text) {
		return (text == null) ? "" : text.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

}
