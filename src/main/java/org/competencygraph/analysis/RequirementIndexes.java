package org.competencygraph.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.database.GraphChangedEvent;
import org.competencygraph.database.Sessions;
import org.competencygraph.importer.ProficiencyScale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Holds the current {@link RequirementIndex} and keeps it consistent with the graph. Queries take the current
 * snapshot, which never changes; a rebuild reads the graph afresh and swaps in the new snapshot at once, so a
 * query sees the graph either before or after a write, never half of it.
 * <ul>
 * <li>Built when the web server starts (and on first use otherwise, e.g. on the command line).</li>
 * <li>Updated after every write the application makes: the writers publish {@link GraphChangedEvent} after their
 * commit and the update runs in the writer's thread, so the writer's caller reads its own write. A write that
 * names the jobs it touched (a job-profile import) re-reads only those; any other write rebuilds all.</li>
 * <li>Writes made outside the application (cypher-shell or another driver on the embedded engine's Bolt port,
 * another server on the same external database) are picked up within two
 * {@code competency-graph.analysis.refresh-interval}s after the last of them: a background check compares a change
 * marker with the one the snapshot was built at and rebuilds once it moved and then stood still for an interval (see {@code RequirementIndexLoader#marker}: exact for the
 * embedded engine and for servers that report their last committed transaction, counts plus a periodic full
 * rebuild otherwise). The admin mutation {@code refreshAnalysisIndex} rebuilds at once.</li>
 * </ul>
 */
@Component
@EnableConfigurationProperties(AnalysisProperties.class)
public class RequirementIndexes implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(RequirementIndexes.class);

	/** With count-based change detection, a full rebuild every this many checks catches property-only changes. */
	private static final int FULL_REBUILD_EVERY = 10;

	private final RequirementIndexLoader loader;

	private final AtomicReference<@Nullable RequirementIndex> current = new AtomicReference<>();

	private final @Nullable ScheduledExecutorService checks;

	private int checksSinceRebuild;

	/** The marker the previous check saw. */
	private @Nullable Object lastSeenMarker;

	RequirementIndexes(Sessions sessions, ProficiencyScale scale, AnalysisProperties properties,
			ObjectProvider<EmbeddedNeo4j> embedded) {
		this.loader = new RequirementIndexLoader(sessions, Scoring.of(scale, properties.narrowerCredit()),
				properties.sameAsMinConfidence(), embedded.getIfAvailable());
		Duration interval = properties.refreshInterval();
		if (interval.isZero() || interval.isNegative()) {
			this.checks = null;
		}
		else {
			this.checks = Executors.newSingleThreadScheduledExecutor(
					Thread.ofPlatform().daemon().name("requirement-index-check").factory());
			this.checks.scheduleWithFixedDelay(this::checkForChanges, interval.toMillis(), interval.toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	/** The current snapshot, built now if there is none yet. */
	public RequirementIndex current() {
		RequirementIndex index = this.current.get();
		return index != null ? index : buildIfAbsent();
	}

	private synchronized RequirementIndex buildIfAbsent() {
		RequirementIndex index = this.current.get();
		return index != null ? index : rebuild("first use");
	}

	/** Reads the graph and swaps in a new snapshot; rebuilds run one at a time. */
	public synchronized RequirementIndex rebuild(String cause) {
		Instant started = Instant.now();
		RequirementIndex index = this.loader.load();
		this.current.set(index);
		this.checksSinceRebuild = 0;
		logger.info("Analysis index built in {} ms ({}): {} jobs, {} capabilities in {} concepts, {} requirements",
				Duration.between(started, Instant.now()).toMillis(), cause, index.jobCount(),
				index.capabilityCount(), index.conceptCount(), index.requirementCount());
		return index;
	}

	@EventListener
	void onGraphChanged(GraphChangedEvent event) {
		if (this.current.get() == null) {
			return; // built on first use, from the graph as it is then
		}
		try {
			if (event.scoped()) {
				update(event);
			}
			else {
				rebuild(event.cause());
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
	private synchronized void update(GraphChangedEvent event) {
		RequirementIndex previous = this.current.get();
		if (previous == null) {
			return;
		}
		Instant started = Instant.now();
		Object marker = this.loader.marker();
		boolean onlyThisWrite = RequirementIndexLoader.isNext(previous.marker(), marker);
		RequirementIndex index = this.loader.load(previous, Objects.requireNonNull(event.jobIds()),
				Objects.requireNonNull(event.capabilityIds()), onlyThisWrite ? marker : "stale:" + marker);
		this.current.set(index);
		logger.info("Analysis index updated in {} ms ({}, {} jobs): {} jobs, {} capabilities, {} requirements",
				Duration.between(started, Instant.now()).toMillis(), event.cause(), event.jobIds().size(),
				index.jobCount(), index.capabilityCount(), index.requirementCount());
	}

	@EventListener
	void onWebServerStarted(WebServerInitializedEvent event) {
		current();
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
			Object marker = this.loader.marker();
			synchronized (this) {
				boolean periodic = !this.loader.markerSeesEveryWrite() && ++this.checksSinceRebuild >= FULL_REBUILD_EVERY;
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

	@Override
	public void destroy() {
		if (this.checks != null) {
			this.checks.shutdownNow();
		}
	}

}
