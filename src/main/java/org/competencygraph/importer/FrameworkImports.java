package org.competencygraph.importer;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.competencygraph.background.JobProgress;
import org.competencygraph.database.GraphChangedEvent;
import org.competencygraph.database.Sessions;
import org.competencygraph.semantic.Embeddings;
import org.competencygraph.framework.Framework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports a framework release: reads and checks the whole folder with the framework's {@link ReleaseReader}, then
 * writes it in batches. The entry points run it as a background job ({@link org.competencygraph.background}), one
 * at a time.
 * Every import logs its progress, a line per stage, and tells the caller's {@link JobProgress} too.
 */
@Service
@EnableConfigurationProperties(FrameworkProperties.class)
public class FrameworkImports {

	private static final Logger logger = LoggerFactory.getLogger(FrameworkImports.class);

	private final Map<Framework, ReleaseReader> readers = new EnumMap<>(Framework.class);

	private final FrameworkWriter writer;

	private final ApplicationEventPublisher events;

	private final ImportFolder importFolder;

	private final Embeddings embeddings;

	public FrameworkImports(Sessions sessions, List<ReleaseReader> readers, FrameworkProperties properties,
			ApplicationEventPublisher events, Embeddings embeddings) {
		readers.forEach(reader -> {
			if (this.readers.put(reader.framework(), reader) != null) {
				throw new IllegalStateException("Two readers of " + reader.framework().displayName() + " releases");
			}
		});
		this.writer = new FrameworkWriter(sessions, properties.nodeBatchSize(), properties.relationshipBatchSize());
		this.events = events;
		this.importFolder = new ImportFolder(properties.importFolder());
		this.embeddings = embeddings;
	}

	/**
	 * Imports the release in {@code directory}, its progress logged only.
	 * @throws InvalidFrameworkDataException when the release cannot be imported; nothing was written
	 */
	public ImportReport importRelease(Framework framework, Path directory) {
		return importRelease(framework, directory, JobProgress.NONE);
	}

	/**
	 * Imports the release in {@code directory}, telling {@code progress} how far it is.
	 * @throws InvalidFrameworkDataException when the release cannot be imported; nothing was written
	 */
	public ImportReport importRelease(Framework framework, Path directory, JobProgress progress) {
		return importRelease(framework, ReleaseFolder.open(directory, framework), directory.toString(), progress);
	}

	/**
	 * Checks that {@code name} is a release folder inside the import folder, before an import of it is started.
	 * @throws ReleaseNotFoundException when it is not
	 */
	public void checkInImportFolder(String name) {
		this.importFolder.resolve(name).orElseThrow(ReleaseNotFoundException::new);
	}

	/**
	 * Imports the release named {@code name} inside the import folder, for callers who must not reach the rest of
	 * the server's file system nor learn about it (the GraphQL API), telling {@code progress} how far it is.
	 * @throws ReleaseNotFoundException when {@code name} is not a release folder inside the import folder
	 * @throws InvalidFrameworkDataException when the release cannot be imported; nothing was written
	 */
	public ImportReport importFromImportFolder(Framework framework, String name, JobProgress progress) {
		Path directory = this.importFolder.resolve(name).orElseThrow(ReleaseNotFoundException::new);
		return importRelease(framework, ReleaseFolder.confined(directory, framework),
				this.importFolder.nameOf(directory), progress);
	}

	/** {@code shownAs} names the folder in the report and in problems. */
	private ImportReport importRelease(Framework framework, ReleaseFolder folder, String shownAs,
			JobProgress progress) {
		JobProgress logged = new LoggedProgress(progress);
		long started = System.nanoTime();
		logger.info("{}: reading {}", framework.id(), folder.root());
		GraphPlan plan = reader(framework).read(folder, logged);
		logger.info("{}: read and checked {} files in {} s", framework.id(), plan.files().size(),
				String.format("%.1f", (System.nanoTime() - started) / 1e9));
		ImportReport report = changing("import of " + framework.displayName(),
				() -> this.writer.write(plan, shownAs, started, logged));
		logger.info("{}: import of {} {} finished in {} s: {} rows read, {} created, {} updated, {} unchanged, "
				+ "{} removed, {} skipped", framework.id(), framework.displayName(), report.release(),
				report.seconds(), report.rowsRead(), report.created(), report.updated(), report.unchanged(),
				report.removed(), report.skipped());
		logger.debug("{}: import report\n{}", framework.id(), report.describe());
		// What was imported is comparable with the rest of the graph once its texts have their vectors.
		this.embeddings.refresh(logged);
		return report;
	}

	/** Reads and checks a release without writing anything. */
	public GraphPlan read(Framework framework, Path directory) {
		return reader(framework).read(ReleaseFolder.open(directory, framework), new LoggedProgress(JobProgress.NONE));
	}

	private ReleaseReader reader(Framework framework) {
		ReleaseReader reader = this.readers.get(framework);
		if (reader == null) {
			throw new IllegalStateException("No reader of " + framework.displayName() + " releases");
		}
		return reader;
	}

	/**
	 * Runs {@code work}, which writes to the graph, and then tells the read models, also when it failed half way
	 * (the batches it committed stay).
	 */
	public <T> T changing(String cause, Supplier<T> work) {
		try {
			return work.get();
		}
		finally {
			this.events.publishEvent(GraphChangedEvent.anything(cause));
		}
	}

}
