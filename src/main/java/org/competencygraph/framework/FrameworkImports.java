package org.competencygraph.framework;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.competencygraph.database.GraphChangedEvent;
import org.competencygraph.database.Sessions;
import org.competencygraph.framework.esco.EscoReader;
import org.competencygraph.framework.onet.OnetReader;
import org.competencygraph.importer.ProficiencyScale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports a framework release: reads and checks the whole folder, then writes it in batches. One import or
 * linking run at a time per application, whichever entry point starts it.
 */
@Service
@EnableConfigurationProperties(FrameworkProperties.class)
public class FrameworkImports {

	private static final Logger logger = LoggerFactory.getLogger(FrameworkImports.class);

	private final OnetReader onet;

	private final EscoReader esco = new EscoReader();

	private final FrameworkWriter writer;

	private final ApplicationEventPublisher events;

	private final ReentrantLock running = new ReentrantLock();

	private final ImportFolder importFolder;

	public FrameworkImports(Sessions sessions, ProficiencyScale scale, FrameworkProperties properties,
			ApplicationEventPublisher events) {
		this.onet = new OnetReader(scale);
		this.writer = new FrameworkWriter(sessions, properties.nodeBatchSize(), properties.relationshipBatchSize());
		this.events = events;
		this.importFolder = new ImportFolder(properties.importFolder());
	}

	/**
	 * Imports the release in {@code directory}.
	 * @throws InvalidFrameworkDataException when the release cannot be imported; nothing was written
	 * @throws FrameworkBusyException when another import or linking run is in progress
	 */
	public ImportReport importRelease(Framework framework, Path directory) {
		return importRelease(framework, ReleaseFolder.open(directory, framework), directory.toString());
	}

	/**
	 * Imports the release named {@code name} inside the import folder, for callers who must not reach the rest of
	 * the server's file system nor learn about it (the GraphQL API).
	 * @throws ReleaseNotFoundException when {@code name} is not a release folder inside the import folder
	 * @throws InvalidFrameworkDataException when the release cannot be imported; nothing was written
	 * @throws FrameworkBusyException when another import or linking run is in progress
	 */
	public ImportReport importFromImportFolder(Framework framework, String name) {
		Path directory = this.importFolder.resolve(name).orElseThrow(ReleaseNotFoundException::new);
		return importRelease(framework, ReleaseFolder.confined(directory, framework), this.importFolder.nameOf(directory));
	}

	/** {@code shownAs} names the folder in the report and in problems. */
	private ImportReport importRelease(Framework framework, ReleaseFolder folder, String shownAs) {
		return exclusively("import " + framework.displayName(), () -> {
			long started = System.nanoTime();
			logger.info("{}: reading {}", framework.id(), folder.root());
			GraphPlan plan = read(framework, folder);
			logger.info("{}: read and checked {} files in {} s", framework.id(), plan.files().size(),
					String.format("%.1f", (System.nanoTime() - started) / 1e9));
			ImportReport report = changing("import of " + framework.displayName(),
					() -> this.writer.write(plan, shownAs, started));
			logger.info("{}: import of {} {} finished in {} s: {} rows read, {} created, {} updated, {} unchanged, "
					+ "{} removed, {} skipped", framework.id(), framework.displayName(), report.release(),
					report.seconds(), report.rowsRead(), report.created(), report.updated(), report.unchanged(),
					report.removed(), report.skipped());
			logger.debug("{}: import report\n{}", framework.id(), report.describe());
			return report;
		});
	}

	/** Reads and checks a release without writing anything. */
	public GraphPlan read(Framework framework, Path directory) {
		return read(framework, ReleaseFolder.open(directory, framework));
	}

	private GraphPlan read(Framework framework, ReleaseFolder folder) {
		return switch (framework) {
			case ONET -> this.onet.read(folder);
			case ESCO -> this.esco.read(folder);
		};
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

	/** Runs {@code work} unless another import or linking run is in progress. */
	public <T> T exclusively(String what, Supplier<T> work) {
		if (!this.running.tryLock()) {
			throw new FrameworkBusyException("Cannot " + what + " now: another framework import or linking run is "
					+ "in progress; try again when it has finished.");
		}
		try {
			return work.get();
		}
		finally {
			this.running.unlock();
		}
	}

}
