package org.competencygraph.importer.learning;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.competencygraph.database.Sessions;
import org.competencygraph.importer.ImportReport.FileReport;
import org.competencygraph.importer.Problems;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.semantic.ConceptMatcher;
import org.competencygraph.semantic.Embeddings;
import org.competencygraph.semantic.MatchingSettings;
import org.competencygraph.semantic.SkillMatcher;
import org.competencygraph.background.JobProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Imports learning catalogues through the one import pipeline's steps: the whole file is read and checked first
 * (CSV header and every row, or the JSON Schema for YAML/JSON), then matched against the graph (skills to
 * capabilities, prerequisite resources, cycles), and only a file without any problem is written, in one
 * transaction ({@link CatalogueWriter}), and reported as an {@link org.competencygraph.importer.ImportReport} file report.
 */
@Service
public class LearningCatalogueImporter {

	private static final Logger logger = LoggerFactory.getLogger(LearningCatalogueImporter.class);

	private final Sessions sessions;

	private final ConceptMatcher concepts;

	private final Embeddings embeddings;

	private final MatchingSettings settings = MatchingSettings.load("learning/matching.yaml");

	private final CatalogueCsv csv;

	private final CatalogueYaml yaml;

	private final CatalogueWriter writer;

	public LearningCatalogueImporter(Sessions sessions, ConceptMatcher concepts, Embeddings embeddings,
			ProficiencyScale scale) {
		this.sessions = sessions;
		this.concepts = concepts;
		this.embeddings = embeddings;
		this.csv = new CatalogueCsv(scale);
		this.yaml = new CatalogueYaml(scale);
		this.writer = new CatalogueWriter(sessions);
	}

	/**
	 * Imports one file's content; its name's ending says the format ({@code .csv}, {@code .yaml}, {@code .yml},
	 * {@code .json}).
	 * @throws InvalidCatalogueException with every problem found; nothing was written
	 */
	public ImportedCatalogue importContent(String fileName, String content) {
		Problems problems = new Problems();
		String lower = fileName.toLowerCase(Locale.ROOT);
		List<CatalogueEntry> entries;
		if (lower.endsWith(".csv")) {
			entries = this.csv.read(fileName, content, problems);
		}
		else if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
			entries = this.yaml.read(fileName, content, problems);
		}
		else {
			throw new InvalidCatalogueException(fileName, List.of(fileName + ": the name must end with .csv (CSV), "
					+ ".yaml, .yml or .json (the catalogue format), which says how to read it"));
		}
		rejectIfAny(fileName, problems);
		var planner = new CataloguePlanner(fileName, new SkillMatcher(this.sessions, this.concepts, this.settings,
				() -> this.embeddings.refreshCapabilities(JobProgress.NONE)),
				this.settings, problems);
		CataloguePlan plan = planner.plan(entries, new CatalogueGraph(this.sessions));
		rejectIfAny(fileName, problems);
		if (plan == null) {
			throw new IllegalStateException("No plan and no problems for " + fileName);
		}
		FileReport written = this.writer.write(plan);
		ImportedCatalogue imported = ImportedCatalogue.of(written, plan.semanticMatches());
		logger.info("Imported {}", imported.describe());
		return imported;
	}

	public ImportedCatalogue importFile(Path file) {
		String name = file.getFileName().toString();
		try {
			byte[] bytes = Files.readAllBytes(file);
			String content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
			return importContent(name, content);
		}
		catch (NoSuchFileException ex) {
			throw new InvalidCatalogueException(file.toString(), List.of(file + ": no such file"));
		}
		catch (CharacterCodingException ex) {
			throw new InvalidCatalogueException(file.toString(), List.of(file + ": the file is not UTF-8 text"));
		}
		catch (IOException ex) {
			throw new InvalidCatalogueException(file.toString(), List.of(file + ": cannot be read: " + ex.getMessage()));
		}
	}

	private static void rejectIfAny(String fileName, Problems problems) {
		if (!problems.isEmpty()) {
			throw new InvalidCatalogueException(fileName, problems.list());
		}
	}

}
