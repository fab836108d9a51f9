package org.competencygraph.job;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A role in an organization. Requirements and career links are fetched separately, in batches. */
public record Job(String id, String title, List<String> aliases, @Nullable String code, Organization organization,
		@Nullable String department, @Nullable String grade, @Nullable JobFamily family,
		@Nullable ResponsibilityLevel responsibilityLevel, @Nullable String effectiveDate, @Nullable String summary,
		boolean detailedProfile, @Nullable Source source) {

	public record Organization(String id, String name) {
	}

	public record JobFamily(String id, String name) {
	}

	public record ResponsibilityLevel(int level, boolean inferred, @Nullable String basis) {
	}

	public record Source(String document, @Nullable String title, @Nullable String url) {
	}

	/** Maps the map written by {@link #PROJECTION}. */
	public static Job of(Value job) {
		Value organization = job.get("organization");
		Value family = job.get("family");
		Value level = job.get("responsibilityLevel");
		Value document = job.get("sourceDocument");
		return new Job(job.get("id").asString(), job.get("title").asString(),
				job.get("aliases").asList(Value::asString, List.of()), job.get("code").asString(null),
				new Organization(organization.get("id").asString(), organization.get("name").asString()),
				job.get("department").asString(null), job.get("grade").asString(null),
				family.isNull() ? null : new JobFamily(family.get("id").asString(), family.get("name").asString()),
				level.isNull() ? null : new ResponsibilityLevel(level.asInt(),
						job.get("responsibilityLevelInferred").asBoolean(false),
						job.get("responsibilityLevelBasis").asString(null)),
				job.get("effectiveDate").asString(null), job.get("summary").asString(null),
				job.get("detailedProfile").asBoolean(true),
				document.isNull() ? null : new Source(document.asString(), job.get("sourceTitle").asString(null),
						job.get("sourceUrl").asString(null)));
	}

	/**
	 * A Cypher expression that turns a matched {@code j:Job} into the map {@link #of} reads: its properties by name,
	 * never {@code .*}, which would carry the job's stored vectors (768 numbers) into every answer. A framework occupation
	 * whose organization link an interrupted import has not written yet shows its framework's organization; its
	 * {@code frameworkSource { importStatus }} says the framework's data is incomplete.
	 */
	public static final String PROJECTION = """
			j {.id, .title, .aliases, .code, .department, .grade, .responsibilityLevel, .responsibilityLevelInferred,
			    .responsibilityLevelBasis, .effectiveDate, .summary, .detailedProfile, .sourceDocument, .sourceTitle,
			    .sourceUrl, organization: coalesce(head([(j)-[:IN_ORGANIZATION]->(o:Organization) | o {.id, .name}]),
			      CASE WHEN j.framework IS NOT NULL
			        THEN head(COLLECT { MATCH (o:Organization {id: j.framework}) RETURN o {.id, .name} }) END),
			    family: head([(j)-[:IN_FAMILY]->(f:JobFamily) | f {.id, .name}])}""";

}
