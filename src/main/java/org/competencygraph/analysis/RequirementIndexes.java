package org.competencygraph.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.database.GraphChangedEvent;
import org.competencygraph.database.Sessions;
import org.competencygraph.importer.ProficiencyScale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Holds the current {@link RequirementIndex} and keeps it consistent with the graph. Queries take the current
 * snapshot, which never changes; a rebuild reads the graph afresh and swaps in the new snapshot at once, so a
 * query sees the graph either before or after a write, never half of it.
 * <ul>
 * <li>Built when the web server starts (and on first use otherwise, e.g. on the command line); with the embedded
 * engine, from the snapshot file saved after the last full read when the store has not changed since
 * ({@code competency-graph.analysis.snapshot}).</li>
 * <li>Updated after every write the application makes: the writers publish {@link GraphChangedEvent} after their
 * commit and the update runs in the writer's thread, so the writer's caller reads its own write. A write that
 * names the jobs it touched (a job-profile import) re-reads only those; any other write rebuilds all.</li>
 * <li>Writes made outside the application (cypher-shell or another driver on the embedded engine's Bolt port,
 * another server on the same external database) are picked up within two
 * {@code competency-graph.analysis.refresh-interval}s after the last of them: a check that Spring's scheduler runs
 * every interval (none with an interval of 0) compares the {@link ChangeMarker} with the one the snapshot was built
 * at and rebuilds once it moved and then stood still for an interval (exact for the embedded engine and for servers
 * that report their last committed transaction, counts plus a periodic full rebuild otherwise). The admin mutation
 * {@code refreshAnalysisIndex} rebuilds at once.</li>
 * </ul>
 */
