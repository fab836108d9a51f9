package org.competencygraph.extraction;

import java.util.Map;

import org.competencygraph.background.JobProgress;
import org.competencygraph.database.Sessions;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.semantic.ConceptMatcher;
import org.competencygraph.semantic.CuratedExamples;
import org.competencygraph.semantic.ExampleMatcher;
import org.competencygraph.semantic.Embeddings;
import org.competencygraph.semantic.MatchingSettings;
import org.competencygraph.semantic.SkillMatcher;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Session;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * A job description to a draft job profile: read ({@link DocumentText}), outlined ({@link Outline}), its
 * requirements matched to capabilities by the concept layer ({@link SkillMatcher}, thresholds in
 * {@value #MATCHING}) and written as YAML in the import format for a person to review and import.
 */
@Service
public class JobProfileExtractor {

	static final String MATCHING = "extraction/matching.yaml";

	/** The draft, in the import format, as YAML; the counts a caller reports. */
	public record Draft(String yaml, int jobs, int requirements, int proposed, int unmatched, int boilerplate,
			int notRead, double seconds) {
	}

	private final Sessions sessions;

	private final ConceptMatcher concepts;

	private final Embeddings embeddings;

	private final CuratedExamples examples;

	private final ExtractionRules rules = ExtractionRules.load();

	private final MatchingSettings settings = MatchingSettings.load(MATCHING);

	private final Cues cues;

	private final long maxBytes;

	private final int maxCharacters;

	private final YAMLMapper yaml = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.build();

	public JobProfileExtractor(Sessions sessions, ConceptMatcher concepts, Embeddings embeddings,
			CuratedExamples examples, ProficiencyScale scale,
			@Value("${competency-graph.extraction.max-document-size:5MB}") DataSize maxDocumentSize,
			@Value("${competency-graph.extraction.max-text-characters:100000}") int maxCharacters) {
		this.sessions = sessions;
		this.concepts = concepts;
		this.embeddings = embeddings;
		this.examples = examples;
		this.cues = new Cues(this.rules, scale);
		this.maxBytes = maxDocumentSize.toBytes();
		this.maxCharacters = maxCharacters;
	}

	/** The most bytes a document may have. */
	public long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * @param fileName the document's name; its ending says the format (.txt, .md, .docx, .pdf)
	 * @throws InvalidDocumentException when it cannot be read or is too large
	 */
	public Draft draft(String fileName, byte[] content) {
		long start = System.nanoTime();
		DraftProfile profile = profile(fileName, content);
		String text = "# Draft job profile extracted from " + fileName.replace('\n', ' ')
				+ ": review it (docs/extraction.md), then import it.\n" + this.yaml.writeValueAsString(profile);
		int requirements = profile.jobs().stream().mapToInt(j -> j.requirements().size()).sum();
		int proposed = (int) profile.jobs().stream().flatMap(j -> j.requirements().stream())
			.filter(r -> r.capability() instanceof DraftProfile.ProposedCapability).count();
		return new Draft(text, profile.jobs().size(), requirements, proposed, profile.extraction().unmatched().size(),
				profile.extraction().boilerplate().size(), profile.extraction().notRead().size(),
				(System.nanoTime() - start) / 1e9);
	}

	/** The draft as a record, matched through every curated example of the graph. */
	DraftProfile profile(String fileName, byte[] content) {
		return profile(fileName, content, null, this.rules.examples());
	}

	/**
	 * As {@link #profile(String, byte[])}, leaving out the curated examples taken from one source document: an
	 * evaluation extracting a document the graph was curated from must not match it through its own sentences.
	 */
	DraftProfile profileWithoutOwnExamples(String fileName, byte[] content) {
		return profile(fileName, content, fileName.replaceAll(".*[/\\\\]", ""), this.rules.examples());
	}

	/**
	 * @param excludedDocument a source document whose curated examples are not used, or null
	 * @param exampleSettings how the curated examples are used (the rules' {@code examples}, or others to compare)
	 */
	DraftProfile profile(String fileName, byte[] content, @Nullable String excludedDocument,
			ExampleMatcher.Settings exampleSettings) {
		if (content.length > this.maxBytes) {
			throw new InvalidDocumentException(fileName + ": the document has " + content.length
					+ " bytes, more than the " + this.maxBytes + " allowed (competency-graph.extraction.max-document-size)");
		}
		String text = DocumentText.read(fileName, content);
		// Bounds the matching (one concept lookup per phrase): a compressed .docx or .pdf can hold far more text than
		// its bytes suggest. The longest seed document has 18,000 characters.
		if (text.length() > this.maxCharacters) {
			throw new InvalidDocumentException(fileName + ": the document's text has " + text.length()
					+ " characters, more than the " + this.maxCharacters
					+ " allowed for one job description (competency-graph.extraction.max-text-characters)");
		}
		Outline outline = Outline.of(text, this.rules);
		SkillMatcher matcher = new SkillMatcher(this.sessions, this.concepts, this.settings,
				() -> this.embeddings.refreshCapabilities(JobProgress.NONE),
				new ExampleMatcher(this.examples, exampleSettings, excludedDocument));
		NearTies nearTies = new NearTies(matcher::resolve, this.settings.threshold(), this.rules.nearTies());
		return new DraftBuilder(this.rules, this.cues, nearTies::resolve, matcher::resolveAll, this.settings.threshold(),
				this.settings.margin(), this::exists)
			.build(fileName.replaceAll(".*[/\\\\]", ""), outline);
	}

	/** The rules' settings of matching through curated examples. */
	ExampleMatcher.Settings exampleSettings() {
		return this.rules.examples();
	}

	private boolean exists(String capabilityId) {
		try (Session session = this.sessions.open()) {
			return session.executeRead(tx -> tx.run("MATCH (c:Capability {id: $id}) RETURN count(c) > 0 AS found",
					Map.of("id", capabilityId)).single().get("found").asBoolean());
		}
	}

}
