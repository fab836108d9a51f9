package org.competencygraph.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.competencygraph.command.Command;
import org.competencygraph.extraction.ExtractionEvaluation.Figures;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * {@code evaluate-extraction [FOLDER] [--profiles=DIR] [--differences=FILE]}: extracts each document a curated job
 * profile names ({@code source.document}, found in FOLDER, by default {@value #SEEDS}) and prints, per document,
 * precision and recall of the draft's requirements and levels against the curated profile
 * ({@link ExtractionEvaluation}), how many of its job titles are right and
 * whether its organization is, and the time taken. The curated profiles are the shipped seed graph's, or the
 * job-profile files in {@code --profiles}. {@code --differences} writes what was counted against each draft.
 */
@Component
class EvaluateExtractionCommand implements Command {

	static final String SEEDS = "../shared/seeds";

	private final JobProfileExtractor extractor;

	EvaluateExtractionCommand(JobProfileExtractor extractor) {
		this.extractor = extractor;
	}

	@Override
	public String name() {
		return "evaluate-extraction";
	}

	@Override
	public List<String> usage() {
		return List.of("evaluate-extraction [FOLDER] [--profiles=DIR] [--differences=FILE] (extraction's precision and recall, docs/extraction.md)");
	}

	@Override
	public int run(List<String> operands, ApplicationArguments arguments, PrintStream out) {
		if (operands.size() > 1) {
			out.println("Usage: " + usage().getFirst());
			return USAGE;
		}
		Path folder = Path.of(operands.isEmpty() ? SEEDS : operands.getFirst());
		List<String> profiles = arguments.getOptionValues("profiles");
		try {
			List<Row> rows = evaluate(folder, curated(profiles == null || profiles.isEmpty() ? null : profiles.getFirst()));
			print(rows, out);
			List<String> differences = arguments.getOptionValues("differences");
			if (differences != null && !differences.isEmpty()) {
				Files.writeString(Path.of(differences.getFirst()), differences(rows));
			}
			return rows.isEmpty() ? REJECTED : SUCCESS;
		}
		catch (IOException | InvalidDocumentException ex) {
			out.println("evaluate-extraction: " + ex.getMessage());
			return REJECTED;
		}
	}

	/**
	 * @param first seconds of the first extraction, @param warm seconds of the same extraction again
	 * @param differences what was counted against the draft ({@link ExtractionEvaluation#differences})
	 */
	record Row(String document, Figures figures, NamesEvaluation.Names names, double first, double warm,
			List<String> differences) {
	}

	List<Row> evaluate(Path folder, List<JsonNode> curated) throws IOException {
		List<Row> rows = new ArrayList<>();
		for (JsonNode profile : curated) {
			String document = profile.path("source").path("document").asString();
			Path file = folder.resolve(document);
			if (!Files.isRegularFile(file)) {
				throw new IOException(file + ": no such document (named by a curated profile's source.document)");
			}
			byte[] content = Files.readAllBytes(file);
			long start = System.nanoTime();
			// Never through the document's own curated sentences (the seed profiles were curated from the seed
			// documents): leave-one-document-out.
			DraftProfile draft = this.extractor.profileWithoutOwnExamples(document, content);
			double first = (System.nanoTime() - start) / 1e9;
			// Again, as the second document of a running server would be: the model loaded, the vectors computed.
			start = System.nanoTime();
			this.extractor.profileWithoutOwnExamples(document, content);
			double warm = (System.nanoTime() - start) / 1e9;
			NamesEvaluation.Names names = NamesEvaluation.compare(draft, profile);
			List<String> differences = new ArrayList<>(ExtractionEvaluation.differences(draft, profile));
			names.wrong().forEach(wrong -> differences.add("name     " + wrong));
			rows.add(new Row(document, ExtractionEvaluation.compare(draft, profile), names, first, warm, differences));
		}
		return rows;
	}

	static List<JsonNode> curated(@Nullable String directory) throws IOException {
		YAMLMapper yaml = YAMLMapper.builder().build();
		List<JsonNode> profiles = new ArrayList<>();
		String pattern = directory == null ? "classpath*:seed/*.yaml" : "file:" + Path.of(directory).toAbsolutePath() + "/*.yaml";
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
		java.util.Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
		for (Resource resource : resources) {
			profiles.add(yaml.readTree(resource.getContentAsByteArray()));
		}
		return profiles;
	}

	/** Per document, a heading and the lines counted against its draft, as a reviewer reads them. */
	static String differences(List<Row> rows) {
		StringBuilder text = new StringBuilder();
		for (Row row : rows) {
			text.append("## ").append(row.document()).append('\n');
			row.differences().forEach(line -> text.append(line).append('\n'));
		}
		return text.toString();
	}

	static void print(List<Row> rows, PrintStream out) {
		out.println("| document | drafted | curated | precision | recall | F1 | of the credit, proposals | levels drafted/curated | level precision | level recall | titles (of jobs) | organization | seconds (first, again) |");
		out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		double credit = 0;
		double proposalCredit = 0;
		int drafted = 0;
		int curated = 0;
		double titleCredit = 0;
		int titled = 0;
		double organizationCredit = 0;
		for (Row row : rows) {
			Figures f = row.figures();
			credit += f.credit();
			proposalCredit += f.proposalCredit();
			drafted += f.drafted();
			curated += f.curated();
			titleCredit += row.names().titleCredit();
			titled += row.names().curated();
			organizationCredit += row.names().organizationCredit();
			out.println(String.format(Locale.ROOT,
					"| %s | %d | %d | %.2f | %.2f | %.2f | %.1f | %d/%d | %.2f | %.2f | %s of %d | %s | %.2f, %.2f |",
					row.document(), f.drafted(), f.curated(), f.precision(), f.recall(), f.f1(), f.proposalCredit(),
					f.draftedLevels(), f.curatedLevels(), f.levelPrecision(), f.levelRecall(),
					credits(row.names().titleCredit()), row.names().curated(), credits(row.names().organizationCredit()),
					row.first(), row.warm()));
		}
		out.println(String.format(Locale.ROOT,
				"| all (micro-average) | %d | %d | %.2f | %.2f | | %.1f | | | | %s of %d (%.2f) | %s of %d (%.2f) | |",
				drafted, curated, drafted == 0 ? Double.NaN : credit / drafted,
				curated == 0 ? Double.NaN : credit / curated, proposalCredit, credits(titleCredit), titled,
				titled == 0 ? Double.NaN : titleCredit / titled, credits(organizationCredit), rows.size(),
				rows.isEmpty() ? Double.NaN : organizationCredit / rows.size()));
		// The rule of the earlier rounds, every proposal 0, for comparison with their figures.
		out.println(String.format(Locale.ROOT, "| all, every proposal 0 | %d | %d | %.2f | %.2f | | | | | | | | |", drafted,
				curated, drafted == 0 ? Double.NaN : (credit - proposalCredit) / drafted,
				curated == 0 ? Double.NaN : (credit - proposalCredit) / curated));
	}

	/** 3 for 3.0, 2.5 for 2.5. */
	private static String credits(double credit) {
		return credit == Math.rint(credit) ? String.valueOf((long) credit) : String.valueOf(credit);
	}

}