@Component
@EnableConfigurationProperties(AnalysisProperties.class)
// The application's only scheduled work; the scheduler starts and stops with the context.
@EnableScheduling
public class RequirementIndexes implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(RequirementIndexes.class);

	/** With count-based change detection, a full rebuild every this many checks catches property-only changes. */
	private static final int FULL_REBUILD_EVERY = 10;

	private final RequirementIndexLoader loader;

	private final AtomicReference<@Nullable RequirementIndex> current = new AtomicReference<>();

	private final Duration refreshInterval;

	private int checksSinceRebuild;

	/** The marker the previous check saw. */
	private @Nullable ChangeMarker lastSeenMarker;

	RequirementIndexes(Sessions sessions, ProficiencyScale scale, AnalysisProperties properties,
			ObjectProvider<EmbeddedNeo4j> embedded) {
		this.loader = new RequirementIndexLoader(sessions, Scoring.of(scale, properties.narrowerCredit()),
				SimilarityWeights.load(), properties.sameAsMinConfidence(), properties.loadTimeout(),
				embedded.getIfAvailable(), properties.snapshot());
		this.refreshInterval = properties.refreshInterval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		if (this.refreshInterval.isPositive()) {
			tasks.addFixedDelayTask(new FixedDelayTask(this::checkForChanges, this.refreshInterval, this.refreshInterval));
		}
	}

	/** The current snapshot, built now if there is none yet. */
	public RequirementIndex current() {
		RequirementIndex index = this.current.get();
		return index != null ? index : buildIfAbsent();
	}

	private synchronized RequirementIndex buildIfAbsent() {
		RequirementIndex index = this.current.get();
		// The first build may take the rows saved at an earlier start, when the store has not changed since.
		return index != null ? index : build("first use", true);
	}

	/** Reads the graph and swaps in a new snapshot; rebuilds run one at a time. */
	public synchronized RequirementIndex rebuild(String cause) {
		return build(cause, false);
	}

	private synchronized RequirementIndex build(String cause, boolean snapshotAllowed) {
		Instant started = Instant.now();
		RequirementIndex index = this.loader.load(snapshotAllowed);
		this.current.set(index);
		this.checksSinceRebuild = 0;
		int[] embedded = index.texts().counts();
		logger.info("Analysis index built in {} ms ({}, from {}): {} jobs ({} with title, {} with duty embeddings), "
				+ "{} capabilities in {} concepts, {} requirements", Duration.between(started, Instant.now()).toMillis(),
				cause, index.fromSnapshot() ? "the snapshot" : "the graph", index.jobCount(), embedded[0],
				embedded[1], index.capabilityCount(), index.conceptCount(), index.requirementCount());
		if (index.texts().leftOut() > 0) {
			logger.warn("Left out of the analysis index: {} title or duty embeddings whose length differs from the "
					+ "others' (embedded by another model?)", index.texts().leftOut());
		}
		return index;
	}

	/**
	 * Reads the snapshot file as a start would, without swapping it in: for the AOT cache's training run, whose
	 * start built the index from the graph when no snapshot was saved yet, so that the cache holds the snapshot's
	 * read path too.
	 *
	 * @return the index the snapshot holds, or null when there is none for the store as it is now
	 */
	public @Nullable RequirementIndex readSnapshot() {
		return this.loader.loadSnapshot();
	}

	@EventListener
	void onGraphChanged(GraphChangedEvent event) {
		if (this.current.get() == null) {
			return; // built on first use, from the graph as it is then
		}
		try {
			switch (event) {
				case GraphChangedEvent.JobsChanged jobs -> update(jobs);
				case GraphChangedEvent.Anything anything -> rebuild(anything.cause());
			}
		}
		catch (RuntimeException ex) {
			// The write itself succeeded; the next check sees the database moved on and rebuilds.
			logger.error("Could not update the analysis index after {}; retrying at the next check", event.cause(), ex);
		}
	}

	/**
	 * Applies a write that touched a few jobs: reads only those again. The new snapshot keeps the change marker
	 * of the graph it was read from when the marker shows that exactly one transaction, the writer's, committed
	 * since the previous snapshot; otherwise something else wrote too, and the next check rebuilds everything.
	 */
	private synchronized void update(GraphChangedEvent.JobsChanged event) {
		RequirementIndex previous = this.current.get();
		if (previous == null) {
			return;
		}
		Instant started = Instant.now();
		ChangeMarker marker = this.loader.marker();
		boolean onlyThisWrite = marker.isNextAfter(previous.marker());
		RequirementIndex index = this.loader.load(previous, event.jobIds(), event.capabilityIds(),
				onlyThisWrite ? marker : new ChangeMarker.Stale(marker));
		this.current.set(index);
		logger.info("Analysis index updated in {} ms ({}, {} jobs): {} jobs, {} capabilities, {} requirements",
				Duration.between(started, Instant.now()).toMillis(), event.cause(), event.jobIds().size(),
				index.jobCount(), index.capabilityCount(), index.requirementCount());
	}

	/**
	 * Builds the index as soon as the server listens, so that the first analysis request need not wait for all of
	 * it. A failure here must not stop a server that can answer everything else: it is logged, and the first
	 * request that needs the index tries again.
	 */
	@EventListener
	void onWebServerStarted(WebServerInitializedEvent event) {
		try {
			current();
		}
		catch (RuntimeException ex) {
			logger.error("Could not build the analysis index at start-up; the first analysis request tries again", ex);
		}
	}

	/**
	 * Rebuilds when the graph changed since the snapshot and has stopped changing: a marker that still moves
	 * means writes are under way (a bulk import), and reading the graph in the middle of them would only be
	 * thrown away at the next check.
	 */
	void checkForChanges() {
		RequirementIndex index = this.current.get();
		if (index == null) {
			return;
		}
		try {
			ChangeMarker marker = this.loader.marker();
			synchronized (this) {
				boolean periodic = !marker.seesEveryWrite() && ++this.checksSinceRebuild >= FULL_REBUILD_EVERY;
				boolean changed = !marker.equals(index.marker());
				boolean settled = marker.equals(this.lastSeenMarker);
				this.lastSeenMarker = marker;
				if (this.current.get() == index && ((changed && settled) || periodic)) {
					rebuild(periodic ? "periodic rebuild" : "the database changed (" + marker + ")");
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not check the database for changes: {}", ex.getMessage());
		}
	}

}
