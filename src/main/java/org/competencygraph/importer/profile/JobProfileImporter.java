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

import org.competencygraph.database.GraphChangedEvent;
import org.competencygraph.database.Sessions;
import org.competencygraph.importer.ProficiencyScale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Imports job-profile files: each file is validated completely, then written in one transaction, so a bad file
 * changes nothing and the files before it stay imported.
 */
@Service
public class JobProfileImporter {

	private static final Logger logger = LoggerFactory.getLogger(JobProfileImporter.class);

	static final String SEED_LOCATION = "classpath*:seed/*.yaml";

	private final JobProfileReader reader;

	private final JobProfileWriter writer;

	private final ApplicationEventPublisher events;

	public JobProfileImporter(Sessions sessions, ProficiencyScale scale, ApplicationEventPublisher events) {
		this.reader = new JobProfileReader(scale);
		this.writer = new JobProfileWriter(sessions);
		this.events = events;
	}

	/** Imports one file's content; {@code fileName} is used in messages and recorded on the jobs. */
	public ImportResult importContent(String fileName, String content) {
		ImportPlan plan = this.reader.read(fileName, content);
		ImportResult result = this.writer.write(plan);
		logger.info("Imported {}", result);
		this.events.publishEvent(GraphChangedEvent.of("job-profile import " + fileName, ids(plan.jobs()),
				ids(plan.capabilities())));
		return result;
	}

	public ImportResult importFile(Path file) {
		String name = file.getFileName().toString();
		try {
			return importContent(name, decode(Files.readAllBytes(file)));
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
	}

	/** Imports the seed graph shipped with the application (src/main/resources/seed), file by file. */
	public List<ImportResult> importSeed() {
		List<ImportResult> results = new ArrayList<>();
		for (Resource resource : seedFiles()) {
			try {
				results.add(importContent(String.valueOf(resource.getFilename()),
						decode(resource.getContentAsByteArray())));
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read seed file " + resource.getFilename(), ex);
			}
		}
		return results;
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

	private static java.util.Set<String> ids(List<java.util.Map<String, Object>> rows) {
		return rows.stream().map(row -> String.valueOf(row.get("id"))).collect(java.util.stream.Collectors.toSet());
	}

	private static String decode(byte[] bytes) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
	}

}
