package org.competencygraph.extraction;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A draft job-profile file as the extraction writes it: the import format (docs/job-profile-format.md) with the
 * optional review fields the importer accepts and ignores (a requirement's {@code confidence}, {@code evidence} and
 * {@code candidates}, its provenance's {@code position}, and the file's {@code extraction} notes).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "format", "source", "jobs", "extraction" })
record DraftProfile(String format, Source source, List<Job> jobs, Notes extraction) {

	static final String FORMAT = "competency-graph/job-profile@1";

	record Source(String document, @Nullable String title) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "id", "title", "code", "organization", "department", "grade", "family", "summary",
			"includesRequirementsOf", "duties", "requirements" })
	record Job(String id, String title, @Nullable String code, String organization, @Nullable String department,
			@Nullable String grade, @Nullable String family, @Nullable String summary,
			@Nullable String includesRequirementsOf, List<Duty> duties, List<Requirement> requirements) {
	}

	record Duty(String text, String section) {
	}

	/** {@code capability} is an id of a capability in the graph, or a {@link ProposedCapability} to create. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "capability", "priority", "priorityText", "level", "levelText", "assessedBy", "criterion",
			"derivedFromDuty", "provenance", "confidence", "evidence", "candidates" })
	record Requirement(Object capability, String priority, @Nullable String priorityText, @Nullable Integer level,
			@Nullable String levelText, List<String> assessedBy, @Nullable String criterion,
			@Nullable Boolean derivedFromDuty, Provenance provenance, double confidence, String evidence,
			List<Candidate> candidates) {

		@com.fasterxml.jackson.annotation.JsonIgnore
		String capabilityId() {
			return this.capability instanceof ProposedCapability proposed ? proposed.id() : (String) this.capability;
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record ProposedCapability(String id, String kind, String name, @Nullable String qualificationType,
			String description) {
	}

	record Provenance(String section, String text, int position) {
	}

	record Candidate(String capability, String name, double score) {
	}

	/** What the reviewer should see besides the requirements. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "extractor", "review", "unmatched", "boilerplate", "notRead" })
	record Notes(String extractor, List<String> review, List<Phrase> unmatched, List<LeftOut> boilerplate,
			List<NotRead> notRead) {
	}

	/** A phrase matched to no capability; {@code proposed} when it became a proposed capability of the draft. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Phrase(String text, String section, int position, boolean proposed, List<Candidate> candidates) {
	}

	record LeftOut(String text, String section, int position, String reason) {
	}

	/**
	 * A section read as context only: its sentences became no requirement, duty or summary, so the reviewer sees
	 * that part of the document was not read (its heading, where it starts, how many sentences, its first one).
	 */
	record NotRead(String section, int position, int sentences, String first, String reason) {
	}

}
