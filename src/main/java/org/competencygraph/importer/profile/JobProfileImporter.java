package org.competencygraph.importer.profile;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.competencygraph.database.GraphChangedEvent;
import org.competencygraph.database.Sessions;
import org.competencygraph.importer.ImportReport;
import org.competencygraph.importer.ImportReport.FileReport;
import org.competencygraph.importer.ProficiencyScale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Imports job-profile files: each file is validated completely, then written in one transaction, so a bad file
 * changes nothing and the files before it stay imported. It reports as the framework imports do, with an
 * {@link ImportReport} of source {@value #SOURCE}, a file report per file.
 */
@Service
public class JobProfileImporter {

	private static final Logger logger = LoggerFactory.getLogger(JobProfileImporter.class);

	static final String SEED_LOCATION = "classpath*:seed/*.yaml";

	static final String SOURCE = "job-profile";

	/** The format every file names, standing in the report for a framework's release. */
	static final String FORMAT = "competency-graph/job-profile@1";

	private final JobProfileReader reader;

	private final JobProfileWriter writer;

	private final ApplicationEventPublisher events;

	public JobProfileImporter(Sessions sessions, ProficiencyScale scale, ApplicationEventPublisher events) {
		this.reader = new JobProfileReader(scale);
		this.writer = new JobProfileWriter(sessions);
		this.events = events;
	}

	/** Imports one file's content; {@code fileName} is used in messages and recorded on the jobs. */
	public ImportReport importContent(String fileName, String content) {
		long start = System.nanoTime();
		return report("(content)", List.of(write(fileName, content)), start);
	}

	public ImportReport importFile(Path file) {
		long start = System.nanoTime();
		String name = file.getFileName().toString();
		FileReport written;
		try {
			written = write(name, decode(Files.readAllBytes(file)));
		}
		catch (NoSuchFileException ex) {
			throw new InvalidJobProfileException(file.toString(), List.of("no such file"));
		}
		catch (CharacterCodingException ex) {
			throw new InvalidJobProfileException(file.toString(), List.of("the file is not UTF-8 text"));
		}
		catch (IOException ex) {
			throw new InvalidJobProfileException(file.toString(), List.of("cannot be read: " + ex.getMessage()));
		}
		return report(String.valueOf(file.toAbsolutePath().getParent()), List.of(written), start);
	}

	/** Imports the seed graph shipped with the application (src/main/resources/seed), file by file. */
	public ImportReport importSeed() {
		long start = System.nanoTime();
		List<FileReport> files = new ArrayList<>();
		for (Resource resource : seedFiles()) {
			try {
				files.add(write(String.valueOf(resource.getFilename()), decode(resource.getContentAsByteArray())));
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read seed file " + resource.getFilename(), ex);
			}
		}
		return report(SEED_LOCATION, files, start);
	}

	private FileReport write(String fileName, String content) {
		JobProfilePlan plan = this.reader.read(fileName, content);
		FileReport written = this.writer.write(plan);
		logger.info("Imported {}", ImportedFile.of(written).describe());
		this.events.publishEvent(GraphChangedEvent.of("job-profile import " + fileName,
				ids(plan.jobs(), ProfileJobRow::id), ids(plan.capabilities(), ProfileCapabilityRow::id)));
		return written;
	}

	private static ImportReport report(String directory, List<FileReport> files, long start) {
		return new ImportReport(SOURCE, "Job profiles", FORMAT, directory, files, List.of(), false,
				(System.nanoTime() - start) / 1e9);
	}

	private static List<Resource> seedFiles() {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(SEED_LOCATION))
				.sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the seed files", ex);
		}
	}

	private static <R> Set<String> ids(List<R> rows, Function<R, String> id) {
		return rows.stream().map(id).collect(Collectors.toSet());
	}

	private static String decode(byte[] bytes) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
	}

}
